/// A month of a year, as notices name graduation dates ("2021 年 6 月毕业").
public struct YearMonth: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public init(_ year: Int, _ month: Int) { self.year = year; self.month = month }
    public static func < (a: YearMonth, b: YearMonth) -> Bool { (a.year, a.month) < (b.year, b.month) }
    public var description: String { "\(year)-\(month < 10 ? "0" : "")\(month)" }

    /// The month `description` wrote ("2023-06"), or any year and month joined by one "-"; nil otherwise. The
    /// month is not checked: a store reads back what it was given.
    public init?(stored text: String) {
        // Stores hand back millions of these as "2023-06": read those from their bytes.
        if let (y, m) = text.utf8.withContiguousStorageIfAvailable(Self.storedDigits) ?? nil {
            self.init(y, m)
            return
        }
        let parts = text.split(separator: "-")
        guard parts.count == 2, let y = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        self.init(y, m)
    }

    /// Year and month of "dddd-dd"; nil for anything else.
    private static func storedDigits(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int)? {
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-") else { return nil }
        var y = 0, m = 0
        for i in 0..<7 where i != 4 {
            let digit = Int(bytes[i]) - 48
            guard (0...9).contains(digit) else { return nil }
            if i < 4 { y = y * 10 + digit } else { m = m * 10 + digit }
        }
        return (y, m)
    }
}

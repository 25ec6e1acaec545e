/// A wall-clock time on a capture day, in minutes after midnight, China Standard Time.
public struct TimeOfDay: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var minutes: Int

    public init(minutes: Int) { self.minutes = minutes }
    public init(_ hour: Int, _ minute: Int = 0) { self.minutes = hour * 60 + minute }

    public var hour: Int { minutes / 60 }
    public var minute: Int { minutes % 60 }

    public static func < (a: TimeOfDay, b: TimeOfDay) -> Bool { a.minutes < b.minutes }
    public static func + (t: TimeOfDay, minutes: Int) -> TimeOfDay { TimeOfDay(minutes: t.minutes + minutes) }
    public static func - (a: TimeOfDay, b: TimeOfDay) -> Int { a.minutes - b.minutes }

    public var description: String {
        (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    /// Reads a time as notices and hand-made tables write it: "9:00", "09:00", "9：30" (full-width colon),
    /// "9: 00", "14:   30". Returns nil for anything else ("9：3O", "25:00").
    public init?(parsing text: String) {
        // Stores hand back millions of times as "08:30": read those from their bytes.
        if let (h, m) = text.utf8.withContiguousStorageIfAvailable(Self.clockDigits) ?? nil {
            guard h < 24, m < 60 else { return nil }
            self.init(h, m)
            return
        }
        let cleaned = text.replacingFullWidthColon().filter { !$0.isWhitespace && $0 != "\u{3000}" }
        let parts = cleaned.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts[0].allSatisfy(\.isASCIIDigit), parts[1].allSatisfy(\.isASCIIDigit),
              let h = Int(parts[0]), let m = Int(parts[1]), h < 24, m < 60 else { return nil }
        self.init(h, m)
    }
}

extension TimeOfDay {
    /// Hours and minutes of "d:dd" or "dd:dd"; nil for anything else.
    fileprivate static func clockDigits(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int)? {
        guard bytes.count == 4 || bytes.count == 5, bytes[bytes.count - 3] == UInt8(ascii: ":") else { return nil }
        var hours = 0, minutes = 0
        for (i, byte) in bytes.enumerated() where i != bytes.count - 3 {
            let digit = Int(byte) - 48
            guard (0...9).contains(digit) else { return nil }
            if i < bytes.count - 3 { hours = hours * 10 + digit } else { minutes = minutes * 10 + digit }
        }
        return (hours, minutes)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension StringProtocol {
    func replacingFullWidthColon() -> String { String(map { $0 == "：" ? ":" : $0 }) }
}

/// An amount of renminbi in fen (1 yuan = 100 fen). Integer only: fees are summed, refunded and reconciled,
/// and a floating-point yuan would drift.
public struct Money: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var fen: Int

    public init(fen: Int) { self.fen = fen }

    public static func yuan(_ yuan: Int) -> Money { Money(fen: yuan * 100) }
    public static let zero = Money(fen: 0)

    public static func + (a: Money, b: Money) -> Money { Money(fen: a.fen + b.fen) }
    public static func - (a: Money, b: Money) -> Money { Money(fen: a.fen - b.fen) }
    public static func * (a: Money, n: Int) -> Money { Money(fen: a.fen * n) }
    public static func < (a: Money, b: Money) -> Bool { a.fen < b.fen }

    /// "30 元" for whole yuan, "30.50 元" otherwise.
    public var description: String {
        let sign = fen < 0 ? "-" : ""
        let whole = abs(fen) / 100, cents = abs(fen) % 100
        if cents == 0 { return "\(sign)\(whole) 元" }
        return "\(sign)\(whole).\(cents < 10 ? "0" : "")\(cents) 元"
    }
}

extension Sequence where Element == Money {
    public func sum() -> Money { reduce(.zero, +) }
}

extension Money {
    /// Reads an amount typed in 元: "30", "30.5", "30.50", "30元"; nil for anything else (negative, more than two
    /// decimals, more than 10,000 元, which no station takes for one photo).
    public init?(yuanText text: String) {
        var t = Substring(text.trimmingWhitespace())
        if t.hasSuffix("元") { t = t.dropLast().drop(while: { $0 == " " }) ; t = Substring(String(t).trimmingWhitespace()) }
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty, whole.count <= 5,
              whole.allSatisfy({ $0.isASCII && $0.isNumber }), let yuan = Int(whole) else { return nil }
        var cents = 0
        if parts.count == 2 {
            let fraction = parts[1]
            guard (1...2).contains(fraction.count), fraction.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(fraction) else { return nil }
            cents = fraction.count == 1 ? value * 10 : value
        }
        guard yuan <= 10_000 else { return nil }
        self.init(fen: yuan * 100 + cents)
    }
}

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

/// A seeded generator (Steele, Lea and Flood's SplitMix64): the same seed gives the same synthetic roster,
/// planner instance or simulation on every machine and Swift version, which the standard library's
/// generators do not promise.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in 0..<bound without the library's rejection loop, whose draw count could change between
    /// Swift versions and with it every later value.
    public mutating func below(_ bound: Int) -> Int {
        Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// A value in `range` by remainder: slightly biased for huge ranges, kept because seeded benchmark
    /// instances were generated with it.
    public mutating func next(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }
}

/// A seeded generator (Steele, Lea and Flood's SplitMix64): the same seed gives the same roster on every
/// machine and Swift version, which `SystemRandomNumberGenerator` cannot promise.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in 0..<bound without the library's rejection loop, whose draw count could change between
    /// Swift versions and with it every later value.
    mutating func below(_ bound: Int) -> Int {
        Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

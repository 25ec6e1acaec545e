import TucaiKernel

/// Reproducible chance for the simulation. Every decision about a student is drawn from the campaign's seed
/// and the student number alone, never from the order of work, so a run that was killed and restarted makes
/// exactly the decisions the first attempt made.
public struct SimulationDice: Sendable {
    let seed: UInt64

    public init(seed: UInt64) { self.seed = seed }

    /// 64 random bits for `what` about `key`: a seed for what the simulation draws at length (a photo's grain).
    public func bits(_ what: String, _ key: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ seed
        for byte in what.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        hash = (hash ^ 0xFF) &* 0x100_0000_01b3
        for byte in key.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        // SplitMix64's first output from the hash spreads FNV's weak low bits (the same value as mixing here).
        var mixer = SplitMix64(seed: hash)
        return mixer.next()
    }

    /// A number in [0, 1) for `what` about `key`.
    func roll(_ what: String, _ key: String) -> Double { Double(bits(what, key) >> 11) / Double(1 << 53) }

    func chance(_ probability: Double, _ what: String, _ key: String) -> Bool { roll(what, key) < probability }

    /// An index in 0..<count for `what` about `key`.
    func pick(_ count: Int, _ what: String, _ key: String) -> Int { min(count - 1, Int(roll(what, key) * Double(count))) }
}

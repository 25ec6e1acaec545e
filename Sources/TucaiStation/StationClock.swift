import Foundation

/// The station's time: the machine's clock, or for a rehearsal a chosen start that then runs at the real pace,
/// so that operators can train on a campaign before its capture day with every rule of the day in force.
public struct StationClock: Sendable {
    let offset: Int

    /// The machine's clock.
    public static let system = StationClock(offset: 0)

    /// A clock that reads `start` now and runs on from it.
    public static func rehearsal(startingAt start: Int) -> StationClock {
        StationClock(offset: start - Int(Date().timeIntervalSince1970))
    }

    public func unixSeconds() -> Int { Int(Date().timeIntervalSince1970) + offset }
}

/// A band under a session's bar: its students' 90th-percentile simulated wait passed a threshold.
public struct QueueMark: Hashable, Sendable {
    public enum Level: Int, CaseIterable, Hashable, Sendable {
        case over, twiceOver

        var colour: String { self == .over ? "#f39c12" : "#c0392b" }
        func legend(_ threshold: Double) -> String {
            let minutes = threshold.rounded() == threshold ? "\(Int(threshold))" : "\(threshold)"
            let twice = (2 * threshold).rounded() == 2 * threshold ? "\(Int(2 * threshold))" : "\(2 * threshold)"
            return self == .over ? "simulated 90th-percentile wait over \(minutes) min" : "… over \(twice) min"
        }
    }

    /// Rows of the table the band goes under.
    public var sessions: [Int]
    public var level: Level
    /// Minutes of 90th-percentile wait past which a session is marked, for the legend.
    public var threshold: Double
    /// The tooltip: the slot's waits in words.
    public var caption: String

    public init(sessions: [Int], level: Level, threshold: Double, caption: String) {
        self.sessions = sessions; self.level = level; self.threshold = threshold; self.caption = caption
    }
}

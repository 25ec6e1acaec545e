/// A span of wall-clock time on one day: a morning window, a session, a make-up office's hours.
public struct TimeWindow: Hashable, Sendable, Codable, CustomStringConvertible {
    public var start: TimeOfDay
    public var end: TimeOfDay

    public init(_ start: TimeOfDay, _ end: TimeOfDay) { self.start = start; self.end = end }

    /// Minutes from start to end; zero or negative when a table has it backwards.
    public var minutes: Int { end - start }

    public func contains(_ other: TimeWindow) -> Bool { start <= other.start && other.end <= end }
    public func overlaps(_ other: TimeWindow) -> Bool { start < other.end && other.start < end }

    public var description: String { "\(start)-\(end)" }
}

import TucaiKernel

/// Runs every rule over a table and orders what they find: by line, then day, room and time, the worst
/// first among equals, problems without a place (an unused room) last.
public enum ScheduleChecker {
    public static let rules: [any ScheduleRule] = [
        BackwardsTimeRule(), OverlapRule(), SharedSlotRule(), ThroughputRule(), OutsideWindowRule(),
        BreakCrossingRule(), UnannouncedDayRule(), UndeclaredRoomRule(), UnusedRoomRule(), SubtotalRule(),
        DuplicateUnitRule(), WeekdayRule(),
    ]

    public static func check(_ context: ScheduleContext, rules: [any ScheduleRule] = ScheduleChecker.rules) -> [ScheduleFinding] {
        rules.flatMap { $0.findings(in: context) }.sorted(by: order)
    }

    /// Findings with a line first, in line order; then day (undated last), room, start (untimed first),
    /// severity (worst first), rule and message. A strict total order on what a reader sees, so that the
    /// same table lists its findings the same way whatever order the rules found them in.
    public static func order(_ a: ScheduleFinding, _ b: ScheduleFinding) -> Bool {
        if (a.line == nil) != (b.line == nil) { return a.line != nil }
        if let la = a.line, let lb = b.line, la != lb { return la < lb }
        if (a.date == nil) != (b.date == nil) { return a.date != nil }
        if let da = a.date, let db = b.date, da != db { return da < db }
        let ra = a.room.map(Room.normalized) ?? "", rb = b.room.map(Room.normalized) ?? ""
        if ra != rb { return ra < rb }
        let ta = a.times.first?.start.minutes ?? -1, tb = b.times.first?.start.minutes ?? -1
        if ta != tb { return ta < tb }
        if a.severity != b.severity { return a.severity > b.severity }
        if a.rule != b.rule { return a.rule < b.rule }
        if a.message != b.message { return a.message < b.message }
        // Same words about other rows or another spelling of the room: still one order.
        if a.sessions != b.sessions { return a.sessions.lexicographicallyPrecedes(b.sessions) }
        return (a.room ?? "") < (b.room ?? "")
    }
}

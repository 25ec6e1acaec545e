import TucaiKernel

/// A row whose end is at or before its start: a slip of the pen that leaves the unit no time at all.
public struct BackwardsTimeRule: ScheduleRule {
    public init() {}

    public static let description = ScheduleRuleDescription(
        identifier: "backwards",
        summary: "A session ends at or before its start.",
        triggeringExamples: [
            ScheduleExample("""
                date,room,start,end,units
                2020-09-13,11B105,10:55,10:20,国贸171、172
                """),
            ScheduleExample("""
                date,room,start,end,units
                2020-09-13,11B105,10:20,10:20,国贸171、172
                """),
        ],
        nonTriggeringExamples: [
            ScheduleExample("""
                date,room,start,end,units
                2020-09-13,11B105,09:55,10:20,国贸171、172
                """),
        ]
    )

    public func findings(in context: ScheduleContext) -> [ScheduleFinding] {
        context.table.sessions.indices.compactMap { row in
            let session = context.table.sessions[row]
            guard session.minutes <= 0 else { return nil }
            let what = session.minutes == 0 ? "it ends when it starts, leaving no time at all"
                : "it ends \(-session.minutes) minutes before it starts"
            return context.finding(.error, identifier, rows: [row],
                                   "\(session.units.joined(separator: "、")) is printed \(session.start)-\(session.end): \(what).")
        }
    }
}

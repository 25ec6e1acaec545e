import TucaiKernel

/// A session that runs into the break between two of the day's windows, usually lunch: the photographers
/// are at lunch, and the unit is split by it.
public struct BreakCrossingRule: ScheduleRule {
    public init() {}

    public static let description = ScheduleRuleDescription(
        identifier: "across-break",
        summary: "A session runs into or across the break between the day's windows (the lunch break).",
        triggeringExamples: [
            ScheduleExample("""
                date,room,start,end,units
                2022-11-19,C区204,11:55,12:05,建筑环境与能源应用工程
                """, declaring: ScheduleDeclaration(captureDays: [ScheduleExample.day("2022-11-19", "08:30-12:00", "13:00-16:30", rooms: "C区204")])),
            ScheduleExample("""
                date,room,start,end,units
                2022-11-19,C区204,11:30,13:30,烟草
                """, declaring: ScheduleDeclaration(captureDays: [ScheduleExample.day("2022-11-19", "08:30-12:00", "13:00-16:30", rooms: "C区204")])),
        ],
        nonTriggeringExamples: [
            ScheduleExample("""
                date,room,start,end,units
                2022-11-19,C区204,11:55,12:00,建筑环境与能源应用工程
                2022-11-19,C区204,13:00,13:10,香料香精技术与工程
                """, declaring: ScheduleDeclaration(captureDays: [ScheduleExample.day("2022-11-19", "08:30-12:00", "13:00-16:30", rooms: "C区204")])),
        ]
    )

    public func findings(in context: ScheduleContext) -> [ScheduleFinding] {
        context.table.sessions.indices.compactMap { row in
            let session = context.table.sessions[row]
            guard session.minutes > 0 else { return nil }
            let windows = context.declaration.windows(on: session.date)
            for (before, after) in zip(windows, windows.dropFirst()) where after.start > before.end {
                let gap = TimeWindow(before.end, after.start)
                guard session.window.overlaps(gap) else { continue }
                let name = session.units.joined(separator: "、")
                let kind = LunchBreak.isLunch(breakStartingAt: gap.start) ? "lunch break" : "break"
                let sentence = session.start < gap.start && session.end > gap.end
                    ? "\(name) at \(session.window) runs straight through the \(kind) \(gap)."
                    : "\(name) at \(session.window) runs \(min(session.end, gap.end) - max(session.start, gap.start)) minutes into the \(kind) \(gap)."
                return context.finding(.error, identifier, rows: [row], sentence)
            }
            return nil
        }
    }
}

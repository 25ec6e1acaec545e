import TucaiKernel

/// Rows on a day the text does not announce for capture.
public struct UnannouncedDayRule: ScheduleRule {
    public init() {}

    public static let description = ScheduleRuleDescription(
        identifier: "unannounced-day",
        summary: "Sessions fall on a day the text does not announce for capture.",
        triggeringExamples: [
            ScheduleExample("""
                date,room,start,end,units
                2022-11-20,C区203,08:30,09:30,动物医学
                """, declaring: ScheduleDeclaration(captureDays: [ScheduleExample.day("2022-11-19", "08:30-12:00", rooms: "C区203")])),
        ],
        nonTriggeringExamples: [
            ScheduleExample("""
                date,room,start,end,units
                2022-11-19,C区203,08:30,09:30,动物医学
                """, declaring: ScheduleDeclaration(captureDays: [ScheduleExample.day("2022-11-19", "08:30-12:00", rooms: "C区203")])),
            ScheduleExample("""
                date,room,start,end,units
                2022-11-20,C区203,08:30,09:30,动物医学
                """),
        ]
    )

    public func findings(in context: ScheduleContext) -> [ScheduleFinding] {
        let announced = context.declaration.captureDays.map(\.date)
        guard !announced.isEmpty else { return [] }
        let stray = Dictionary(grouping: context.table.sessions.indices.filter { !announced.contains(context.table.sessions[$0].date) }) {
            context.table.sessions[$0].date
        }
        return stray.keys.sorted().map { date in
            let rows = stray[date]!
            return context.finding(.error, identifier, rows: rows,
                "\(rows.count) session\(rows.count == 1 ? " is" : "s are") on \(date), a day the text does not announce for capture (it announces \(announced.map(\.description).joined(separator: ", "))).")
        }
    }
}

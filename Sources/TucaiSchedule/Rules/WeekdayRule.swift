import TucaiKernel

/// A weekday printed beside a date that the calendar contradicts: students go by the weekday as often as by
/// the date.
public struct WeekdayRule: ScheduleRule {
    public init() {}

    public static let description = ScheduleRuleDescription(
        identifier: "weekday",
        summary: "A date's printed weekday disagrees with the calendar, in the table or in the text.",
        triggeringExamples: [
            ScheduleExample("""
                date,weekday,room,start,end,units
                2022-11-19,星期五,C区203,08:30,09:30,动物医学
                """),
            ScheduleExample("""
                date,room,start,end,units
                2020-11-02,文汇楼 1 栋 1413,09:00,10:00,经济学院
                """, declaring: ScheduleDeclaration(captureDays: [ScheduleExample.day("2020-11-02", "09:00-12:00", weekday: .tuesday)])),
        ],
        nonTriggeringExamples: [
            ScheduleExample("""
                date,weekday,room,start,end,units
                2022-11-19,星期六,C区203,08:30,09:30,动物医学
                2022-11-19,,C区203,09:30,09:40,动物医学（专升本）
                """, declaring: ScheduleDeclaration(captureDays: [ScheduleExample.day("2022-11-19", "08:30-12:00", weekday: .saturday)])),
        ]
    )

    public func findings(in context: ScheduleContext) -> [ScheduleFinding] {
        var found = [ScheduleFinding]()
        for day in context.declaration.captureDays {
            guard let printed = day.printedWeekday, printed != day.date.weekday else { continue }
            found.append(ScheduleFinding(.error, rule: identifier, date: day.date,
                "The text prints \(day.date) as \(printed), but that day is a \(day.date.weekday)."))
        }
        let sessions = context.table.sessions
        let wrong = sessions.indices.filter { row in sessions[row].printedWeekday.map { $0 != sessions[row].date.weekday } ?? false }
        let groups = Dictionary(grouping: wrong) { "\(sessions[$0].date)|\(sessions[$0].printedWeekday!)" }
        for rows in groups.values.sorted(by: { $0[0] < $1[0] }) {
            let session = sessions[rows[0]]
            var finding = context.finding(.error, identifier, rows: rows,
                "\(rows.count) row\(rows.count == 1 ? " prints" : "s print") \(session.date) as \(session.printedWeekday!), but that day is a \(session.date.weekday).")
            finding.room = nil
            if rows.count > 1 { finding.times = [] }
            found.append(finding)
        }
        return found
    }
}

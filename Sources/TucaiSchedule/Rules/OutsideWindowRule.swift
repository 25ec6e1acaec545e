import TucaiKernel

/// A session that starts before the day's first window or ends after its last: the photographers are not
/// booked then.
public struct OutsideWindowRule: ScheduleRule {
    public init() {}

    public static let description = ScheduleRuleDescription(
        identifier: "outside-window",
        summary: "A session starts before the day's first published window or ends after its last.",
        triggeringExamples: [
            ScheduleExample("""
                date,room,start,end,units
                2022-11-19,C区204,16:10,16:40,社会工作
                """, declaring: ScheduleDeclaration(captureDays: [ScheduleExample.day("2022-11-19", "08:30-12:00", "13:00-16:30", rooms: "C区204")])),
            ScheduleExample("""
                date,room,start,end,units
                2022-11-19,C区204,08:00,08:40,社会工作
                """, declaring: ScheduleDeclaration(captureDays: [ScheduleExample.day("2022-11-19", "08:30-12:00", "13:00-16:30", rooms: "C区204")])),
        ],
        nonTriggeringExamples: [
            ScheduleExample("""
                date,room,start,end,units
                2022-11-19,C区204,16:10,16:30,社会工作
                2022-11-19,C区204,08:30,08:40,农学
                """, declaring: ScheduleDeclaration(captureDays: [ScheduleExample.day("2022-11-19", "08:30-12:00", "13:00-16:30", rooms: "C区204")])),
            // The text gives no hours for the day: nothing to compare with.
            ScheduleExample("""
                date,room,start,end,units
                2020-09-13,11B105,16:10,16:40,视传17
                """, declaring: ScheduleDeclaration(captureDays: [ScheduleExample.day("2020-09-13", rooms: "11B105")])),
        ]
    )

    public func findings(in context: ScheduleContext) -> [ScheduleFinding] {
        context.table.sessions.indices.compactMap { row in
            let session = context.table.sessions[row]
            let windows = context.declaration.windows(on: session.date)
            guard session.minutes > 0, let first = windows.first, let last = windows.last else { return nil }
            let list = windows.map(\.description).joined(separator: ", ")
            let name = session.units.joined(separator: "、")
            if session.end <= first.start || session.start >= last.end {
                return context.finding(.error, identifier, rows: [row],
                    "\(name) is at \(session.window), outside the day's windows \(list).")
            }
            if session.start < first.start {
                return context.finding(.error, identifier, rows: [row],
                    "\(name) starts at \(session.start), \(first.start - session.start) minutes before the day's first window \(first) opens.")
            }
            if session.end > last.end {
                return context.finding(.error, identifier, rows: [row],
                    "\(name) ends at \(session.end), \(session.end - last.end) minutes after the day's last window \(last) closes.")
            }
            return nil
        }
    }
}

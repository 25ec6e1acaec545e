import TucaiKernel

/// A total the table states ("职业技术学院（375人）") that its own rows do not add up to.
public struct SubtotalRule: ScheduleRule {
    public init() {}

    public static let description = ScheduleRuleDescription(
        identifier: "subtotal",
        summary: "A stated subtotal disagrees with the rows it sums.",
        triggeringExamples: [
            ScheduleExample("""
                date,room,start,end,units,headcount,college
                2020-09-13,11B-103,08:30,08:55,建工181高,48,职业技术学院
                2020-09-13,11B-103,08:55,09:25,社工181、182高,63,职业技术学院
                """, subtotals: [Subtotal(.college("职业技术学院"), room: "11B-103", stated: 112)]),
            ScheduleExample("""
                date,room,start,end,units,headcount,college
                2020-09-13,11B-103,08:30,08:55,建工181高,48,职业技术学院
                2020-09-13,11B105,08:55,09:25,财务171,63,商学院
                """, subtotals: [Subtotal(.room, room: "11B-103", stated: 111)]),
        ],
        nonTriggeringExamples: [
            ScheduleExample("""
                date,room,start,end,units,headcount,college
                2020-09-13,11B-103,08:30,08:55,建工181高,48,职业技术学院
                2020-09-13,11B-103,08:55,09:25,社工181、182高,63,职业技术学院
                2020-09-13,11B105,08:55,09:25,财务171,63,商学院
                """, subtotals: [Subtotal(.college("职业技术学院"), room: "11B-103", stated: 111),
                                 Subtotal(.room, room: "11B-103", stated: 111)]),
        ]
    )

    public func findings(in context: ScheduleContext) -> [ScheduleFinding] {
        let sessions = context.table.sessions
        return context.table.subtotals.compactMap { subtotal in
            let rows = sessions.indices.filter { row in
                let session = sessions[row]
                if let room = subtotal.room, Room.normalized(session.room ?? "") != Room.normalized(room) { return false }
                if case let .college(name) = subtotal.scope, session.college != name { return false }
                return true
            }
            let what: String
            switch subtotal.scope {
            case let .college(name): what = name + (subtotal.room.map { " in \($0)" } ?? "")
            case .room: what = "room \(subtotal.room ?? "?")"
            }
            let counts = rows.compactMap { sessions[$0].headcount }
            guard counts.count == rows.count else {
                return context.finding(.note, identifier, rows: rows,
                    "The table states a total of \(subtotal.stated) for \(what), but not every row gives a headcount, so it cannot be added up.")
            }
            let sum = counts.reduce(0, +)
            guard sum != subtotal.stated else { return nil }
            var finding = context.finding(.error, identifier, rows: rows,
                "The table states a total of \(subtotal.stated) for \(what), but its \(rows.count) rows add up to \(sum).")
            finding.room = subtotal.room
            finding.times = []
            return finding
        }
    }
}

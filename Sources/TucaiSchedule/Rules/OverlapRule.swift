import TucaiKernel

/// Two rows in one room and day whose times overlap without being the same slot: both units are sent to
/// the room at once, and the second queues behind the first. Rows printed with the same times are a shared
/// slot, which `SharedSlotRule` judges.
public struct OverlapRule: ScheduleRule {
    public init() {}

    public static let description = ScheduleRuleDescription(
        identifier: "overlap",
        summary: "Two sessions overlap in one room on one day.",
        triggeringExamples: [
            ScheduleExample("""
                date,room,start,end,units
                2020-09-13,11B-103,08:55,09:25,社工181、182高
                2020-09-13,11B-103,09:20,09:55,文秘181、182高
                """),
            // A row that swallows the next ones, as a mistyped end does.
            ScheduleExample("""
                date,room,start,end,units
                2020-09-13,11B105,09:25,10:55,电商171、172
                2020-09-13,11B105,10:25,10:50,国商171、172
                """),
        ],
        nonTriggeringExamples: [
            // Back to back is no overlap.
            ScheduleExample("""
                date,room,start,end,units
                2020-09-13,11B-103,08:55,09:25,社工181、182高
                2020-09-13,11B-103,09:25,09:55,文秘181、182高
                """),
            // Other room, other day.
            ScheduleExample("""
                date,room,start,end,units
                2020-09-13,11B-103,08:55,09:25,社工181、182高
                2020-09-13,11B105,09:20,09:55,文秘181、182高
                2020-09-14,11B-103,09:20,09:55,财务171
                """),
            // Same times: a shared slot, not an overlap.
            ScheduleExample("""
                date,room,start,end,units
                2024-10-22,多功能厅,08:30,09:30,国家天文台
                2024-10-22,多功能厅,08:30,09:30,过程工程研究所
                """),
        ]
    )

    public func findings(in context: ScheduleContext) -> [ScheduleFinding] {
        let sessions = context.table.sessions
        let byPlace = Dictionary(grouping: sessions.indices.filter { sessions[$0].minutes > 0 }) { row in
            "\(sessions[row].date)|\(sessions[row].room.map(Room.normalized) ?? "")"
        }
        var found = [ScheduleFinding]()
        for rows in byPlace.values {
            let sorted = rows.sorted { (sessions[$0].start, $0) < (sessions[$1].start, $1) }
            for (i, a) in sorted.enumerated() {
                for b in sorted[(i + 1)...] {
                    let first = sessions[a], second = sessions[b]
                    guard second.start < first.end else { break }
                    guard first.window != second.window else { continue }
                    let minutes = min(first.end, second.end) - second.start
                    let room = first.room.map { " in \($0)" } ?? ""
                    found.append(context.finding(.error, identifier, rows: [a, b],
                        "\(context.label(a)) and \(context.label(b)) overlap by \(minutes) minutes\(room): both units are sent to the room at once."))
                }
            }
        }
        return found
    }
}

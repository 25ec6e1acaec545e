import TucaiKernel

/// A unit the table lists more than once: its students cannot be in two slots, and one of the rows is
/// probably meant for another unit. A unit split around the break in one room, as UCAS prints its
/// 雁栖湖 day ("10:00~12:00、13:00~15:30"), is said but not faulted.
public struct DuplicateUnitRule: ScheduleRule {
    public init() {}

    public static let description = ScheduleRuleDescription(
        identifier: "duplicate-unit",
        summary: "A unit is listed more than once.",
        triggeringExamples: [
            ScheduleExample("""
                date,room,start,end,units
                2022-11-19,C区203,08:30,09:30,动物医学
                2022-11-19,C区204,13:00,14:00,动物医学
                """),
            // Spelt with half-width brackets the second time.
            ScheduleExample("""
                date,room,start,end,units
                2022-11-19,C区204,11:15,11:25,工程管理（专升本）
                2022-11-19,C区207,11:25,11:35,工程管理(专升本)
                """),
            // Split around lunch: said as a note.
            ScheduleExample("""
                date,room,start,end,units
                2024-10-25,东区礼堂二层,10:00,12:00,校部各院系（雁栖湖校区）
                2024-10-25,东区礼堂二层,13:00,15:30,校部各院系（雁栖湖校区）
                """),
        ],
        nonTriggeringExamples: [
            ScheduleExample("""
                date,room,start,end,units
                2022-11-19,C区204,11:15,11:25,工程管理
                2022-11-19,C区204,11:25,11:35,工程管理（专升本）
                """),
        ]
    )

    public func findings(in context: ScheduleContext) -> [ScheduleFinding] {
        let sessions = context.table.sessions
        var rowsByUnit = [String: [Int]]()
        var order = [String]()
        for (row, session) in sessions.enumerated() {
            // In the row's own order, so that findings come out the same on every run.
            var seen = Set<String>()
            for unit in session.units.map(UnitName.key) where seen.insert(unit).inserted {
                if rowsByUnit[unit] == nil { order.append(unit) }
                rowsByUnit[unit, default: []].append(row)
            }
        }
        return order.compactMap { unit in
            let rows = rowsByUnit[unit]!
            guard rows.count > 1 else { return nil }
            let spellings = Set(rows.flatMap { sessions[$0].units }.filter { UnitName.key($0) == unit })
            let name = spellings.sorted().joined(separator: " / ")
            let places = rows.map { "\(sessions[$0].date) \(sessions[$0].window)" + (sessions[$0].room.map { " in \($0)" } ?? "") }
            if isSplitAroundBreaks(rows, in: sessions) {
                return context.finding(.note, identifier, rows: rows,
                    "\(name) is printed in \(rows.count) sessions of one room and day, split around the break: \(places.joined(separator: "; ")).")
            }
            return context.finding(.warning, identifier, rows: rows,
                "\(name) is listed \(rows.count) times: \(places.joined(separator: "; ")); its students cannot come to all of them.")
        }
    }

    /// One room, one day, and no other session of that room between the pieces.
    private func isSplitAroundBreaks(_ rows: [Int], in sessions: [Session]) -> Bool {
        let first = sessions[rows[0]]
        guard rows.allSatisfy({ sessions[$0].date == first.date && sessions[$0].room.map(Room.normalized) == first.room.map(Room.normalized) }),
              rows.allSatisfy({ sessions[$0].minutes > 0 }) else { return false }
        let pieces = rows.map { sessions[$0] }.sorted { $0.start < $1.start }
        for (a, b) in zip(pieces, pieces.dropFirst()) {
            guard a.end < b.start else { return false }
            let between = sessions.contains { other in
                other.date == first.date && other.room.map(Room.normalized) == first.room.map(Room.normalized)
                    && other.window.overlaps(TimeWindow(a.end, b.start))
            }
            if between { return false }
        }
        return true
    }
}

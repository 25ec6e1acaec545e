import TucaiKernel

/// How hard a table works one room: when it finishes, how long it waits between units, the most students
/// per minute any of its slots asks for.
public struct RoomLoad: Sendable {
    public var room: String
    public var sessions: Int
    public var students: Int?
    public var lastEnd: Moment?
    /// Minutes inside the room's windows, before its last session of each day, in which no session runs.
    public var idleMinutes: Int
    public var worstThroughput: Double?

    /// One load per room the table uses, in the order it first uses them. Windows come from `declaration`,
    /// or from the table where the text gives none.
    public static func loads(of table: SessionTable, declaration: ScheduleDeclaration) -> [RoomLoad] {
        let slots = Slot.slots(in: table)
        return table.rooms.map { room in
            let key = Room.normalized(room)
            let rows = table.sessions.filter { $0.room.map(Room.normalized) == key }
            let sane = rows.filter { $0.minutes > 0 }
            var idle = 0
            for date in Set(sane.map(\.date)) {
                let day = sane.filter { $0.date == date }
                let windows = declaration.windows(on: date).isEmpty
                    ? ScheduleDeclaration.inferredWindows(on: date, from: table) : declaration.windows(on: date)
                guard let last = day.map(\.end).max() else { continue }
                for window in windows where window.start < last {
                    let span = TimeWindow(window.start, min(window.end, last))
                    idle += span.minutes - covered(span, by: day.map(\.window))
                }
            }
            let rates = slots.filter { $0.room.map(Room.normalized) == key }.compactMap(\.throughput)
            let counts = rows.compactMap(\.headcount)
            return RoomLoad(room: room, sessions: rows.count, students: counts.count == rows.count ? counts.reduce(0, +) : nil,
                            lastEnd: sane.map { Moment($0.date, $0.end) }.max(), idleMinutes: idle,
                            worstThroughput: rates.max())
        }
    }

    /// Minutes of `span` inside the union of `windows`.
    static func covered(_ span: TimeWindow, by windows: [TimeWindow]) -> Int {
        var total = 0
        var reached = span.start
        for window in windows.sorted(by: { $0.start < $1.start }) {
            let start = max(window.start, reached), end = min(window.end, span.end)
            if end > start { total += end - start; reached = end }
        }
        return total
    }
}

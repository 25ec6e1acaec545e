import TucaiKernel

/// A room the table sends students to that the text does not declare, or declares for another day: one of
/// the two is wrong, and students will stand at the wrong door.
public struct UndeclaredRoomRule: ScheduleRule {
    public init() {}

    static let ynau = ScheduleDeclaration(captureDays: [ScheduleExample.day("2022-11-19", "08:30-12:00", rooms: "C区203", "C区205")],
                                          rooms: [Room("C区203", aliases: ["逸夫楼C区203"]), Room("C区205")])

    public static let description = ScheduleRuleDescription(
        identifier: "undeclared-room",
        summary: "The table uses a room the text does not declare, or not for that day.",
        triggeringExamples: [
            ScheduleExample("""
                date,room,start,end,units
                2022-11-19,C区202,08:30,09:10,茶学
                2022-11-19,C区205,08:30,09:10,农学
                """, declaring: ynau),
            ScheduleExample("""
                date,room,start,end,units
                2020-11-02,南学楼 204,09:00,10:00,文学院
                """, declaring: ScheduleDeclaration(captureDays: [
                    ScheduleExample.day("2020-11-02", "09:00-12:00", rooms: "文汇楼 1 栋 1413"),
                    ScheduleExample.day("2020-11-03", "09:00-12:00", rooms: "南学楼 204"),
                ])),
        ],
        nonTriggeringExamples: [
            // Spelt as an alias, with different spacing.
            ScheduleExample("""
                date,room,start,end,units
                2022-11-19,逸夫楼 C区203,08:30,09:10,茶学
                2022-11-19,C区205,08:30,09:10,农学
                """, declaring: ynau),
            ScheduleExample("""
                date,room,start,end,units
                2022-11-19,C区202,08:30,09:10,茶学
                """),
        ]
    )

    public func findings(in context: ScheduleContext) -> [ScheduleFinding] {
        let declaration = context.declaration
        guard !declaration.rooms.isEmpty else { return [] }
        let sessions = context.table.sessions
        var found = [ScheduleFinding]()
        let undeclared = sessions.indices.filter { row in sessions[row].room.map { declaration.room(named: $0) == nil } ?? false }
        let byRoom = Dictionary(grouping: undeclared) { Room.normalized(sessions[$0].room!) }
        for rows in byRoom.values.sorted(by: { $0[0] < $1[0] }) {
            let name = sessions[rows[0]].room!
            found.append(context.finding(.error, identifier, rows: rows,
                "The table sends \(rows.count) session\(rows.count == 1 ? "" : "s") to room \(name), which the text does not declare (it declares \(declaration.rooms.map(\.name).joined(separator: "、")))."))
        }
        // A declared room on a day whose text names other rooms.
        var wrongDay = [String: [Int]]()
        for row in sessions.indices {
            guard let name = sessions[row].room, let room = declaration.room(named: name),
                  case let named = declaration.rooms(on: sessions[row].date), !named.isEmpty,
                  !named.contains(where: room.isNamed) else { continue }
            wrongDay["\(sessions[row].date)|\(room.name)", default: []].append(row)
        }
        for rows in wrongDay.values.sorted(by: { $0[0] < $1[0] }) {
            let session = sessions[rows[0]]
            let room = declaration.room(named: session.room!)!
            let days = declaration.captureDays.filter { $0.rooms.contains(where: room.isNamed) }.map(\.date.description)
            let other = days.isEmpty ? "" : " (it names the room for \(days.joined(separator: ", ")))"
            found.append(context.finding(.error, identifier, rows: rows,
                "The table uses room \(session.room!) on \(session.date), but the text does not name it for that day\(other)."))
        }
        return found
    }
}

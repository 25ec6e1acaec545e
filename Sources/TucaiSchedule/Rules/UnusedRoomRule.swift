import TucaiKernel

/// A room the text declares that no row uses: either the table is missing a room's worth of sessions, or
/// the text announces a room nobody will staff.
public struct UnusedRoomRule: ScheduleRule {
    public init() {}

    public static let description = ScheduleRuleDescription(
        identifier: "unused-room",
        summary: "A room the text declares is used by no session.",
        triggeringExamples: [
            ScheduleExample("""
                date,room,start,end,units
                2022-11-19,C区203,08:30,09:10,茶学
                """, declaring: ScheduleDeclaration(rooms: [Room("C区203"), Room("C区205")])),
        ],
        nonTriggeringExamples: [
            ScheduleExample("""
                date,room,start,end,units
                2022-11-19,C区203,08:30,09:10,茶学
                2022-11-19,逸夫楼C区205,08:30,09:10,农学
                """, declaring: ScheduleDeclaration(rooms: [Room("C区203"), Room("C区205", aliases: ["逸夫楼C区205"])])),
            // A table with no room column cannot leave a room unused.
            ScheduleExample("""
                date,start,end,units
                2022-11-19,08:30,09:10,茶学
                """, declaring: ScheduleDeclaration(rooms: [Room("C区203"), Room("C区205")])),
        ]
    )

    public func findings(in context: ScheduleContext) -> [ScheduleFinding] {
        let used = context.table.sessions.compactMap(\.room)
        guard !used.isEmpty else { return [] }
        return context.declaration.rooms.filter { room in !used.contains(where: room.isNamed) }.map { room in
            ScheduleFinding(.warning, rule: identifier, room: room.name,
                            "The text declares room \(room.name), but no session of the table uses it.")
        }
    }
}

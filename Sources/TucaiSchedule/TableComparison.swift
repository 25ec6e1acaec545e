import TucaiKernel

/// A published table beside a plan of the same units in the same rooms and windows: how late each room
/// runs, how long it idles, what the checker finds, the most a slot asks of a room.
public struct TableComparison: Sendable {
    public var declaration: ScheduleDeclaration
    public var published: SessionTable
    public var plan: SchedulePlan
    public var publishedFindings: [ScheduleFinding]
    public var plannedFindings: [ScheduleFinding]
    public var publishedLoads: [RoomLoad]
    public var plannedLoads: [RoomLoad]
    /// Why the plan's rooms are the ones they are, in a sentence.
    public var roomChoice: String

    /// Plans the table's units at the rate the table itself implies (or `rate`), in the rooms the text
    /// declares when it declares as many as the table uses, else in the table's own rooms, and in the
    /// declared windows (or, where the text gives no hours, the windows the table spans).
    public static func compare(_ table: SessionTable, declaration: ScheduleDeclaration, rate: ServiceRate? = nil) throws -> TableComparison {
        let declared = declaration.rooms.map(\.name)
        let used = table.rooms
        let roomNames: [String]?
        let roomChoice: String
        if declared.count == used.count || declared.count > 0 && used.isEmpty {
            roomNames = nil
            roomChoice = used.allSatisfy({ name in declaration.room(named: name) != nil })
                ? "the rooms the text declares, which the table uses"
                : "the rooms the text declares (" + declared.joined(separator: "、") + "); the table uses " + used.joined(separator: "、")
        } else {
            roomNames = used
            roomChoice = "the table's rooms (" + used.joined(separator: "、") + "), since the text declares \(declared.count)"
        }
        let filled = declaration.fillingWindows(from: table)
        let problem = try PlanningProblem.posed(by: table, declaration: filled, roomNames: roomNames, rate: rate)
        let plan = try Planner.plan(problem)
        let planned = plan.declaration
        return TableComparison(
            declaration: filled, published: table, plan: plan,
            publishedFindings: ScheduleChecker.check(ScheduleContext(table: table, declaration: declaration)),
            plannedFindings: ScheduleChecker.check(plan.checkingContext),
            publishedLoads: RoomLoad.loads(of: table, declaration: filled),
            plannedLoads: RoomLoad.loads(of: plan.table, declaration: planned),
            roomChoice: roomChoice)
    }
}

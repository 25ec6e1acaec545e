import Testing
import TucaiKernel
import TucaiRegistry
import TucaiSchedule

/// A plan is checked and drawn against the rooms and windows it was planned into, not against the text:
/// rooms the command line adds and days a slow rate adds are the plan's own, not its mistakes.
@Suite("Checking a plan against what it was planned into")
struct PlannedDeclarationTests {
    static func unclean(_ table: SessionTable, _ declaration: ScheduleDeclaration) -> [ScheduleFinding] {
        ScheduleChecker.check(ScheduleContext(table: table, declaration: declaration)).filter(\.makesTableUnclean)
    }

    @Test("YNAU in six rooms, two more than the text declares: clean against the plan, not against the text")
    func extraRooms() throws {
        let ynau = try institutionRegistry.institution(named: "ynau")
        let declaration = ScheduleDeclaration(ynau).fillingWindows(from: ynau.sessionTable)
        let declared = declaration.rooms.map(\.name)
        #expect(declared.count < 6)
        let names = (0..<6).map { $0 < declared.count ? declared[$0] : "Room \($0 + 1)" }
        let problem = try PlanningProblem.posed(by: ynau.sessionTable, declaration: declaration, roomNames: names)
        let plan = try Planner.plan(problem)
        #expect(Set(plan.table.rooms).isSuperset(of: ["Room 5", "Room 6"]))
        // The text's declaration calls the added rooms undeclared: that is the mistake to avoid.
        #expect(Self.unclean(plan.table, declaration).contains { $0.rule == "undeclared-room" && $0.room == "Room 5" })
        let planned = ScheduleChecker.check(plan.checkingContext).filter(\.makesTableUnclean)
        #expect(planned.isEmpty, "\(planned)")
        #expect(Set(plan.declaration.rooms.map(\.name)) == Set(names))
    }

    @Test("YNAU at 1.5 students a minute needs days the text does not announce; the plan's check and comparison stay clean")
    func addedDays() throws {
        let ynau = try institutionRegistry.institution(named: "ynau")
        let declaration = ScheduleDeclaration(ynau)
        let problem = try PlanningProblem.posed(by: ynau.sessionTable, declaration: declaration, rate: ServiceRate(1.5))
        let plan = try Planner.plan(problem)
        #expect(plan.addedDays > 0)
        #expect(Self.unclean(plan.table, declaration.fillingWindows(from: ynau.sessionTable)).contains { $0.rule == "unannounced-day" })
        let planned = ScheduleChecker.check(plan.checkingContext).filter(\.makesTableUnclean)
        #expect(planned.isEmpty, "\(planned)")
        #expect(Set(plan.declaration.captureDays.map(\.date)).isSuperset(of: plan.table.dates))

        let comparison = try TableComparison.compare(ynau.sessionTable, declaration: declaration, rate: ServiceRate(1.5))
        #expect(comparison.plan.addedDays > 0)
        #expect(comparison.plannedFindings.filter(\.makesTableUnclean).isEmpty, "\(comparison.plannedFindings)")
    }

    @Test("rooms on different hours: the day's windows are joined where they overlap, and breaks kept where none is open")
    func mergedWindows() {
        let day = CivilDate(2022, 11, 19)
        func window(_ a: Int, _ b: Int) -> DatedWindow { DatedWindow(day, TimeWindow(TimeOfDay(minutes: a), TimeOfDay(minutes: b))) }
        let problem = PlanningProblem(units: [PlanningUnit("茶学", headcount: 30)], rooms: [
            PlanningRoom("A", windows: [window(510, 720), window(780, 990)]),
            PlanningRoom("B", windows: [window(540, 700), window(780, 1020)]),
        ], rate: ServiceRate(3))
        let declared = ScheduleDeclaration(plannedInto: problem)
        #expect(declared.windows(on: day) == [TimeWindow(TimeOfDay(8, 30), TimeOfDay(12)), TimeWindow(TimeOfDay(13), TimeOfDay(17))])
        #expect(declared.rooms(on: day) == ["A", "B"])
    }
}

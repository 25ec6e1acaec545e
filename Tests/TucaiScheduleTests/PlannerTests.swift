import Foundation
import Testing
import TucaiKernel
import TucaiRegistry
@testable import TucaiSchedule

@Suite("Planning session tables")
struct PlannerTests {
    /// What every plan must be, whatever its quality: each unit once, whole, in a window of a room that
    /// may take it, on the grid, no two sessions of a room at once, and clean by the checker.
    static func expectSound(_ plan: SchedulePlan, _ problem: PlanningProblem, sourceLocation: SourceLocation = #_sourceLocation) {
        let sessions = plan.table.sessions
        let placed = sessions.flatMap(\.units)
        #expect(placed.sorted() == problem.units.map(\.name).sorted(), "units placed differ from units given", sourceLocation: sourceLocation)
        for session in sessions {
            let room = plan.problem.rooms.first { $0.name == session.room }
            #expect(room != nil, sourceLocation: sourceLocation)
            let inside = room?.windows.contains { $0.date == session.date && $0.window.contains(session.window) } ?? false
            #expect(inside, "\(session.units) at \(session.date) \(session.window) is outside its room's windows", sourceLocation: sourceLocation)
            #expect(session.start.minutes % problem.grid == 0 && session.end.minutes % problem.grid == 0, sourceLocation: sourceLocation)
            #expect(session.minutes > 0, sourceLocation: sourceLocation)
            let students = session.units.map { name in problem.units.first { $0.name == name }!.headcount }.reduce(0, +)
            #expect(session.headcount == students, sourceLocation: sourceLocation)
            #expect(Double(session.minutes) >= problem.rate.minutes(for: students) - 1e-9,
                    "\(session.units) (\(students) students) get \(session.minutes) minutes: shorter than they need", sourceLocation: sourceLocation)
            for name in session.units {
                let unit = problem.units.first { $0.name == name }!
                #expect(room?.accepts(unit) ?? false, "\(name) is in a room of another campus", sourceLocation: sourceLocation)
            }
        }
        let byRoomDay = Dictionary(grouping: sessions) { "\($0.room ?? "")|\($0.date)" }
        for rows in byRoomDay.values {
            let sorted = rows.sorted { $0.start < $1.start }
            for (a, b) in zip(sorted, sorted.dropFirst()) { #expect(a.end <= b.start, "\(a.units) overlaps \(b.units)", sourceLocation: sourceLocation) }
        }
        #expect(plan.makespan >= plan.lowerBound, sourceLocation: sourceLocation)
        let days = Dictionary(grouping: problem.rooms.flatMap { room in room.windows.map { (room.name, $0) } }) { $0.1.date }
            .map { date, entries in
                CaptureDay(date, windows: Array(Set(entries.map(\.1.window))).sorted { $0.start < $1.start },
                           rooms: Array(Set(entries.map(\.0))).sorted())
            }
        let findings = ScheduleChecker.check(ScheduleContext(table: plan.table, declaration: ScheduleDeclaration(captureDays: days)))
        #expect(findings.filter(\.makesTableUnclean).isEmpty, "the checker finds \(findings.filter(\.makesTableUnclean))", sourceLocation: sourceLocation)
    }

    @Test("random instances: sound plans, the lower bound is ceil(service minutes / rooms)", arguments: [(60, 3), (100, 4), (300, 10)])
    func random(units: Int, rooms: Int) throws {
        for seed in 1...4 {
            let problem = RandomInstance.make(units: units, rooms: rooms, seed: UInt64(seed))
            let plan = try Planner.plan(problem)
            Self.expectSound(plan, problem)
            let students = problem.units.reduce(0) { $0 + $1.headcount }
            #expect(plan.lowerBound == Int((Double(students) / 3 / Double(rooms) - 1e-9).rounded(.up)))
            #expect(plan.addedDays == 0)
        }
    }

    @Test("the benchmark's instances (seed 1, as tucai-bench schedule plans them): sound plans, no slot shorter than its students need",
          arguments: [(100, 4), (300, 10), (3000, 60)])
    func benchmarkInstances(units: Int, rooms: Int) throws {
        let problem = RandomInstance.make(units: units, rooms: rooms, seed: 1)
        Self.expectSound(try Planner.plan(problem), problem)
    }

    @Test("the benchmark's seeded instances land within 0.5% of the bound for slots that are all long enough")
    func quality() throws {
        for (units, rooms) in [(100, 4), (300, 10)] {
            let plan = try Planner.plan(RandomInstance.make(units: units, rooms: rooms, seed: 1))
            let bound = try #require(plan.capacityBound)
            #expect(bound > plan.lowerBound, "rounding every slot up to the grid costs time")
            #expect(Double(plan.makespan - bound) <= 0.005 * Double(bound), "\(units)/\(rooms): ends at \(plan.makespan), bound \(bound)")
        }
    }

    @Test("random instances: no slot is shorter than its students need, and the checker at the plan's rate agrees",
          arguments: [(40, 2), (120, 5), (300, 10)])
    func honestSlots(units: Int, rooms: Int) throws {
        for seed in 11...18 {
            var problem = RandomInstance.make(units: units, rooms: rooms, seed: UInt64(seed))
            // Rates that give no whole minutes, and small classes, are where rounding to the grid cuts slots short.
            problem.rate = ServiceRate([2.7, 3.1, 3.45, 4.2][seed % 4])
            for index in problem.units.indices where index % 5 == 0 { problem.units[index].headcount = 3 + index % 11 }
            let plan = try Planner.plan(problem)
            for session in plan.table.sessions {
                let need = problem.rate.minutes(for: session.headcount ?? 0)
                #expect(Double(session.minutes) >= need, "seed \(seed): \(session.units) get \(session.minutes) minutes for \(need)")
            }
            let findings = ScheduleChecker.check(plan.checkingContext).filter { $0.rule == "throughput" }
            #expect(!findings.contains { $0.message.contains("queue past") }, "seed \(seed): \(findings)")
        }
    }

    @Test("a run of small classes shares slots a few at a time, never one slot longer than a window")
    func longRunOfSmallClasses() throws {
        let day = CivilDate(2022, 11, 19)
        let windows = [TimeWindow(TimeOfDay(8, 30), TimeOfDay(12)), TimeWindow(TimeOfDay(13), TimeOfDay(16, 30))]
        let rooms = (1...2).map { PlanningRoom("R\($0)", windows: windows.map { DatedWindow(day, $0) }) }
        // 63 classes of 16 at 3.15 a minute: 5.1 minutes each, so any two together fit 15 minutes but not 10.
        let units = (0..<63).map { PlanningUnit("班\($0)", headcount: 16, college: "学院\($0 / 20)") }
        let problem = PlanningProblem(units: units, rooms: rooms, rate: ServiceRate(3.15))
        let plan = try Planner.plan(problem)
        Self.expectSound(plan, problem)
        #expect(plan.addedDays == 0)
        #expect(plan.table.sessions.allSatisfy { $0.minutes <= SharedSlots.longestShared * problem.grid }, "\(plan.table.sessions.map(\.minutes))")
        #expect(plan.table.sessions.contains { $0.units.count > 1 }, "small classes share")
    }

    @Test("the throughput rule at a stated rate calls a slot a minute short too short; at the table's median it allows the rounding")
    func statedRateIsExact() throws {
        let csv = """
            date,room,start,end,units,headcount
            2022-11-19,A,08:30,09:15,大类,141
            2022-11-19,A,09:15,10:00,二类,135
            2022-11-19,A,10:00,10:45,三类,135
            """
        let table = SessionTableReader.read(csv, file: "t.csv").table
        let stated = ScheduleChecker.check(ScheduleContext(table: table, givenRate: 3)).filter { $0.rule == "throughput" }
        #expect(stated.count == 1 && stated[0].message.contains("大类 (141 students) has 45 minutes") && stated[0].message.contains("needs about 47"), "\(stated)")
        #expect(ScheduleChecker.check(ScheduleContext(table: table)).filter { $0.rule == "throughput" }.isEmpty)
    }

    @Test("the planner ends no later than first-fit in table order, on every seed")
    func beatsFirstFit() throws {
        for seed in 1...6 {
            let problem = RandomInstance.make(units: 80, rooms: 4, seed: UInt64(seed))
            let plan = try Planner.plan(problem)
            let baseline = try #require(FirstFitBaseline.plan(problem))
            #expect(plan.makespan <= baseline.makespan)
        }
    }

    @Test("YNAU: at its own rate, slots long enough need more than its one day; the published slots are the ones cut short")
    func ynau() throws {
        let ynau = try institutionRegistry.institution(named: "ynau")
        let table = ynau.sessionTable
        let problem = try PlanningProblem.posed(by: table, declaration: ScheduleDeclaration(ynau))
        // YNAU's rows neither overlap nor run backwards: the rate is its students over its rows' minutes.
        let students = table.sessions.compactMap(\.headcount).reduce(0, +)
        let minutes = table.sessions.map(\.minutes).reduce(0, +)
        #expect(abs(problem.rate.studentsPerMinute - Double(students) / Double(minutes)) < 1e-9)
        #expect(Set(problem.rooms.map(\.name)) == Set(ynau.rooms.map(\.name)))
        let plan = try Planner.plan(problem)
        Self.expectSound(plan, plan.problem)
        #expect(plan.lowerBound == Int((Double(minutes) / 4 - 1e-9).rounded(.up)))
        // The table fills its four rooms' day exactly at this rate, so whole slots on the grid cannot fit it:
        // the plan takes a second morning, and the published slots shorter than their students need say why.
        #expect(plan.addedDays == 1)
        let short = table.sessions.filter { Double($0.minutes) < problem.rate.minutes(for: $0.headcount ?? 0) }
        #expect(short.contains { $0.units == ["植物保护"] })
        let published = ScheduleChecker.check(ScheduleContext(table: table, declaration: ScheduleDeclaration(ynau), givenRate: problem.rate.studentsPerMinute))
        #expect(published.filter { $0.rule == "throughput" && $0.message.contains("queue past") }.count == short.count)
        // Against what it was planned into, read back from the CSV the planner writes.
        let reading = SessionTableReader.read(SessionTableWriter.csv(plan.table, arrivalLead: ynau.arrivalLeadMinutes), file: "plan.csv")
        #expect(reading.problems.isEmpty)
        let findings = ScheduleChecker.check(ScheduleContext(table: reading.table, declaration: plan.declaration, lines: reading.lines,
                                                             givenRate: problem.rate.studentsPerMinute))
        #expect(findings.filter(\.makesTableUnclean).isEmpty, "\(findings)")
    }

    @Test("Lishui and YNAU side by side: the plan has no problems and asks no more of a room; it ends later only where the published slots are short")
    func comparisons() throws {
        for identifier in ["lsu", "ynau"] {
            let institution = try institutionRegistry.institution(named: identifier)
            let comparison = try TableComparison.compare(institution.sessionTable, declaration: ScheduleDeclaration(institution))
            #expect(comparison.plannedFindings.filter(\.makesTableUnclean).isEmpty, "\(identifier): \(comparison.plannedFindings)")
            #expect(!comparison.publishedFindings.filter(\.makesTableUnclean).isEmpty)
            let published = comparison.publishedLoads.compactMap(\.lastEnd).max()!
            let planned = comparison.plannedLoads.compactMap(\.lastEnd).max()!
            let rate = comparison.plan.problem.rate
            let short = institution.sessionTable.sessions.filter { Double($0.minutes) < rate.minutes(for: $0.headcount ?? 0) }
            // Both tables cut slots short at their own rate, and whole slots need the next morning.
            #expect(!short.isEmpty, "\(identifier): no published slot is short at the table's own rate")
            #expect(planned > published && comparison.plan.addedDays == 1, "\(identifier): planned \(planned), published \(published)")
            let worstPublished = comparison.publishedLoads.compactMap(\.worstThroughput).max()!
            let worstPlanned = comparison.plannedLoads.compactMap(\.worstThroughput).max()!
            #expect(worstPlanned <= worstPublished, "\(identifier): a planned slot asks \(worstPlanned) students a minute")
            #expect(worstPlanned <= rate.studentsPerMinute + 1e-9, "\(identifier): no planned slot asks more than the rate")
            #expect(comparison.plan.table.sessions.flatMap(\.units).count == institution.sessionTable.sessions.flatMap(\.units).count)
        }
    }

    @Test("units bound to a campus stay in its rooms")
    func campus() throws {
        let day = CivilDate(2020, 11, 2)
        let window = [DatedWindow(day, TimeWindow(TimeOfDay(9), TimeOfDay(12)))]
        let rooms = [PlanningRoom("1413", campus: "呈贡", windows: window), PlanningRoom("204", campus: "东陆", windows: window)]
        var units = [PlanningUnit]()
        for index in 0..<12 {
            units.append(PlanningUnit("U\(index)", headcount: 30 + index * 7, campus: index % 3 == 0 ? "东陆" : index % 3 == 1 ? "呈贡" : nil))
        }
        let problem = PlanningProblem(units: units, rooms: rooms, rate: ServiceRate(4))
        let plan = try Planner.plan(problem)
        Self.expectSound(plan, problem)
    }

    @Test("units that do not fit the declared days get added days, each a copy of the last")
    func addedDays() throws {
        let day = CivilDate(2022, 11, 19)
        let windows = [TimeWindow(TimeOfDay(8, 30), TimeOfDay(12)), TimeWindow(TimeOfDay(13), TimeOfDay(16, 30))]
        let rooms = [PlanningRoom("A", windows: windows.map { DatedWindow(day, $0) })]
        let units = (0..<30).map { PlanningUnit("U\($0)", headcount: 60) }
        let problem = PlanningProblem(units: units, rooms: rooms, rate: ServiceRate(3))
        let plan = try Planner.plan(problem)
        #expect(plan.addedDays >= 1)
        #expect(plan.table.dates.contains(day.adding(days: 1)))
        Self.expectSound(plan, plan.problem)
    }

    @Test("a unit longer than any window is refused with its name")
    func tooLarge() {
        let day = CivilDate(2022, 11, 19)
        let rooms = [PlanningRoom("A", windows: [DatedWindow(day, TimeWindow(TimeOfDay(9), TimeOfDay(10)))])]
        let problem = PlanningProblem(units: [PlanningUnit("校部各院系", headcount: 900)], rooms: rooms, rate: ServiceRate(3))
        #expect(throws: Planner.Failure.self) { try Planner.plan(problem) }
        #expect(problem.impossibility?.contains("校部各院系") == true)
    }

    @Test("units too small for a slot of their own share one")
    func smallUnitsShare() throws {
        let day = CivilDate(2022, 11, 19)
        let rooms = [PlanningRoom("A", windows: [DatedWindow(day, TimeWindow(TimeOfDay(9), TimeOfDay(10)))])]
        let units = [PlanningUnit("big", headcount: 120)] + (0..<6).map { PlanningUnit("s\($0)", headcount: 4) }
        let problem = PlanningProblem(units: units, rooms: rooms, rate: ServiceRate(3))
        let plan = try Planner.plan(problem)
        Self.expectSound(plan, problem)
        #expect(plan.table.sessions.contains { $0.units.count > 1 })
        #expect(plan.table.sessions.count < units.count)
    }

    @Test("subset-sum finds the best sum a brute force finds")
    func subsetSum() {
        var generator = SplitMix64(seed: 7)
        var solver = SubsetSum()
        for _ in 0..<200 {
            let sizes = (0..<Int(generator.next() % 9 + 1)).map { _ in generator.next(in: 1...40) }
            let capacity = generator.next(in: 1...120)
            var best = 0
            for mask in 0..<(1 << sizes.count) {
                let sum = sizes.indices.filter { mask & (1 << $0) != 0 }.map { sizes[$0] }.reduce(0, +)
                if sum <= capacity { best = max(best, sum) }
            }
            let counted = Dictionary(grouping: sizes, by: { $0 }).map { (size: $0.key, count: $0.value.count) }.sorted { $0.size > $1.size }
            let chosen = solver.best(capacity: capacity, sizes: counted)
            #expect(chosen.reduce(0, +) == best)
            for (size, count) in Dictionary(grouping: chosen, by: { $0 }) {
                #expect(count.count <= sizes.filter { $0 == size }.count)
            }
        }
    }
}

import Testing
import TucaiKernel
import TucaiRegistry
@testable import TucaiSchedule

@Suite("The capture-day queue simulation")
struct CaptureDaySimulationTests {
    static func ynau() throws -> SessionTable { try institutionRegistry.institution(named: "ynau").sessionTable }

    /// The rate `tucai schedule simulate ynau` uses: the table's students over its booked room-minutes.
    static func ynauRate() throws -> ServiceRate { try #require(ServiceRate.total(of: ynau())) }

    /// One room, two back-to-back slots, a photograph every minute exactly, arrivals given (minutes after
    /// midnight; 540 is 09:00). Both slots form one sitting, so the room opens at 09:00.
    ///
    ///   A 09:00-09:05 arrivals 538, 540, 540, 542 → callable 540, 540, 540, 542
    ///   B 09:05-09:10 arrivals 541.5, 546
    ///   540 the line is A0 (arrived 538), A1, A2: A0 photographed 540-541, waits 0 (538-540 is before opening)
    ///   541 A1 (540): 541-542, waits 1
    ///   542 B0 (541.5) and A3 (542) have joined; A2 arrived first: 542-543, waits 2
    ///   543 B0 (541.5) before A3 (542), first come first served across slots: 543-544, waits 1.5
    ///   544 A3: 544-545, waits 2
    ///   545 nobody; B1 arrives 546 and is photographed at once: waits 0
    /// A's waits 0, 1, 2, 2: median (rank 2 of 4) 1, 90th percentile (rank 4) 2.
    /// B's waits 0, 1.5: median (rank 1 of 2) 0, 90th percentile (rank 2) 1.5.
    /// Lines at the door: A reaches 2 at 540 (A1, A2 join as A0 is called); B's 2 at 541.5 (A2 and B0).
    @Test func aWorkedDayByHand() throws {
        let date = CivilDate(2022, 11, 19)
        let table = SessionTable(sessions: [
            Session("A", room: "R1", date: date, TimeOfDay(9, 0), TimeOfDay(9, 5), headcount: 4),
            Session("B", room: "R1", date: date, TimeOfDay(9, 5), TimeOfDay(9, 10), headcount: 2),
        ])
        let simulation = CaptureDaySimulation(rate: ServiceRate(1), arrivals: .given([[538, 540, 540, 542], [541.5, 546]]),
                                              service: .jittered(0), noShow: 0, seed: 7, runs: 3)
        let report = simulation.run(table)
        #expect(report.slots.count == 2)
        let a = report.slots[0], b = report.slots[1]
        #expect(a.medianWait == 1)
        #expect(a.p90Wait == 2)
        #expect(a.longestLine == 2)
        #expect(a.longestLineAt == 540)
        #expect(a.photographed == 4)
        #expect(b.medianWait == 0)
        #expect(b.p90Wait == 1.5)
        #expect(b.longestLine == 2)
        #expect(b.longestLineAt == 541.5)
        #expect(report.ranked.map { $0.slot.units } == [["A"], ["B"]])
    }

    /// After a gap the room opens again at the next slot's start: waiting before it is not counted.
    @Test func aGapReopensTheRoom() throws {
        let date = CivilDate(2022, 11, 19)
        let table = SessionTable(sessions: [
            Session("A", room: "R1", date: date, TimeOfDay(9, 0), TimeOfDay(9, 5), headcount: 1),
            Session("B", room: "R1", date: date, TimeOfDay(10, 0), TimeOfDay(10, 5), headcount: 2),
        ])
        // B's students come at 9:50 and 9:59: callable at 10:00, photographed 10:00 and 10:01.
        let simulation = CaptureDaySimulation(rate: ServiceRate(1), arrivals: .given([[540], [590, 599]]),
                                              service: .jittered(0), noShow: 0, runs: 1)
        let b = simulation.run(table).slots[1]
        #expect(b.medianWait == 0)
        #expect(b.p90Wait == 1)
    }

    @Test func theSameSeedGivesTheSameReport() throws {
        let table = try Self.ynau()
        let rate = try Self.ynauRate()
        let first = CaptureDaySimulation(rate: rate, seed: 11, runs: 5).run(table)
        let again = CaptureDaySimulation(rate: rate, seed: 11, runs: 5).run(table)
        let other = CaptureDaySimulation(rate: rate, seed: 12, runs: 5).run(table)
        #expect(first == again)
        #expect(first.slots.map(\.p90Wait) == again.slots.map(\.p90Wait))
        #expect(first != other)
        #expect(first.slots.map(\.p90Wait) != other.slots.map(\.p90Wait))
    }

    /// The checker warns that 植物保护 (111 students in 20 minutes, 5.55 a minute) has too short a slot; at
    /// the table's own 3.25 a minute its line should be among the worst. Ranked by 90th-percentile wait.
    @Test func plantProtectionQueuesAmongTheWorstAtYNAU() throws {
        let report = CaptureDaySimulation(rate: try Self.ynauRate()).run(try Self.ynau())
        let top = report.ranked.prefix(5)
        #expect(top.contains { $0.slot.units.contains { $0.contains("植物保护") } })
    }

    @Test func nobodyComingMeansNobodyWaits() throws {
        let table = try Self.ynau()
        let rate = try Self.ynauRate()
        let everyone = CaptureDaySimulation(rate: rate, noShow: 0, runs: 3).run(table)
        #expect(everyone.slots.contains { $0.p90Wait > 0 })
        let nobody = CaptureDaySimulation(rate: rate, noShow: 1, runs: 3).run(table)
        #expect(nobody.slots.count == everyone.slots.count)
        #expect(nobody.slots.allSatisfy { $0.medianWait == 0 && $0.p90Wait == 0 && $0.longestLine == 0 && $0.photographed == 0 })
    }
}

import Testing
import TucaiKernel
import TucaiSchedule

@Suite("Findings come out in one order")
struct FindingOrderTests {
    /// Three findings the old order ranked in a cycle (a before c by line, c before b by day, b before a
    /// by day), so that the sorted list depended on the order the rules found them in.
    @Test("a finding with a line comes before one without, whatever the days; every input order sorts the same")
    func lineBeforeLineless() {
        let a = ScheduleFinding(.error, rule: "overlap", date: CivilDate(2022, 11, 21), room: "C区203", line: 3, "a")
        let b = ScheduleFinding(.warning, rule: "unused-room", date: CivilDate(2022, 11, 20), room: "C区205", "b")
        let c = ScheduleFinding(.error, rule: "backwards", date: CivilDate(2022, 11, 19), room: "C区203", line: 5, "c")
        for input in [[a, b, c], [a, c, b], [b, a, c], [b, c, a], [c, a, b], [c, b, a]] {
            #expect(input.sorted(by: ScheduleChecker.order).map(\.message) == ["a", "c", "b"], "from \(input.map(\.message))")
        }
    }

    @Test("findings alike in place, severity and rule are told apart by their text, then their rows")
    func ties() {
        let day = CivilDate(2022, 11, 19)
        let x = ScheduleFinding(.warning, rule: "throughput", date: day, room: "C区203", sessions: [4], "x")
        let y = ScheduleFinding(.warning, rule: "throughput", date: day, room: "C区203", sessions: [2], "y")
        let y2 = ScheduleFinding(.warning, rule: "throughput", date: day, room: "C区203", sessions: [1], "y")
        for (first, second) in [(x, y), (y2, y)] {
            #expect(ScheduleChecker.order(first, second) && !ScheduleChecker.order(second, first))
        }
        #expect(!ScheduleChecker.order(x, x))
    }

    @Test("a row listing several units twice: the duplicate-unit findings follow the row's own order")
    func duplicateUnitsInRowOrder() {
        let units = ["动物医学", "茶学", "农学", "园艺", "植物保护", "烟草", "林学", "园林"]
        let cell = units.joined(separator: ";")
        let reading = SessionTableReader.read("""
            date,room,start,end,units
            2022-11-19,C区203,08:30,09:30,\(cell)
            2022-11-19,C区205,13:00,14:00,\(cell)
            """, file: "t.csv")
        let context = ScheduleContext(table: reading.table, lines: reading.lines)
        let found = DuplicateUnitRule().findings(in: context)
        // Every finding names all eight units (both rows carry them); the message leads with its own.
        #expect(found.map { String($0.message.prefix { $0 != " " }) } == units)
    }
}

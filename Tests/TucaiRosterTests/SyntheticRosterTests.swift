import Foundation
import Testing
import TucaiKernel
@testable import TucaiRoster

@Suite struct SyntheticRosterTests {
    static let day = CivilDate(2022, 11, 19)

    /// A table in the shapes the notices print: a college with its headcount, a major, two class codes
    /// sharing one slot, and a class cell under a college.
    static let table = SessionTable(sessions: [
        Session("信息学院", room: "C区202", date: day, TimeOfDay(8, 30), TimeOfDay(9, 10), headcount: 120),
        Session("茶学", room: "C区202", date: day, TimeOfDay(9, 10), TimeOfDay(9, 30), headcount: 61),
        Session(units: ["190111", "190112"], room: "C区203", date: day, start: TimeOfDay(9, 0), end: TimeOfDay(10, 0),
                headcount: 71),
        Session("建工181高", room: "11B-103", date: day, TimeOfDay(10, 0), TimeOfDay(10, 30), headcount: 49,
                college: "职业技术学院"),
    ])
    static let undergraduates = Cohort(.undergraduate, graduating: 2023)

    @Test func sameSeedSameBytes() {
        let a = SyntheticRoster.csv(for: Self.table, cohort: Self.undergraduates, seed: 7, count: nil, badRows: 5)
        let b = SyntheticRoster.csv(for: Self.table, cohort: Self.undergraduates, seed: 7, count: nil, badRows: 5)
        let c = SyntheticRoster.csv(for: Self.table, cohort: Self.undergraduates, seed: 8, count: nil, badRows: 5)
        #expect(a == b)
        #expect(a != c)
    }

    /// Written a stretch at a time, the roster is the bytes `csv` makes whole, past the writer's 4 MB stretches.
    @Test func writtenToAFileItIsTheSameBytes() throws {
        let url = FileManager.default.temporaryDirectory.appending(path: "synthetic-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        let written = try SyntheticRoster.write(to: url, for: Self.table, cohort: Self.undergraduates, seed: 7, count: 60_000)
        let whole = SyntheticRoster.csv(for: Self.table, cohort: Self.undergraduates, seed: 7, count: 60_000, badRows: 0)
        #expect(written == 60_000)
        #expect(whole.count > 1 << 22, "the roster is longer than one stretch")
        #expect(try Data(contentsOf: url) == whole)
    }

    @Test func goodRowsMatchTheHeadcountsAndBadRowsAreCaught() throws {
        let data = SyntheticRoster.csv(for: Self.table, cohort: Self.undergraduates, seed: 1, count: nil, badRows: 9)
        let roster = try RosterFile.read(data: data, name: "synthetic.csv", defaults: graduation2023)
        #expect(roster.entries.count == Self.table.headcount)
        #expect(roster.rowCount == Self.table.headcount! + 9)
        #expect(roster.rejectedRowCount == 9)
        let fields = Dictionary(grouping: roster.problems, by: { $0.field ?? "" }).mapValues(\.count)
        #expect(fields == ["身份证号": 3, "学号": 3, "姓名": 3])
        expectAccountedFor(roster)
    }

    @Test func unitsLandInTheColumnsTheyName() throws {
        let data = SyntheticRoster.csv(for: Self.table, cohort: Self.undergraduates, seed: 2, count: nil, badRows: 0)
        let students = try RosterFile.read(data: data, name: "synthetic.csv", defaults: graduation2023).entries.map(\.student)
        func count(_ match: (Student) -> Bool) -> Int { students.filter(match).count }
        #expect(count { $0.college == "信息学院" } == 120)
        #expect(count { $0.major == "茶学" } == 61)
        // A shared slot's headcount is split between its units.
        #expect(count { $0.className == "190111" } == 36)
        #expect(count { $0.className == "190112" } == 35)
        #expect(count { $0.className == "建工181高" && $0.college == "职业技术学院" && $0.major == "建工" } == 49)
    }

    @Test func identityNumbersFitTheCohort() throws {
        for cohort in [Self.undergraduates, Cohort(.graduate, graduating: 2021)] {
            let data = SyntheticRoster.csv(for: Self.table, cohort: cohort, seed: 3, count: 2000, badRows: 0)
            let reference = CivilDate(cohort.graduationYear, 6, 30)
            let roster = try RosterFile.read(data: data, name: "synthetic.csv",
                                             defaults: RosterDefaults(referenceDate: reference))
            #expect(roster.problems.isEmpty, "\(roster.problems.prefix(3))")
            #expect(roster.entries.count == 2000)
            let ages = try roster.entries.map { entry in
                let id = try ResidentIDNumber(try #require(entry.student.idNumber))
                return reference.year - id.birthDate.year
            }
            let expected = cohort.level == .undergraduate ? 20...24 : 23...36
            #expect(ages.allSatisfy(expected.contains), "\(cohort): ages \(ages.min()!)…\(ages.max()!)")
            let levels = Set(roster.entries.compactMap(\.student.level))
            #expect(levels == (cohort.level == .undergraduate ? [.bachelor] : [.master, .doctoral]))
            #expect(roster.entries.allSatisfy { $0.student.expectedGraduation == YearMonth(cohort.graduationYear, 6) })
        }
    }

    @Test func countIsSpreadOverUnitsWithoutHeadcounts() throws {
        let table = SessionTable(sessions: [
            Session("数学与系统科学研究院", date: Self.day, TimeOfDay(8, 30), TimeOfDay(9, 0)),
            Session("力学研究所", date: Self.day, TimeOfDay(9, 0), TimeOfDay(9, 30)),
            Session("物理研究所", date: Self.day, TimeOfDay(9, 30), TimeOfDay(10, 0)),
        ])
        let data = SyntheticRoster.csv(for: table, cohort: Cohort(.graduate, graduating: 2025), seed: 4, count: 100, badRows: 0)
        let roster = try RosterFile.read(data: data, name: "s.csv",
                                         defaults: RosterDefaults(referenceDate: CivilDate(2025, 6, 30)))
        let perCollege = Dictionary(grouping: roster.entries, by: { $0.student.college ?? "" }).mapValues(\.count)
        #expect(perCollege == ["数学与系统科学研究院": 34, "力学研究所": 33, "物理研究所": 33])
        let withoutCount = SyntheticRoster.csv(for: table, cohort: Cohort(.graduate, graduating: 2025), seed: 4, count: nil, badRows: 0)
        let defaultRoster = try RosterFile.read(data: withoutCount, name: "s.csv",
                                                defaults: RosterDefaults(referenceDate: CivilDate(2025, 6, 30)))
        #expect(defaultRoster.entries.count == 3 * SyntheticRoster.studentsPerUnitWithoutHeadcount)
    }

    @Test func namesLookChinese() throws {
        let data = SyntheticRoster.csv(for: Self.table, cohort: Self.undergraduates, seed: 5, count: 1000, badRows: 0)
        let names = try RosterFile.read(data: data, name: "s.csv", defaults: graduation2023).entries.map(\.student.name)
        #expect(names.allSatisfy { (2...4).contains($0.count) })
        let surnames = Set(ChineseNames.surnames.map(\.0))
        #expect(names.allSatisfy { name in surnames.contains(String(name.prefix(1))) || surnames.contains(String(name.prefix(2))) })
        // Weighted like real lists: the five commonest surnames cover roughly three in ten.
        let common = names.filter { ["王", "李", "张", "刘", "陈"].contains(String($0.prefix(1))) }.count
        #expect((200...400).contains(common))
        #expect(Set(names).count > 500)
    }

    /// The same roster saved as Excel on Chinese Windows would (GB18030, through glibc's iconv) reads to the
    /// same students, on two threads as on one.
    @Test func gb18030CopyReadsTheSame() throws {
        let utf8 = SyntheticRoster.csv(for: Self.table, cohort: Self.undergraduates, seed: 6, count: 20_000, badRows: 12)
        let gb = try #require(Self.gb18030(utf8))
        #expect(gb.count < utf8.count)
        let expected = try RosterFile.read(data: utf8, name: "s.csv", defaults: graduation2023)
        for threshold in [0, Int.max] {
            let roster = try RosterFile.read(data: gb, name: "s.csv", defaults: graduation2023, parallelThreshold: threshold)
            #expect(roster.encoding == .gb18030)
            #expect(roster.entries.map(\.student) == expected.entries.map(\.student))
            #expect(roster.entries.map(\.line) == expected.entries.map(\.line))
            #expect(roster.problems == expected.problems)
        }
    }

    static func gb18030(_ data: Data) -> Data? {
        Transcoding.convert(data, from: "UTF-8", to: "GB18030")
    }
}

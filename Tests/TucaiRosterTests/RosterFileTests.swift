import Foundation
import Testing
import TucaiKernel
@testable import TucaiRoster

/// Fixtures are small files as registrars' tools write them (see Fixtures/, made with Python's codecs and
/// committed as bytes): the GBK one is what Excel on Chinese Windows saves as "CSV".
func fixture(_ name: String) -> URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").appendingPathComponent(name)
}

/// Rows are judged as of the 2023 graduation so results do not drift with the calendar.
let graduation2023 = RosterDefaults(graduationYear: 2023, referenceDate: CivilDate(2023, 6, 30))

func read(_ name: String, defaults: RosterDefaults = graduation2023) throws(RosterError) -> Roster {
    try RosterFile.read(contentsOf: fixture(name), defaults: defaults)
}

func read(text: String, defaults: RosterDefaults = graduation2023, threshold: Int = RosterFile.parallelThreshold) throws(RosterError) -> Roster {
    try RosterFile.read(data: Data(text.utf8), name: "roster.csv", defaults: defaults, parallelThreshold: threshold)
}

/// Every data row is an entry or has a problem, never both, never neither.
func expectAccountedFor(_ roster: Roster, sourceLocation: SourceLocation = #_sourceLocation) {
    let problemLines = Set(roster.problems.map(\.line))
    let entryLines = Set(roster.entries.map(\.line))
    #expect(problemLines.isDisjoint(with: entryLines), sourceLocation: sourceLocation)
    #expect(roster.entries.count + problemLines.count == roster.rowCount, sourceLocation: sourceLocation)
    #expect(roster.rejectedRowCount == problemLines.count, sourceLocation: sourceLocation)
}

@Suite struct RosterFileTests {
    @Test func quotedFieldsAndLineBreaksInsideQuotes() throws {
        let roster = try read("utf8-lf.csv")
        #expect(roster.encoding == .utf8)
        #expect(roster.problems.isEmpty, "\(roster.problems)")
        // The third row's 备注 holds a line break, so the fourth row starts on line 6, not 5.
        #expect(roster.entries.map(\.line) == [2, 3, 4, 6])
        let students = roster.entries.map(\.student)
        #expect(students[1].name == "李,娜")
        #expect(students[1].major == "软件工程\"卓越\"")
        #expect(students[2].idNumber == "53040220010101006X")
        #expect(students.map(\.programLength) == [4, 4, 4, 4])
        #expect(students.map(\.enrolmentYear) == [2019, 2019, 2019, 2019])
        #expect(students.allSatisfy { $0.expectedGraduation == YearMonth(2023, 6) })
        #expect(students.allSatisfy { $0.level == .bachelor })
        #expect(roster.ignoredColumns == ["备注"])
        expectAccountedFor(roster)
    }

    @Test func excelUTF8WithBOMAndAliasHeaders() throws {
        let roster = try read("excel-utf8-bom.csv")
        #expect(roster.encoding == .utf8WithBOM)
        #expect(roster.problems.isEmpty, "\(roster.problems)")
        #expect(roster.entries.map(\.line) == [2, 4])
        #expect(roster.blankRowCount == 1)
        #expect(roster.rowCount == 2)
        // The BOM does not end up in the first header: 学号 is found.
        #expect(roster.entries[0].student.studentNumber == "2019010001")
        #expect(roster.entries[0].student.college == "信息学院")
        #expect(roster.entries[0].student.level == .bachelor)
        #expect(roster.entries[1].student.enrolmentYear == 2019)
    }

    @Test func excelGBKReadsLikeItsUTF8Twin() throws {
        let gbk = try read("excel-gbk.csv")
        let twin = try read("excel-gbk.utf8.csv")
        #expect(gbk.encoding == .gb18030)
        #expect(twin.encoding == .utf8)
        #expect(gbk.problems.isEmpty, "\(gbk.problems)")
        #expect(gbk.entries.map(\.student) == twin.entries.map(\.student))
        #expect(gbk.entries.map(\.line) == [2, 3, 4])
        #expect(gbk.entries.map(\.student.name) == ["张伟", "欧阳娜娜", "龚磊"])
        #expect(gbk.entries[2].student.college == "马克思主义学院")
    }

    @Test func wrongCheckDigitIsReportedWithItsLineAndMasked() throws {
        let roster = try read("wrong-check-digit.csv")
        #expect(roster.entries.map(\.line) == [2, 4])
        #expect(roster.problems.count == 1)
        let problem = try #require(roster.problems.first)
        #expect(problem.line == 3)
        #expect(problem.field == "身份证号")
        #expect(problem.description.hasPrefix(fixture("wrong-check-digit.csv").path + ":3: field '身份证号': "))
        #expect(problem.reason.contains("GB 11643"))
        // The whole number never appears: the birth date digits in its middle are masked.
        #expect(!problem.description.contains("20000921"))
        expectAccountedFor(roster)
    }

    @Test func duplicateStudentAndIdentityNumbers() throws {
        let roster = try read("duplicate-student-number.csv")
        #expect(roster.entries.map(\.line) == [2, 3, 4])
        #expect(roster.problems.map(\.line) == [5, 6])
        #expect(roster.problems[0].field == "学号")
        #expect(roster.problems[0].reason.contains("2019010002"))
        #expect(roster.problems[0].reason.contains("line 3"))
        #expect(roster.problems[1].field == "身份证号")
        #expect(roster.problems[1].reason.contains("line 2"))
        #expect(!roster.problems[1].description.contains("20010314"))
        expectAccountedFor(roster)
    }

    @Test func truncatedLastLine() throws {
        let roster = try read("truncated-last-line.csv")
        #expect(roster.entries.map(\.line) == [2, 3])
        #expect(roster.problems.map(\.line) == [4])
        #expect(roster.problems[0].reason.contains("cut short"))
        expectAccountedFor(roster)
    }

    @Test func fileEndingInsideAQuote() throws {
        let roster = try read("unterminated-quote.csv")
        #expect(roster.entries.map(\.line) == [2])
        #expect(roster.problems.map(\.line) == [3])
        #expect(roster.problems[0].reason.contains("quote opened on line 3"))
        expectAccountedFor(roster)
    }

    @Test func undecodableByteStopsTheFileWithItsLine() {
        do {
            _ = try read("bad-byte-gbk.csv")
            Issue.record("a file with an undecodable byte was read")
        } catch {
            #expect(error.line == 4)
            #expect(error.description.hasPrefix(fixture("bad-byte-gbk.csv").path + ":4: "))
            #expect(error.reason.contains("0xFF"))
        }
    }

    @Test func missingRequiredColumnStopsTheFile() {
        do {
            _ = try read("missing-student-number-column.csv")
            Issue.record("a roster without 学号 was read")
        } catch {
            #expect(error.line == 1)
            #expect(error.reason.contains("学号"))
        }
    }

    @Test func englishHeadersInAnyOrder() throws {
        let roster = try read("english-headers.csv")
        #expect(roster.problems.isEmpty, "\(roster.problems)")
        let students = roster.entries.map(\.student)
        #expect(students.map(\.studentNumber) == ["2019010001", "2019010002"])
        #expect(students.map(\.name) == ["Zhang Wei", "Li Na"])
        #expect(students.map(\.level) == [.bachelor, .master])
        #expect(students.map(\.expectedGraduation) == [YearMonth(2023, 6), YearMonth(2023, 12)])
        #expect(students[0].className == nil)
    }

    @Test func unreadableFile() {
        do {
            _ = try RosterFile.read(contentsOf: fixture("no-such-roster.csv"), defaults: graduation2023)
            Issue.record("a missing file was read")
        } catch {
            #expect(error.reason == "no such file")
            #expect(error.line == nil)
        }
    }
}

import Foundation
import Testing
import TucaiKernel
@testable import TucaiRoster

/// Row checks on small inline rosters. Identity numbers are built with the kernel's check character so each
/// test states only what it varies.
@Suite struct RosterRowCheckTests {
    static func id(_ region: String = "530102", born: String, sequence: String = "011") -> String {
        let first17 = region + born + sequence
        return first17 + String(ResidentIDNumber.checkCharacter(forDigits: first17.map { Int(String($0))! }))
    }

    let header = "学号,姓名,身份证号,学院,入学年份,学制,预计毕业时间\n"
    let a = id(born: "20010314")
    let b = id(born: "20000921", sequence: "022")

    @Test func everyCheckNamesItsFieldAndLine() throws {
        let text = header
            + "2019001,张伟,\(a),信息学院,2019,4,2023-06\n"            // 2: good
            + "2019002,,\(b),信息学院,2019,4,2023-06\n"                // 3: no name
            + ",李娜,\(Self.id(born: "20011130")),信息学院,2019,4,2023-06\n" // 4: no student number
            + "2019004,王芳,\(Self.id(born: "20020105")),信息学院,二〇一九,4,2023-06\n" // 5: not a year
            + "2019005,赵磊,\(Self.id(born: "20000707")),信息学院,2019,四年半,2023-06\n" // 6: not a length
            + "2019006,刘洋,\(Self.id(born: "20010228")),信息学院,2019,4,2023-13\n" // 7: month 13
            + "2019007,陈静,\(Self.id(born: "20250101")),信息学院,2019,4,2023-06\n" // 8: born after the reference date
            + "2019008,杨帆,\(Self.id(born: "19500101")),信息学院,2019,4,2023-06\n" // 9: seventy-three
            + "2019009,黄婷,530102200103140,信息学院,2019,4,2023-06\n"   // 10: fifteen characters
            + "2019010,周杰,\(a),信息学院,2019\n"                       // 11: too few fields
        let roster = try read(text: text)
        #expect(roster.entries.map(\.line) == [2])
        let byLine = Dictionary(grouping: roster.problems, by: \.line)
        #expect(byLine[3]?.map(\.field) == ["姓名"])
        #expect(byLine[4]?.map(\.field) == ["学号"])
        #expect(byLine[5]?.map(\.field) == ["入学年份"])
        #expect(byLine[6]?.map(\.field) == ["学制"])
        #expect(byLine[7]?.map(\.field) == ["预计毕业时间"])
        #expect(byLine[8]?.first?.reason.contains("future") == true)
        #expect(byLine[9]?.first?.reason.contains("73") == true)
        #expect(byLine[10]?.first?.reason.contains("15 characters") == true)
        #expect(byLine[11]?.first?.field == nil)
        #expect(byLine[11]?.first?.reason.contains("5 fields, the header has 7") == true)
        #expect(roster.rowCount == 10)
        expectAccountedFor(roster)
    }

    @Test func aRowWithSeveralProblemsIsOneRejectedRow() throws {
        let text = header + "2019001,,\(a.dropLast())0,信息学院,20x9,4,2023-06\n"
        let roster = try read(text: text)
        #expect(roster.problems.map(\.field) == ["姓名", "身份证号", "入学年份"])
        #expect(roster.rejectedRowCount == 1)
        expectAccountedFor(roster)
    }

    @Test func spreadsheetNumbersAreRecognised() throws {
        let roster = try read(text: header + "2019001,张伟,5.30102E+17,信息学院,2019,4,2023-06\n")
        #expect(roster.problems.first?.reason.contains("scientific notation") == true)
    }

    @Test func defaultsFillSilentColumns() throws {
        let text = "学号,姓名\n2019001,张伟\n"
        let roster = try read(text: text, defaults: RosterDefaults(level: .master, graduationYear: 2024,
                                                                    referenceDate: CivilDate(2024, 6, 30)))
        let student = try #require(roster.entries.first?.student)
        #expect(student.level == .master)
        #expect(student.expectedGraduation == YearMonth(2024, 6))
        #expect(student.idNumber == nil)
    }

    @Test func enrolmentAndLengthLeaveTheGraduationToTheScopeRules() throws {
        let text = "学号,姓名,入学年份,学制\n2019001,张伟,2020,3\n"
        let roster = try read(text: text)
        let student = try #require(roster.entries.first?.student)
        // The kernel derives 2023 from 2020 + 3; the default must not override a row that says more.
        #expect(student.expectedGraduation == nil)
        #expect(ScopeRule.graduatingInYear(2023, levels: [.master]).admits(student))
    }

    @Test func lineEndingsAndBlankLines() throws {
        let rows = ["学号,姓名", "2019001,张伟", "", "2019002,李娜", ",", "2019003,王芳"]
        for separator in ["\n", "\r\n", "\r"] {
            let roster = try read(text: rows.joined(separator: separator) + separator)
            #expect(roster.entries.map(\.line) == [2, 4, 6], "separator \(separator.debugDescription)")
            #expect(roster.blankRowCount == 2)
        }
    }

    @Test func extraFields() throws {
        let text = "学号,姓名\n2019001,张伟,,\n2019002,计算机科学与技术,软件方向\n"
        let roster = try read(text: text)
        // Trailing empty cells are what Excel writes for formatted columns; content is an unquoted comma.
        #expect(roster.entries.map(\.line) == [2])
        #expect(roster.problems.map(\.line) == [3])
        #expect(roster.problems[0].reason.contains("3 fields, the header has 2"))
    }

    @Test func strayQuote() throws {
        let roster = try read(text: "学号,姓名\n2019001,\"张\"伟\n2019002,李\"娜\n")
        #expect(roster.problems.map(\.line) == [2])
        // A quote inside an unquoted field is kept as text, as Excel and Python's csv module read it.
        #expect(roster.entries.map(\.student.name) == ["李\"娜"])
    }

    @Test func whitespaceAroundCellsIsTrimmed() throws {
        let roster = try read(text: "学号,姓名,身份证号\n 2019001 ,\u{3000}张伟\u{3000},\t\(a) \n")
        let student = try #require(roster.entries.first?.student)
        #expect(student.studentNumber == "2019001")
        #expect(student.name == "张伟")
        #expect(student.idNumber == a)
    }

    @Test func wholeFileProblems() {
        func failure(_ bytes: [UInt8]) -> RosterError? {
            do {
                _ = try RosterFile.read(data: Data(bytes), name: "r.csv", defaults: graduation2023)
                return nil
            } catch { return error }
        }
        #expect(failure([])?.reason.contains("empty") == true)
        #expect(failure([0xFF, 0xFE, 0x66, 0x00])?.reason.contains("UTF-16") == true)
        #expect(failure(Array("\n\n".utf8))?.reason.contains("no header") == true)
        #expect(failure(Array("2019001,张伟\n".utf8))?.reason.contains("not a header row") == true)
        #expect(failure(Array("学号,姓名,学号\n".utf8))?.reason.contains("both give 学号") == true)
        #expect(failure(Array("学号,\"姓名\n".utf8))?.reason.contains("never closed") == true)
        // Valid UTF-8 up to a stray byte on line 3, which is not GB18030 either.
        #expect(failure(Array("学号,姓名\n1,张伟\n2,".utf8) + [0xFF] + Array("\n".utf8))?.line == 3)
        // A byte-order mark promises UTF-8: GBK after it is an error, not a guess.
        #expect(failure([0xEF, 0xBB, 0xBF] + Array("学号,姓名\n1,".utf8) + [0xD5, 0xC5] + Array("\n".utf8))?.line == 2)
    }

    @Test func headerOnly() throws {
        let roster = try read(text: "学号,姓名\n")
        #expect(roster.rowCount == 0)
        #expect(roster.entries.isEmpty)
    }

    @Test func readingTwiceGivesTheSameRoster() throws {
        let text = header + "2019001,张伟,\(a),信息学院,2019,4,2023-06\n2019001,李娜,\(b),信息学院,2019,4,2023-06\n"
        let first = try read(text: text), second = try read(text: text)
        #expect(first.entries.map(\.student) == second.entries.map(\.student))
        #expect(first.problems == second.problems)
    }

    /// A roster of `count` rows, each with its own student and identity number, except that row 30000
    /// (in the second half of a 40000-row file) repeats row 100's student number; a row whose graduation cell is a quoted text of `noteLines` lines
    /// sits before row `noteAt`. Returns the text and the line of row 100.
    func largeRoster(count: Int, noteAt: Int, noteLines: Int) -> (text: String, row100Line: Int, noteLine: Int) {
        var text = header
        var line = 2
        var row100Line = 0, noteLine = 0
        for i in 0..<count {
            if i == noteAt {
                noteLine = line
                text += "2019x\(i),张伟,,信息学院,2019,4,\"" + String(repeating: "说明\n", count: noteLines - 1) + "说明\"\n"
                line += noteLines
            }
            let number = i == 30_000 ? "2019000100" : "20190" + padded(i, 5)
            if i == 100 { row100Line = line }
            // Day, month and sequence repeat together only every 21,000 rows.
            let born = "2001" + padded(1 + i % 12, 2) + padded(1 + i % 28, 2)
            let sequence = padded((i % 1000 + i / 21_000 * 7) % 1000, 3)
            text += "\(number),张伟,\(Self.id(born: born, sequence: sequence)),信息学院,2019,4,2023-06\n"
            line += 1
        }
        return (text, row100Line, noteLine)
    }

    func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Found by `Fuzz/run roster`: a quoted cell's line break was quoted as it was, and the problem took two lines.
    @Test func aLineBreakInACellLeavesTheProblemOneLine() throws {
        let roster = try read(text: "学号,姓名,学历层次,入学年份\n2019001,张伟,\"本\n科\",\"20\r\n19\"\n")
        let shown = roster.problems.map(\.description)
        #expect(roster.problems.map(\.line) == [2, 2], "\(shown)")
        #expect(shown.allSatisfy { !$0.unicodeScalars.contains("\n") && !$0.unicodeScalars.contains("\r") }, "\(shown)")
        #expect(shown.contains { $0.contains("'本␊科'") } && shown.contains { $0.contains("'20␍␊19'") }, "\(shown)")
    }

    /// A large file is read in two stretches on two threads; the result must not depend on it: duplicates
    /// across the stretches, lines in the second, entries closing the gap the first one's rejected row left.
    @Test func twoStretchesReadLikeOne() throws {
        let (text, row100Line, noteLine) = largeRoster(count: 40_000, noteAt: 5_000, noteLines: 3)
        let sequential = try read(text: text, threshold: .max)
        let parallel = try read(text: text, threshold: 0)
        #expect(sequential.rowCount == 40_001)
        #expect(parallel.entries.map(\.line) == sequential.entries.map(\.line))
        #expect(parallel.entries.map(\.student) == sequential.entries.map(\.student))
        #expect(parallel.problems == sequential.problems)
        #expect(parallel.problems.count == 2)
        #expect(parallel.problems.contains { $0.field == "学号" && $0.reason.contains("line \(row100Line)") })
        #expect(parallel.problems.contains { $0.field == "预计毕业时间" && $0.line == noteLine })
        #expect(parallel.entries.last?.line == 40_000 + 3 + 1)
        expectAccountedFor(parallel)
    }

    /// When the middle of the file falls inside a quoted cell, the guessed split is wrong and the file is
    /// read again in one piece.
    @Test func splitInsideAQuotedCell() throws {
        let (text, _, noteLine) = largeRoster(count: 20_000, noteAt: 10_000, noteLines: 5_000)
        let sequential = try read(text: text, threshold: .max)
        let parallel = try read(text: text, threshold: 0)
        #expect(parallel.entries.map(\.line) == sequential.entries.map(\.line))
        #expect(parallel.entries.map(\.student) == sequential.entries.map(\.student))
        #expect(parallel.problems == sequential.problems)
        #expect(parallel.problems.contains { $0.field == "预计毕业时间" && $0.line == noteLine })
        #expect(parallel.entries.last?.line == 20_000 + 5_000 + 1)
        expectAccountedFor(parallel)
    }

    @Test func fourByteGB18030CharactersGoThroughIconv() throws {
        // 张𠮷 (U+20BB7, four bytes in GB18030: 95 34 B2 35) and ・ (U+30FB: 81 39 A7 39), as Python's
        // gb18030 codec writes them; 学号,姓名 is D1 A7 BA C5 2C D0 D5 C3 FB.
        let header: [UInt8] = [0xD1, 0xA7, 0xBA, 0xC5, 0x2C, 0xD0, 0xD5, 0xC3, 0xFB, 0x0D, 0x0A]
        let row: [UInt8] = Array("2019001,".utf8) + [0xD5, 0xC5, 0x95, 0x34, 0xB2, 0x35, 0x81, 0x39, 0xA7, 0x39, 0x0D, 0x0A]
        let roster = try RosterFile.read(data: Data(header + row), name: "r.csv", defaults: graduation2023)
        #expect(roster.encoding == .gb18030)
        #expect(roster.entries.first?.student.name == "张\u{20BB7}\u{30FB}")
    }

    @Test func gbkAfterAnASCIIStartIsStillGBK() throws {
        // The encoding is guessed from the first 64 KB; names in GBK further on must still be read.
        var bytes = Array("student_number,name\n".utf8)
        for i in 0..<10_000 { bytes += Array("S\(i),Zhang\n".utf8) }
        bytes += Array("S-last,".utf8) + [0xD5, 0xC5, 0xCE, 0xB0, 0x0A] // 张伟
        let roster = try RosterFile.read(data: Data(bytes), name: "r.csv", defaults: graduation2023)
        #expect(roster.encoding == .gb18030)
        #expect(roster.entries.last?.student.name == "张伟")
        #expect(roster.entries.count == 10_001)
    }
}

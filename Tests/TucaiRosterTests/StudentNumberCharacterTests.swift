import Foundation
import Testing
import TucaiKernel
@testable import TucaiRoster

/// A 学号 is what people type to find a student: one holding a NUL, a tab, an escape or an invisible
/// character would be stored and never found again, so its row is rejected with its line, like any bad cell.
@Suite struct StudentNumberCharacterTests {
    static let header = "学号,姓名,身份证号,学院,入学年份,学制,预计毕业时间\n"
    static func id(born: String, sequence: String) -> String {
        let first17 = "530102" + born + sequence
        return first17 + String(ResidentIDNumber.checkCharacter(forDigits: first17.map { Int(String($0))! }))
    }

    @Test(arguments: [
        ("2019\u{0}001", "control character U+0000 at character 5"),
        ("2019\t001", "control character U+0009 at character 5"),
        ("\u{1B}[31m2019001", "control character U+001B at character 1"),
        ("2019001\u{7F}", "control character U+007F at character 8"),
        ("2019\u{85}001", "control character U+0085 at character 5"),
        ("2019\u{200B}001", "invisible character U+200B at character 5"),
        ("\u{202E}1009102", "invisible character U+202E at character 1"),
        ("2019\u{2028}001", "invisible character U+2028 at character 5"),
        ("2019001-研究生\u{0}", "control character U+0000 at character 12"),
    ])
    func aNumberWithAControlCharacterIsRejectedWithItsLine(number: String, reason: String) throws {
        let text = Self.header
            + "2019100,张伟,\(Self.id(born: "20010314", sequence: "011")),信息学院,2019,4,2023-06\n"
            + "\"\(number)\",李娜,\(Self.id(born: "20000921", sequence: "022")),信息学院,2019,4,2023-06\n"
            + "2019-A-0300,王芳,\(Self.id(born: "20011130", sequence: "033")),信息学院,2019,4,2023-06\n"
        let roster = try read(text: text)
        #expect(roster.entries.map(\.line) == [2, 4])
        #expect(roster.problems.count == 1)
        let problem = try #require(roster.problems.first)
        #expect(problem.line == 3 && problem.field == "学号")
        #expect(problem.reason.contains(reason), "\(problem.reason)")
        #expect(problem.description.hasPrefix("roster.csv:3: field '学号': holds the "), "\(problem.description)")
        #expect(!problem.description.unicodeScalars.contains { $0.properties.generalCategory == .control }, "the number is not echoed")
        expectAccountedFor(roster)
    }

    @Test func longAndUnusualNumbersWithoutControlCharactersStillImport() throws {
        let numbers = ["201900000000000000001234", "2019-研究生-001", "ＸＹ2019001", "2019 001"]
        let text = Self.header + numbers.enumerated().map { index, number in
            "\(number),学生\(index),\(Self.id(born: "20010314", sequence: String(format: "%03d", index + 1))),信息学院,2019,4,2023-06\n"
        }.joined()
        let roster = try read(text: text)
        #expect(roster.problems.isEmpty, "\(roster.problems)")
        #expect(roster.entries.map(\.student.studentNumber) == numbers)
    }
}

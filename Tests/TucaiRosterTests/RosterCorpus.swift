import Foundation
import TucaiKernel
@testable import TucaiRoster

/// Rosters that exercise every way a file can be read: the fixtures, synthetic rosters with bad rows in UTF-8,
/// GB18030 and with lone carriage returns, and files built to put what a stretch boundary could break at a
/// boundary somewhere (quoted cells of many lines, numbers repeated far apart, a quote never closed, bytes that
/// are neither UTF-8 nor GB18030 beyond the first 64 KB, a bad byte in a column no check reads).
enum RosterCorpus {
    /// Made once: each test argument looks its file up here.
    static let cases: [(name: String, bytes: Data)] = makeCases()

    private static func makeCases() -> [(name: String, bytes: Data)] {
        var cases: [(String, Data)] = []
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path).sorted()) ?? []
        for name in names { cases.append((name, (try? Data(contentsOf: fixtures.appendingPathComponent(name))) ?? Data())) }

        let synthetic = SyntheticRoster.csv(for: SyntheticRosterTests.table, cohort: SyntheticRosterTests.undergraduates, seed: 6,
                                            count: 1_500, badRows: 30)
        cases.append(("synthetic-utf8.csv", synthetic))
        cases.append(("synthetic-gb18030.csv", Transcoding.convert(synthetic, from: "UTF-8", to: "GB18030") ?? Data()))
        cases.append(("synthetic-cr.csv", Data(String(decoding: synthetic, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\r").utf8)))
        cases.append(("synthetic-bom.csv", Data([0xEF, 0xBB, 0xBF]) + synthetic))

        let mixed = mixedRoster()
        cases.append(("mixed.csv", Data(mixed.utf8)))
        cases.append(("mixed-crlf.csv", Data(mixed.replacingOccurrences(of: "\n", with: "\r\n").utf8)))
        cases.append(("mixed-gb18030.csv", Transcoding.convert(Data(mixed.utf8), from: "UTF-8", to: "GB18030") ?? Data()))
        // A quote opened near the end and never closed: the rest of the file is one record.
        let unquoted = (0..<300).map { "2029\($0),李娜\($0),,信息学院,,,\n" }.joined()
        cases.append(("mixed-unterminated.csv", Data((mixed + "2029999,\"张伟,\n" + unquoted).utf8)))
        cases.append(("mixed-no-final-newline.csv", Data(mixed.dropLast().utf8)))
        cases.append(("mixed-final-cr.csv", Data((mixed.dropLast() + "\r").utf8)))

        // ASCII for more than the first 64 KB, then GBK: GB18030 after a UTF-8 reading that fails late.
        var gbkLate = Array("student_number,name,note\n".utf8)
        for i in 0..<4_000 { gbkLate += Array("S\(i),Zhang,\"a\nb\"\n".utf8) }
        gbkLate += Array("S-last,".utf8) + [0xD5, 0xC5, 0xCE, 0xB0] + Array(",x\n".utf8)
        cases.append(("gbk-late.csv", Data(gbkLate)))
        // The same, but the late bytes are neither: the UTF-8 reading got further, and its byte is blamed.
        var neitherLate = Array("学号,姓名\n".utf8)
        for i in 0..<6_000 { neitherLate += Array("S\(i),张伟\n".utf8) }
        neitherLate += Array("S-last,".utf8) + [0xFF, 0x41] + Array("\n".utf8)
        cases.append(("neither-late.csv", Data(neitherLate)))
        // A byte that is not UTF-8 in a column no check reads: UTF-8 all the same, as before.
        var ignoredBadByte = Array("学号,姓名,备注\n".utf8)
        for i in 0..<4_500 { ignoredBadByte += Array("S\(i),张伟,好\n".utf8) }
        ignoredBadByte += Array("S-last,张伟,".utf8) + [0xFF] + Array("\n".utf8)
        for i in 0..<100 { ignoredBadByte += Array("T\(i),李娜,好\n".utf8) }
        cases.append(("ignored-bad-byte.csv", Data(ignoredBadByte)))
        // GBK throughout, with a byte that is neither far into the file.
        var gbkBad = Transcoding.convert(Data(mixed.utf8), from: "UTF-8", to: "GB18030") ?? Data()
        gbkBad += Data(Array("2028888,".utf8) + [0xD5, 0xFF] + Array(",,,,,\n".utf8))
        cases.append(("gbk-bad-late.csv", gbkBad))
        cases.append(("bom-then-gbk-late.csv", Data([0xEF, 0xBB, 0xBF]) + Data(mixed.utf8) + Data(Array("2027777,".utf8) + [0xD5, 0xC5] + Array(",,,,,\n".utf8))))
        cases.append(("header-after-blank-lines.csv", Data(("\n\r\n,,\n\"学号\",\"姓名\"\n2019001,\"张\n伟\"\n\n2019002,李娜\n").utf8)))
        cases.append(("header-quote-never-closed.csv", Data(("\n\"学号\",\"姓\n名\n2019001,张伟\n").utf8)))
        cases.append(("header-only.csv", Data("学号,姓名\r\n".utf8)))
        cases.append(("empty.csv", Data()))
        cases.append(("utf16.csv", Data([0xFF, 0xFE, 0x66, 0x00])))
        return cases
    }

    /// About 1,600 rows in the shapes that matter at a stretch boundary: quoted notes of up to 40 lines,
    /// student and identity numbers repeated hundreds of rows later (numbers that pack into a key and numbers
    /// that do not), blank lines, rows with too few or too many fields, a stray quote, doubled quotes.
    static func mixedRoster() -> String {
        var text = "学号,姓名,身份证号,学院,专业,班级,备注\n"
        var generator = SplitMix64(seed: 42)
        for i in 0..<1_600 {
            let number: String
            switch i % 7 {
            case 3: number = "S2019-CS-\(10_000 + i % 700)" // too long for a key: compared as text, repeats after 700 rows
            default: number = "2019\(100_000 + i % 1_300)"   // repeats after 1,300 rows
            }
            // Every eleventh row from 900 on has the identity number of the row 900 before it.
            let k = i % 11 == 5 && i >= 900 ? i - 900 : i
            let born = "2001" + String(format: "%02d%02d", 1 + k % 12, 1 + k % 28)
            let id = RosterRowCheckTests.id(born: born, sequence: String(format: "%03d", k % 997))
            let note: String
            switch generator.below(10) {
            case 0: note = "\"" + (0..<(1 + generator.below(40))).map { "第\($0)行" }.joined(separator: "\n") + "\""
            case 1: note = "\"他说\"\"好\"\"\""
            default: note = ""
            }
            switch generator.below(60) {
            case 0: text += "\n"
            case 1: text += "\(number),张伟\n"
            case 2: text += "\(number),张伟,\(id),信息学院,软件工程,软件191,\(note),多余\n"
            case 3: text += "\(number),\"张\"伟,\(id),信息学院,软件工程,软件191,\n"
            default: break
            }
            text += "\(number),张伟\(i % 13),\(id),信息学院,\"软件,工程\",软件19\(i % 4),\(note)\n"
        }
        return text
    }
}

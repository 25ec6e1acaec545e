import Foundation
import Testing
@testable import TucaiCommands
import TucaiKernel

@Suite("institutions, show and compare")
struct PolicyCommandTests {
    @Test("institutions lists the five schools with their national codes")
    func institutions() {
        let run = CommandRun("institutions", "--format", "csv")
        #expect(run.status == 0)
        let lines = run.output.split(separator: "\r\n").map(String.init)
        for (id, code) in [("ynu", "10673"), ("ynau", "10676"), ("ucas", "14430"), ("nchu", "10406"), ("lsu", "10352")] {
            #expect(lines.contains { $0.hasPrefix("\(id),\(code),") }, "\(id) missing")
        }
    }

    @Test("show prints what the module holds: a make-up route's address, days and hours; a table's groups and subtotals")
    func showPrintsTheMakeUpRoutesWhole() {
        let expected = ["ynu": ["凤翥街 291 号未来新城 1105 室"], "lsu": ["A组  职业技术学院：建工181高", "职业技术学院 in 11B-103: 375", "room total in 11B-103: 875"], "ynau": ["新华楼3楼312室", "星期二", "09:00-12:00", "closed on public holidays"],
                        "ucas": ["宣武门外大街甲1号", "学信网采集二维码"]]
        for (school, words) in expected {
            let run = CommandRun("show", school)
            #expect(run.status == 0)
            for word in words { #expect(run.output.contains(word), "show \(school) lacks \(word)") }
        }
    }

    @Test("compare's text fits the terminal's width, every school side by side")
    func compareFitsTheTerminal() {
        let width = CompareCommand.terminalWidth
        for schools in [["ynu", "ynau", "ucas", "nchu", "lsu"], []] {
            let run = CommandRun(["compare"] + schools)
            #expect(run.status == 0)
            let widest = run.output.split(separator: "\n").map { Table.displayWidth(String($0)) }.max() ?? 0
            #expect(widest <= width && widest > width / 2, "\(schools.count) schools: \(widest) columns, the terminal has \(width)")
        }
    }

    @Test("compare prints a row per aspect and a column per school, every cell filled")
    func compareCSV() {
        let run = CommandRun("compare", "ynu", "ynau", "ucas", "nchu", "lsu", "--format", "csv")
        #expect(run.status == 0)
        let rows = run.output.split(separator: "\r\n").map { CSVLine.fields(String($0)) }
        #expect(rows.first == ["aspect", "ynu", "ynau", "ucas", "nchu", "lsu"])
        #expect(rows.count == PolicyAspect.all.count + 1)
        for row in rows {
            #expect(row.count == 6, "\(row)")
            #expect(!row.contains(""), "empty cell in \(row)")
        }
        let fee = rows.first { $0.first == "fee" }
        #expect(fee?[1].hasPrefix("30 元") == true)
        #expect(fee?[3] == "20 元")
        #expect(fee?[4] == "15 元")
    }

    @Test("compare's JSON is valid and holds the same cells", arguments: Table.Format.allCases)
    func compareFormats(format: Table.Format) throws {
        let run = CommandRun("compare", "ynau", "lsu", "--format", format.rawValue)
        #expect(run.status == 0)
        #expect(run.output.contains("students in the table"))
        if format == .json {
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: String]])
            #expect(rows.count == PolicyAspect.all.count)
            #expect(rows.first { $0["aspect"] == "sessions in the table" }?["ynau"] == "103")
        }
    }

    @Test("show prints every section of one policy")
    func show() {
        let run = CommandRun("show", "nchu")
        #expect(run.status == 0)
        for heading in ["INSTITUTION", "IDENTITY", "PAYMENT", "SCHEDULING", "CAPTURE"] { #expect(run.output.contains(heading)) }
        #expect(run.output.contains("D217041"))
    }

    @Test("an unknown institution is one line on stderr, exit 1")
    func unknown() {
        let run = CommandRun("show", "pku")
        #expect(run.status == 1)
        #expect(run.output.isEmpty)
        #expect(run.errors.hasPrefix("tucai show: unknown institution 'pku'; known: ynu (10673)"))
        #expect(run.errors.split(separator: "\n").count == 1)
    }

    @Test("usage errors point to --help and exit 2")
    func usage() {
        let badFormat = CommandRun("compare", "ynu", "--format", "xml")
        #expect(badFormat.status == 2)
        #expect(badFormat.errors.contains("--format must be one of text, markdown, csv, json, not 'xml'"))
        #expect(CommandRun("show").status == 2)
        #expect(CommandRun("institutions", "--verbose").errors.contains("unknown option --verbose"))
        #expect(CommandRun("frobnicate").status == 2)
    }

    @Test("every command answers --help with its abstract and usage")
    func help() {
        func visit(_ type: any Command.Type, path: [String]) {
            let run = CommandRun(path + ["--help"])
            #expect(run.status == 0, "\(path)")
            #expect(run.output.hasPrefix(type.abstract), "\(path)")
            #expect(run.output.contains("Usage: " + (["tucai"] + path).joined(separator: " ")), "\(path)")
            for sub in type.subcommands { visit(sub, path: path + [sub.name]) }
        }
        visit(Tucai.self, path: [])
    }
}

/// Splits one CSV record without line breaks (enough for the compare table, whose cells have none).
enum CSVLine {
    static func fields(_ line: String) -> [String] {
        var fields: [String] = [], field = "", quoted = false, previousQuote = false
        for character in line {
            if quoted {
                if character == "\"" { quoted = false; previousQuote = true } else { field.append(character) }
            } else if character == "\"" {
                if previousQuote { field.append("\"") }
                quoted = true
            } else if character == "," {
                fields.append(field); field = ""; previousQuote = false
            } else {
                field.append(character); previousQuote = false
            }
        }
        fields.append(field)
        return fields
    }
}

import Foundation
import Testing
import TucaiCommands
import TucaiCampaign
import TucaiKernel
import TucaiRegistry
import TucaiRoster
import TucaiSQLite

/// The three commands as a registrar uses them, on real files: exit codes, one-line errors, masked numbers.
@Suite struct CommandTests {
    static func run(_ words: [String]) -> (code: Int32, out: String, err: String) {
        let recording = RecordingConsole()
        let code = Tucai.run(words, console: recording.console)
        return (code, recording.output, recording.errors)
    }

    static func writeConfig(_ directory: TemporaryDirectory, _ fields: String = "\"students\": 300") throws -> String {
        let path = directory.path("ynau-2023.json")
        try Data("""
            {"institution": "ynau", "cohort": {"level": "undergraduate", "graduationYear": 2023}, "seed": 3, \(fields)}
            """.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func campaignRunLeavesADatabaseAndResumes() throws {
        let directory = TemporaryDirectory()
        let config = try Self.writeConfig(directory)
        let first = Self.run(["campaign", "run", config])
        #expect(first.code == 0, "\(first.err)")
        #expect(FileManager.default.fileExists(atPath: directory.path("ynau-2023.sqlite")))
        #expect(first.out.contains("in scope"))
        #expect(first.err.contains("before the day:"), "a progress line per stage")
        let second = Self.run(["campaign", "run", config])
        #expect(second.code == 0)
        #expect(second.out.contains("0 imported"))
        let events = { (text: String) in text.split(separator: "\n").first { $0.hasPrefix("history") } }
        #expect(events(first.out) != nil && events(first.out) == events(second.out))
    }

    @Test func aBadEventFileStopsTheRunBeforeAnyDatabaseIsCreated() throws {
        let directory = TemporaryDirectory()
        try Data("a,b\n1,2\n".utf8).write(to: URL(fileURLWithPath: directory.path("other.csv")))
        let config = try Self.writeConfig(directory, "\"events\": [\"other.csv\"]")
        let run = Self.run(["campaign", "run", config])
        #expect(run.code == 1)
        #expect(run.err.contains("other.csv:1: not an event file"), "\(run.err)")
        #expect(!FileManager.default.fileExists(atPath: directory.path("ynau-2023.sqlite")))
    }

    @Test func aMissingRosterStopsTheImportBeforeAnyDatabaseIsCreated() throws {
        let directory = TemporaryDirectory()
        let config = try Self.writeConfig(directory)
        let run = Self.run(["roster", "import", config, directory.path("nothere.csv")])
        #expect(run.code == 1)
        #expect(run.err == "tucai roster import: \(directory.path("nothere.csv")): cannot read the file\n")
        #expect(!FileManager.default.fileExists(atPath: directory.path("ynau-2023.sqlite")))
    }

    @Test func reconcilePrintsEveryListAndItsCSV() throws {
        let directory = TemporaryDirectory()
        let config = try Self.writeConfig(directory)
        #expect(Self.run(["campaign", "run", config]).code == 0)
        let text = Self.run(["reconcile", directory.path("ynau-2023.sqlite")])
        #expect(text.code == 0, "\(text.err)")
        for title in ["in scope, not captured", "captured, not paid", "paid, not captured", "sequence gaps and duplicates", "make-up list"] {
            #expect(text.out.contains(title))
        }
        let csv = Self.run(["reconcile", config, "--format", "csv"])
        #expect(csv.code == 0)
        let lines = csv.out.split(separator: "\r\n")
        #expect(lines.first == "section,student,name,id_number,unit,stage,paid_fen,owed_fen,refund_fen,due,series,number,route,place,note")
        #expect(lines.count > 1)
        // Resident ID numbers are 18 characters; none may appear whole.
        let whole = try Regex(#"\d{17}[\dX]"#)
        #expect(text.out.firstMatch(of: whole) == nil && csv.out.firstMatch(of: whole) == nil)
    }

    @Test func aMissingDatabaseIsOneLineAndExitCode1() {
        let directory = TemporaryDirectory()
        let result = Self.run(["reconcile", directory.path("none.sqlite")])
        #expect(result.code == 1)
        #expect(result.err.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: directory.path("none.sqlite")))
    }

    @Test func rosterImportReportsBadRowsByLineAndStoresTheRest() throws {
        let directory = TemporaryDirectory()
        let config = try Self.writeConfig(directory)
        let roster = directory.path("roster.csv")
        // Line 3 repeats line 2's student number; line 4's ID number has a wrong check character.
        try Data("""
            学号,姓名,身份证号,专业,学历层次,入学年份,学制\r
            2019100001,张三,110105200001011238,茶学,本科,2019,4\r
            2019100001,李四,110105200002021243,茶学,本科,2019,4\r
            2019100003,王五,110105200003031250,茶学,本科,2019,4\r
            2019100004,赵六,110105200004041264,茶学,本科,2019,4\r

            """.utf8).write(to: URL(fileURLWithPath: roster))
        let first = Self.run(["roster", "import", config, roster])
        #expect(first.code == 1)
        #expect(first.err.contains("roster.csv:3:"))
        #expect(first.err.contains("roster.csv:4:"))
        #expect(!first.err.contains("110105200003031250"), "an ID number printed whole")
        #expect(first.out.contains("2 imported"))
        let store = try SQLiteCampaignStore(path: directory.path("ynau-2023.sqlite"), create: false)
        #expect(try store.students().map(\.number) == ["2019100001", "2019100004"])
        #expect(try store.students().allSatisfy { $0.eligibility.isInScope })
        let again = Self.run(["roster", "import", config, roster])
        #expect(again.out.contains("0 imported + 2 already stored"))
        #expect(again.out.contains("campaign: 2 students"), "\(again.out)")
        #expect(try store.eventCount() == 2)

        // A later roster that renames a stored student: read back from the store (the import holds no campaign),
        // found to differ, reported with its line, and the stored record kept.
        let renamed = directory.path("renamed.csv")
        try Data("""
            学号,姓名,身份证号,专业,学历层次,入学年份,学制\r
            2019100004,赵七,110105200004041264,茶学,本科,2019,4\r
            2019100005,钱八,11010520000505127X,茶学,本科,2019,4\r

            """.utf8).write(to: URL(fileURLWithPath: renamed))
        let third = Self.run(["roster", "import", config, renamed])
        #expect(third.code == 1)
        #expect(third.err.contains("renamed.csv:2: field '学号': student 2019100004 is already stored with other particulars (from line 5)"), "\(third.err)")
        #expect(third.out.contains("1 imported + 0 already stored + 1 stored with other particulars"), "\(third.out)")
        #expect(try store.student(number: "2019100004")?.student.name == "赵六")
        #expect(try store.studentCount() == 3)
    }

    /// The same two students as Excel on Chinese Windows saves them ("CSV": GBK).
    static let gbkRoster: [UInt8] = [
            0xD1, 0xA7, 0xBA, 0xC5, 0x2C, 0xD0, 0xD5, 0xC3, 0xFB, 0x2C, 0xC9, 0xED, 0xB7, 0xDD, 0xD6, 0xA4, 0xBA, 0xC5, 0x2C, 0xD7,
            0xA8, 0xD2, 0xB5, 0x2C, 0xD1, 0xA7, 0xC0, 0xFA, 0xB2, 0xE3, 0xB4, 0xCE, 0x2C, 0xC8, 0xEB, 0xD1, 0xA7, 0xC4, 0xEA, 0xB7,
            0xDD, 0x2C, 0xD1, 0xA7, 0xD6, 0xC6, 0x0D, 0x0A, 0x32, 0x30, 0x31, 0x39, 0x31, 0x30, 0x30, 0x30, 0x30, 0x31, 0x2C, 0xD5,
            0xC5, 0xC8, 0xFD, 0x2C, 0x31, 0x31, 0x30, 0x31, 0x30, 0x35, 0x32, 0x30, 0x30, 0x30, 0x30, 0x31, 0x30, 0x31, 0x31, 0x32,
            0x33, 0x38, 0x2C, 0xB2, 0xE8, 0xD1, 0xA7, 0x2C, 0xB1, 0xBE, 0xBF, 0xC6, 0x2C, 0x32, 0x30, 0x31, 0x39, 0x2C, 0x34, 0x0D,
            0x0A, 0x32, 0x30, 0x31, 0x39, 0x31, 0x30, 0x30, 0x30, 0x30, 0x34, 0x2C, 0xD5, 0xD4, 0xC1, 0xF9, 0x2C, 0x31, 0x31, 0x30,
            0x31, 0x30, 0x35, 0x32, 0x30, 0x30, 0x30, 0x30, 0x34, 0x30, 0x34, 0x31, 0x32, 0x36, 0x34, 0x2C, 0xB2, 0xE8, 0xD1, 0xA7,
            0x2C, 0xB1, 0xBE, 0xBF, 0xC6, 0x2C, 0x32, 0x30, 0x31, 0x39, 0x2C, 0x34, 0x0D, 0x0A,
    ]
    static let utf8Roster = "学号,姓名,身份证号,专业,学历层次,入学年份,学制\r\n2019100001,张三,110105200001011238,茶学,本科,2019,4\r\n"
        + "2019100004,赵六,110105200004041264,茶学,本科,2019,4\r\n"

    @Test func rosterImportReadsTheFilesExcelWritesAndNamesATruncatedLine() throws {
        let gbk = TemporaryDirectory()
        try Data(Self.gbkRoster).write(to: gbk.url.appending(path: "roster.csv"))
        let fromGBK = Self.run(["roster", "import", try Self.writeConfig(gbk), gbk.path("roster.csv")])
        #expect(fromGBK.code == 0, "\(fromGBK.err)")
        #expect(fromGBK.out.contains("(\(RosterEncoding.gb18030))") && fromGBK.out.contains("2 imported"))

        let bom = TemporaryDirectory()
        try Data([0xEF, 0xBB, 0xBF] + Array(Self.utf8Roster.utf8)).write(to: bom.url.appending(path: "roster.csv"))
        let fromBOM = Self.run(["roster", "import", try Self.writeConfig(bom), bom.path("roster.csv")])
        #expect(fromBOM.code == 0, "\(fromBOM.err)")
        #expect(fromBOM.out.contains("(\(RosterEncoding.utf8WithBOM))") && fromBOM.out.contains("2 imported"))
        let gbkStore = try SQLiteCampaignStore(path: gbk.path("ynau-2023.sqlite"), create: false)
        let bomStore = try SQLiteCampaignStore(path: bom.path("ynau-2023.sqlite"), create: false)
        #expect(try gbkStore.students().map(\.student) == bomStore.students().map(\.student), "GBK and UTF-8 read differently")
        #expect(try gbkStore.students().first?.student.name == "张三")

        let cut = TemporaryDirectory()
        try Data((Self.utf8Roster + "2019100005,钱七,1101052000").utf8).write(to: cut.url.appending(path: "roster.csv"))
        let truncated = Self.run(["roster", "import", try Self.writeConfig(cut), cut.path("roster.csv")])
        #expect(truncated.code == 1)
        #expect(truncated.err.contains("roster.csv:4:"), "\(truncated.err)")
        #expect(truncated.out.contains("2 imported"))
    }

    @Test func aDatabaseOfAnotherCampaignIsRefused() throws {
        let directory = TemporaryDirectory()
        let config = try Self.writeConfig(directory)
        #expect(Self.run(["campaign", "run", config]).code == 0)
        let other = directory.path("other.json")
        try Data("""
            {"institution": "ynu", "cohort": {"level": "graduate", "graduationYear": 2021}, "database": "ynau-2023.sqlite", "students": 10}
            """.utf8).write(to: URL(fileURLWithPath: other))
        let result = Self.run(["campaign", "run", other])
        #expect(result.code == 1)
        #expect(result.err.contains("ynau"))
        #expect(result.err.contains("holds the campaign ynau undergraduate 2023"), "\(result.err)")
        #expect(result.err.contains("not ynu graduate 2021"), "\(result.err)")
    }

    @Test func rosterImportStampsTheSameMomentAsCampaignRun() throws {
        let directory = TemporaryDirectory()
        let config = try Self.writeConfig(directory)
        let roster = directory.path("roster.csv")
        try Data(Self.utf8Roster.utf8).write(to: URL(fileURLWithPath: roster))
        #expect(Self.run(["roster", "import", config, roster]).code == 0)
        let workflow = Workflow(config: try CampaignConfig.load(URL(fileURLWithPath: config), registry: institutionRegistry))
        let store = try SQLiteCampaignStore(path: directory.path("ynau-2023.sqlite"), create: false)
        let imported = try store.history(of: "2019100001").first
        #expect(imported?.change.kind == "imported")
        #expect(imported?.at == CampaignTimeline(workflow: workflow).rosterImport)
    }

    @Test func historyMasksTheIDNumber() throws {
        let directory = TemporaryDirectory()
        let config = try Self.writeConfig(directory)
        #expect(Self.run(["campaign", "run", config]).code == 0)
        let store = try SQLiteCampaignStore(path: directory.path("ynau-2023.sqlite"), create: false)
        let student = try #require(try store.students().first { $0.stage == .closed })
        let result = Self.run(["campaign", "history", config, student.number])
        #expect(result.code == 0)
        #expect(result.out.contains(Masked.number(student.student.idNumber!)))
        #expect(!result.out.contains(student.student.idNumber!))
        #expect(result.out.contains("captured") && result.out.contains("closed"))
    }
}


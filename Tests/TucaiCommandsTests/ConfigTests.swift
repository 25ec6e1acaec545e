import Foundation
import Testing
import TucaiCommands

@Suite("Campaign config files")
struct ConfigTests {
    @Test("a good config selects the institution by identifier or national code")
    func goodConfig() throws {
        for name in ["ynau", "10676"] {
            let file = try temporaryFile(#"{"institution": "\#(name)", "cohort": {"level": "undergraduate", "graduationYear": 2023}, "seed": 7}"#)
            let run = CommandRun("config", "check", file.path)
            #expect(run.status == 0, "\(run.errors)")
            #expect(run.output.contains("ynau 云南农业大学"))
            #expect(run.output.contains("seed 7"))
        }
    }

    @Test("an unknown institution is one line that lists the known ones, exit 1")
    func unknownInstitution() throws {
        let file = try temporaryFile("{\n  \"institution\": \"pku\",\n  \"cohort\": {\"level\": \"graduate\", \"graduationYear\": 2025}\n}\n")
        let run = CommandRun("config", "check", file.path)
        #expect(run.status == 1)
        #expect(run.output.isEmpty)
        #expect(run.errors.split(separator: "\n").count == 1)
        #expect(run.errors.contains("\(file.path):2: field 'institution': unknown institution 'pku'"))
        for known in ["ynu", "ynau", "ucas", "nchu", "lsu"] { #expect(run.errors.contains(known)) }
    }

    @Test("a config saved with Windows line ends names the field's own line")
    func windowsLineEnds() throws {
        let file = try temporaryFile("{\r\n  \"institution\": \"ynau\",\r\n  \"cohort\": {\"level\": \"undergraduate\", \"graduationYear\": 2023},\r\n  \"students\": -4\r\n}\r\n")
        let run = CommandRun("config", "check", file.path)
        #expect(run.status == 1)
        #expect(run.errors.contains("\(file.path):4: field 'students'"), "\(run.errors)")
    }

    @Test("malformed JSON names its line and column, exit 1")
    func malformed() throws {
        let file = try temporaryFile("{\n  \"institution\": \"ynu\",\n  \"cohort\": {\"level\": \"graduate\",, \"graduationYear\": 2021}\n}\n")
        let run = CommandRun("config", "check", file.path)
        #expect(run.status == 1)
        #expect(run.errors.split(separator: "\n").count == 1)
        #expect(run.errors.contains("\(file.path):3: malformed JSON at column"), "\(run.errors)")
        #expect(!run.errors.contains("Error Domain"))
    }

    @Test("a field of the wrong type is named with its line", arguments: [
        (#"{"institution": 10673, "cohort": {"level": "graduate", "graduationYear": 2021}}"#, "field 'institution': must be a string"),
        (#"{"institution": "ynu", "cohort": {"level": "phd", "graduationYear": 2021}}"#, "field 'cohort.level': must be graduate or undergraduate"),
        (#"{"institution": "ynu", "cohort": {"level": "graduate", "graduationYear": "2021"}}"#, "field 'cohort.graduationYear': must be a whole number"),
        (#"{"institution": "ynu", "cohort": {"level": "graduate", "graduationYear": 2021}, "seed": true}"#, "field 'seed': must be a whole number"),
        (#"{"institution": "ynu", "cohort": {"level": "graduate", "graduationYear": 2021}, "seed": 1.5}"#, "field 'seed': must be a whole number"),
        (#"{"institution": "ynu", "cohort": {"level": "graduate", "graduationYear": 2021}, "overrides": {"captureDates": ["2020-11-31"]}}"#, "field 'overrides.captureDates': '2020-11-31' is not a date"),
        (#"{"institution": "ynu", "cohort": {"level": "graduate", "graduationYear": 2021}, "instituton": "x"}"#, "field 'instituton': unknown field"),
        (#"{"cohort": {"level": "graduate", "graduationYear": 2021}}"#, "field 'institution': is required"),
        (#"{"institution": "ynu", "cohort": {"level": "graduate", "graduationYear": 2021}, "overrides": {"captureDates": []}}"#, "field 'overrides.captureDates': must name at least one date"),
        (#"{"institution": "ynu", "cohort": {"level": "graduate", "graduationYear": 2021}, "overrides": {"rooms": []}}"#, "field 'overrides.rooms': must name at least one room"),
        (#"[1, 2]"#, "the config must be a JSON object"),
    ])
    func wrongType(json: String, message: String) throws {
        let file = try temporaryFile(json)
        let run = CommandRun("config", "check", file.path)
        #expect(run.status == 1)
        #expect(run.errors.contains(message), "\(run.errors)")
        #expect(run.errors.split(separator: "\n").count == 1)
    }

    @Test("whole numbers are accepted where numbers are expected")
    func wholeNumbers() throws {
        let file = try temporaryFile(#"{"institution": "ynu", "cohort": {"level": "graduate", "graduationYear": 2021}, "seed": 1, "students": 0}"#)
        #expect(CommandRun("config", "check", file.path).status == 0)
    }

    @Test("a line break in a key or a value is escaped: the error stays one line (found by Fuzz/run config)")
    func lineBreakInAnError() throws {
        for json in [#"{"\r":9}"#, #"{"institution": "no\nwhere", "cohort": {"level": "graduate", "graduationYear": 2021}}"#] {
            let file = try temporaryFile(json)
            let run = CommandRun("config", "check", file.path)
            #expect(run.status == 1)
            #expect(run.errors.split(whereSeparator: \.isNewline).count == 1, "\(run.errors.debugDescription)")
        }
    }

    @Test("a missing file is one line, exit 1")
    func missingFile() {
        let run = CommandRun("config", "check", "/nonexistent/campaign.json")
        #expect(run.status == 1)
        #expect(run.errors == "tucai config check: /nonexistent/campaign.json: cannot read the file\n")
    }
}

import Foundation
import Testing
import TucaiCommands

/// Every number a config or a command line gives has a range, and a value outside it is one line and exit 1
/// (2 for the command line), never a signal or a run that eats the machine.
private let ynau = #""institution": "ynau", "cohort": {"level": "undergraduate", "graduationYear": 2023}"#

@Suite("Input limits")
struct InputLimitTests {

    @Test("a config number, cohort, date or path out of range is one line naming the field, exit 1", arguments: [
        (#"{\#(ynau), "students": 1000000000000}"#, "field 'students': must be from 0 to 20000000, not 1000000000000"),
        (#"{\#(ynau), "students": 20000001}"#, "field 'students': must be from 0 to 20000000, not 20000001"),
        (#"{\#(ynau), "students": -1}"#, "field 'students': must be from 0 to 20000000, not -1"),
        (#"{\#(ynau), "students": 1e300}"#, "field 'students': must be from 0 to 20000000, not 1e+300"),
        (#"{\#(ynau), "seed": -3}"#, "field 'seed': must be from 0 to 18446744073709551615, not -3"),
        (#"{\#(ynau), "seed": 18446744073709551616}"#, "field 'seed': must be from 0 to 18446744073709551615, not 18446744073709551616"),
        (#"{\#(ynau), "seed": 1e300}"#, "field 'seed': must be from 0 to 18446744073709551615, not 1e+300"),
        (#"{"institution": "ynau", "cohort": {"level": "undergraduate", "graduationYear": -5}}"#,
         "field 'cohort.graduationYear': must be from 1950 to 2100, not -5"),
        (#"{"institution": "ynau", "cohort": {"level": "undergraduate", "graduationYear": 0}}"#,
         "field 'cohort.graduationYear': must be from 1950 to 2100, not 0"),
        (#"{"institution": "ynau", "cohort": {"level": "undergraduate", "graduationYear": 99999999999999999999}}"#,
         "field 'cohort.graduationYear': must be from 1950 to 2100, not 99999999999999999999"),
        (#"{"institution": "ynau", "cohort": {"level": "undergraduate", "graduationYear": 2024}}"#,
         "field 'cohort': ynau photographs undergraduate 2023, not undergraduate 2024"),
        (#"{"institution": "ynau", "cohort": {"level": "graduate", "graduationYear": 2023}}"#,
         "field 'cohort': ynau photographs undergraduate 2023, not graduate 2023"),
        (#"{"institution": "ynu", "cohort": {"level": "undergraduate", "graduationYear": 2021}}"#,
         "field 'cohort': ynu photographs graduate 2020, graduate 2021, not undergraduate 2021"),
        (#"{\#(ynau), "overrides": {"captureDates": ["1970-01-01"]}}"#,
         "field 'overrides.captureDates': 1970-01-01 is outside the 2023 cohort's campaign years, 2020 to 2024"),
        (#"{\#(ynau), "overrides": {"captureDates": ["2022-11-19", "9999-12-31"]}}"#,
         "field 'overrides.captureDates': 9999-12-31 is outside the 2023 cohort's campaign years, 2020 to 2024"),
        (#"{\#(ynau), "database": "../../../tmp/x.sqlite"}"#,
         "field 'database': '../../../tmp/x.sqlite' leaves the config's folder; give an absolute path to use a file elsewhere"),
        (#"{\#(ynau), "roster": "data/../../roster.csv"}"#, "field 'roster': 'data/../../roster.csv' leaves the config's folder"),
        (#"{\#(ynau), "events": ["payments.csv", "../payments.csv"]}"#, "field 'events': '../payments.csv' leaves the config's folder"),
        (#"{\#(ynau), "sessionTable": ".."}"#, "field 'sessionTable': '..' leaves the config's folder"),
        (#"{\#(ynau), "database": ""}"#, "field 'database': must name a file"),
        (#"{\#(ynau), "database": "a\u0000b.sqlite"}"#, "field 'database': 'a\\0b.sqlite' holds the control character U+0000, which no path may hold"),
    ])
    func configOutOfRange(json: String, message: String) throws {
        let file = try temporaryFile(json)
        let run = CommandRun("config", "check", file.path)
        #expect(run.status == 1)
        #expect(run.output.isEmpty)
        #expect(run.errors.hasPrefix("tucai config check: \(file.path):1: "), "\(run.errors)")
        #expect(run.errors.contains(message), "\(run.errors)")
        #expect(run.errors.split(separator: "\n").count == 1)
    }

    @Test("the ends of each range are accepted, and an absolute path or one that stays inside the folder")
    func configInRange() throws {
        for json in [
            #"{\#(ynau), "students": 20000000, "seed": 18446744073709551615}"#,
            #"{\#(ynau), "students": 0, "seed": 0}"#,
            #"{\#(ynau), "seed": 2023.0}"#,
            #"{\#(ynau), "overrides": {"captureDates": ["2020-01-01", "2024-12-31"]}}"#,
            #"{\#(ynau), "database": "/tmp/tucai-elsewhere.sqlite", "roster": "data/../roster.csv", "events": ["./e/payments.csv"]}"#,
            #"{"institution": "ynu", "cohort": {"level": "graduate", "graduationYear": 2020}}"#,
        ] {
            let file = try temporaryFile(json)
            let run = CommandRun("config", "check", file.path)
            #expect(run.status == 0, "\(json): \(run.errors)")
        }
        let file = try temporaryFile(#"{\#(ynau), "database": "/tmp/tucai-elsewhere.sqlite", "roster": "data/../roster.csv"}"#)
        let output = CommandRun("config", "check", file.path).output
        #expect(output.contains("database     /tmp/tucai-elsewhere.sqlite"), "\(output)")
        #expect(output.contains(file.deletingLastPathComponent().appending(path: "roster.csv").path)
                || output.contains(file.deletingLastPathComponent().path + "/data/../roster.csv"), "\(output)")
    }

    @Test("every example config names a cohort its school photographs, and passes the check")
    func everyExampleLoads() throws {
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appending(path: "Examples")
        let names = try FileManager.default.contentsOfDirectory(atPath: examples.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(names.count >= 11, "the examples folder \(examples.path) holds \(names.count) configs")
        for name in names {
            let run = CommandRun("config", "check", examples.appending(path: name).path)
            #expect(run.status == 0, "\(name): \(run.errors)")
        }
    }

    static let roomNames201: String = (1...201).map { "R\($0)" }.joined(separator: ",")

    static let scheduleOptions: [([String], String)] = [
        (["--rate", "1e300"], "--rate must be students per minute from 0.1 to 100, like 3.2, not '1e300'"),
        (["--rate", "1e-300"], "--rate must be students per minute from 0.1 to 100, like 3.2, not '1e-300'"),
        (["--rate", "0.05"], "--rate must be students per minute from 0.1 to 100"),
        (["--rate", "100.5"], "--rate must be students per minute from 0.1 to 100"),
        (["--rate", "inf"], "--rate must be students per minute from 0.1 to 100"),
        (["--rate", "nan"], "--rate must be students per minute from 0.1 to 100"),
        (["--rate", "0"], "--rate must be students per minute from 0.1 to 100"),
        (["--rooms", "9223372036854775807"], "--rooms must be a number from 1 to 200 or a list of names, not '9223372036854775807'"),
        (["--rooms", "99999999999999999999"], "--rooms must be a number from 1 to 200 or a list of names, not '99999999999999999999'"),
        (["--rooms", "100000"], "--rooms must be a number from 1 to 200 or a list of names, not '100000'"),
        (["--rooms", "201"], "--rooms must be a number from 1 to 200"),
        (["--rooms", "0"], "--rooms must be a number from 1 to 200"),
        (["--rooms", "-3"], "--rooms must be a number from 1 to 200"),
        (["--rooms", roomNames201], "--rooms names 201 rooms; at most 200"),
    ]

    @Test("a schedule option out of range is a usage error, exit 2, before anything is planned", arguments: scheduleOptions)
    func scheduleOptionOutOfRange(options: [String], message: String) {
        let run = CommandRun(["schedule", "plan", "ynau"] + options)
        #expect(run.status == 2)
        #expect(run.output.isEmpty)
        #expect(run.errors.hasPrefix("tucai schedule plan: " + message), "\(run.errors)")
    }

    @Test("--rate out of range is refused by check and compare too")
    func rateEverywhere() {
        for command in ["check", "compare"] {
            let run = CommandRun("schedule", command, "ynau", "--rate", "1e300")
            #expect(run.status == 2, "\(command)")
            #expect(run.errors.hasPrefix("tucai schedule \(command): --rate must be students per minute from 0.1 to 100"), "\(run.errors)")
        }
    }

    @Test("the ends of the ranges plan")
    func scheduleInRange() {
        #expect(CommandRun("schedule", "plan", "ynau", "--rate", "100").status == 0)
        let slow = CommandRun("schedule", "plan", "ynau", "--rate", "0.1")
        #expect(slow.status == 1, "no unit fits a window at one student every ten minutes: said in one line")
        #expect(slow.errors.split(separator: "\n").count == 1, "\(slow.errors)")
        #expect(CommandRun("schedule", "plan", "ynau", "--rooms", "1").status == 0)
    }

    @Test("a headcount beyond any unit in a units file or a table is refused with its line")
    func headcounts() throws {
        let units = try temporaryFile("unit,headcount\n数学,9223372036854775807\n物理,100001\n化学,40\n", name: "units.csv")
        let plan = CommandRun("schedule", "plan", "ynau", "--units", units.path)
        #expect(plan.status == 1)
        #expect(plan.errors.contains("\(units.path):2: field 'headcount': 9223372036854775807 must be from 1 to 100000"), "\(plan.errors)")
        #expect(plan.errors.contains("\(units.path):3: field 'headcount': 100001 must be from 1 to 100000"), "\(plan.errors)")

        let table = try temporaryFile("date,room,start,end,units,headcount\n2022-11-19,A101,08:30,09:10,数学,9223372036854775807\n"
                                      + "2022-11-19,A101,09:10,09:50,物理,40\n", name: "table.csv")
        let check = CommandRun("schedule", "check", table.path)
        #expect(check.status == 1)
        #expect(check.output.contains("field 'headcount': 9223372036854775807 is more than 100000 students"), "\(check.output)")
        for command in ["plan", "compare"] {
            let run = CommandRun("schedule", command, table.path)
            #expect(run.status == 1, "\(command): \(run.errors)")
            #expect(run.errors.split(separator: "\n").count == 1, "\(command): \(run.errors)")
        }
    }

    @Test("more units than one plan takes is one line, exit 1")
    func tooManyUnits() throws {
        let units = try temporaryFile("unit,headcount\n" + (1...5_001).map { "u\($0),30\n" }.joined(), name: "units.csv")
        let run = CommandRun("schedule", "plan", "ynau", "--units", units.path)
        #expect(run.status == 1)
        #expect(run.errors == "tucai schedule plan: \(units.path): 5001 units, more than the 5000 one plan takes; plan a part of them at a time\n")
    }

    @Test("--batch out of range is a usage error")
    func batch() throws {
        let file = try temporaryFile(#"{\#(ynau), "students": 10}"#)
        for value in ["0", "1000001", "99999999999999999999"] {
            let run = CommandRun("campaign", "run", file.path, "--batch", value)
            #expect(run.status == 2, "\(value): \(run.errors)")
        }
        #expect(!FileManager.default.fileExists(atPath: file.deletingLastPathComponent().appending(path: "campaign.sqlite").path))
    }
}

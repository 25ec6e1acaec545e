import Foundation
import Testing
import TucaiKernel
import TucaiCampaign
import TucaiSQLite

/// A campaign killed with SIGKILL at random points and run again ends exactly where an uninterrupted run
/// of the same config ends: no student, event or payment lost or written twice, no sequence number held
/// twice. The campaign runs in the built `tucai` executable, in a child process.
@Suite struct CrashSafetyTests {
    /// The `tucai` executable beside the test bundle in the build products directory.
    static var tucai: URL? {
        let places = [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(), Bundle.main.bundleURL.deletingLastPathComponent(),
                      Bundle.main.bundleURL]
        return places.map { $0.appending(path: "tucai") }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    static func config(_ directory: TemporaryDirectory, database: String) throws -> String {
        let path = directory.path(database + ".json")
        try Data("""
            {"institution": "nchu", "cohort": {"level": "undergraduate", "graduationYear": 2023}, "seed": 11, "students": 2500,
             "database": "\(database).sqlite"}
            """.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func campaign(_ tucai: URL, _ config: String, killAfter seconds: Double?) throws -> (exit: Int32, killed: Bool) {
        let process = Process()
        process.executableURL = tucai
        // Small transactions, so that a kill lands between many commits and inside many more.
        process.arguments = ["campaign", "run", config, "--batch", "25"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var killed = false
        if let seconds {
            let deadline = Date().addingTimeInterval(seconds)
            while process.isRunning && Date() < deadline { usleep(5_000) }
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                killed = true
            }
        }
        process.waitUntilExit()
        return (process.terminationStatus, killed)
    }

    @Test(.timeLimit(.minutes(2)))
    func aKilledCampaignResumesWithNothingLostOrDuplicated() throws {
        let tucai = try #require(Self.tucai, "the tucai executable is not beside the test bundle; build it with 'swift build'")
        let directory = TemporaryDirectory()
        let killedConfig = try Self.config(directory, database: "killed")
        let cleanConfig = try Self.config(directory, database: "clean")

        // Kill points drawn from a fixed seed (TUCAI_KILL_SEED overrides it), later each time, as each run
        // resumes further on. Where a kill lands still depends on the machine's speed; the seed fixes the delays.
        let seed = ProcessInfo.processInfo.environment["TUCAI_KILL_SEED"].flatMap { UInt64($0) } ?? 20_221_119
        print("CrashSafetyTests: kill delays drawn with seed \(seed)")
        var random = SplitMix64(seed: seed)
        var kills = 0
        for attempt in 0..<6 {
            let delay = 0.15 + Double(attempt) * 0.25 + Double.random(in: 0..<0.35, using: &random)
            let result = try Self.campaign(tucai, killedConfig, killAfter: delay)
            if result.killed { kills += 1 } else { #expect(result.exit == 0) }
            // Whatever was committed opens and reads.
            let store = try SQLiteCampaignStore(path: directory.path("killed.sqlite"), create: false)
            _ = try store.students()
        }
        #expect(kills > 0, "no run was killed before it finished")
        #expect(try Self.campaign(tucai, killedConfig, killAfter: nil).exit == 0)
        #expect(try Self.campaign(tucai, cleanConfig, killAfter: nil).exit == 0)

        let killed = try SQLiteCampaignStore(path: directory.path("killed.sqlite"), create: false)
        let clean = try SQLiteCampaignStore(path: directory.path("clean.sqlite"), create: false)
        let students = try killed.students()
        #expect(students.count == 2500)
        #expect(students == (try clean.students()), "the states differ from an uninterrupted run")
        #expect(Set(students.map(\.number)).count == students.count)
        let numbers = students.compactMap(\.state.sequenceNumber)
        #expect(!numbers.isEmpty && Set(numbers).count == numbers.count, "a sequence number is held twice")
        #expect(students.allSatisfy { $0.state.capture == nil || $0.state.capture?.makeUpRoute != nil || $0.state.sequenceNumber != nil })

        let killedPayments = try killed.payments()
        #expect(Set(killedPayments.map(\.id)).count == killedPayments.count)
        #expect(killedPayments == (try clean.payments()))

        let killedEvents = Dictionary(grouping: try killed.events(), by: \.studentNumber)
        let cleanEvents = Dictionary(grouping: try clean.events(), by: \.studentNumber)
        #expect(killedEvents.count == students.count)
        #expect(killedEvents == cleanEvents, "a history differs from an uninterrupted run's")
        #expect(try killed.eventCount() == (try clean.eventCount()))
    }
}

/// Resuming after every stage's commit gives exactly what an uninterrupted run gives, on a replay whose
/// payments come after the check-ins (云南农业大学: 20 students show their code at 09:00, unbooked, and pay at
/// 12:00, which books them): applied rows are not applied again to a state that is further along.
@Suite struct StageKillTests {
    static let ynau = Fixtures.workflow("ynau")

    static func campaign(in directory: TemporaryDirectory, database: String) throws -> String {
        let major = ynau.sessions[0].units[0]
        let day = ynau.sessions[0].date
        let numbers = (1...20).map { String(format: "20191%05d", $0) }
        if !FileManager.default.fileExists(atPath: directory.path("roster.csv")) {
            try Data(("学号,姓名,专业,学历层次,入学年份,学制\n" + numbers.map { "\($0),学生\($0.suffix(2)),\(major),本科,2019,4\n" }.joined()).utf8)
                .write(to: directory.url.appending(path: "roster.csv"))
            try Data(("student_number,credential,checked_in_at\n" + numbers.map { "\($0),reservationQRCode,\(day) 09:00\n" }.joined()).utf8)
                .write(to: directory.url.appending(path: "checkins.csv"))
            try Data(("payment_id,student_number,amount_fen,paid_at\n" + numbers.map { "APP-\($0),\($0),3000,\(day) 12:00\n" }.joined()).utf8)
                .write(to: directory.url.appending(path: "payments.csv"))
        }
        let path = directory.path(database + ".json")
        try Data("""
            {"institution": "ynau", "cohort": {"level": "undergraduate", "graduationYear": 2023}, "roster": "roster.csv",
             "events": ["checkins.csv", "payments.csv"], "database": "\(database).sqlite"}
            """.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func run(_ tucai: URL, _ config: String, killAfter stage: String?) throws -> Int32 {
        let process = Process()
        process.executableURL = tucai
        process.arguments = ["campaign", "run", config, "--batch", "7"]
        var environment = ProcessInfo.processInfo.environment
        environment["TUCAI_KILL_AFTER_STAGE"] = stage
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal ? -process.terminationStatus : process.terminationStatus
    }

    static func snapshot(_ path: String, _ workflow: Workflow) throws -> (students: [StudentRecord], payments: [Payment], balance: MoneyBalance,
                                                                        events: [CampaignEvent], rows: [InputRow]) {
        let store = try SQLiteCampaignStore(path: path, create: false)
        let students = try store.students(), payments = try store.payments()
        return (students, payments, MoneyBalance(records: students, payments: payments), try store.events(), try store.inputRows())
    }

    @Test(.timeLimit(.minutes(2)))
    func aRunKilledAfterEachStageResumesToTheSameCampaign() throws {
        let tucai = try #require(CrashSafetyTests.tucai, "the tucai executable is not beside the test bundle; build it with 'swift build'")
        let directory = TemporaryDirectory()
        let clean = try Self.campaign(in: directory, database: "clean")
        // Every check-in is refused (nobody has booked at 09:00), so a finished run exits 1 and says so.
        #expect(try Self.run(tucai, clean, killAfter: nil) == 1)
        let expected = try Self.snapshot(directory.path("clean.sqlite"), Self.ynau)
        #expect(expected.students.count == 20)
        #expect(expected.students.allSatisfy { $0.stage == .makeUp && $0.state.refund?.amount == .yuan(30) }, "paid, booked, never photographed")
        #expect(expected.balance.refundsDue == .yuan(600) && expected.balance.balances)
        #expect(expected.rows.filter { !$0.applied }.count == 20, "the 20 check-ins are stored as refused")

        var partial = 0
        for stage in ["import", "notify", "replay", "collection over", "make-up"] {
            let killed = try Self.campaign(in: directory, database: "killed-\(stage.replacingOccurrences(of: " ", with: "-"))")
            #expect(try Self.run(tucai, killed, killAfter: stage) == -SIGKILL, "the run was not killed after '\(stage)'")
            let database = directory.path("killed-\(stage.replacingOccurrences(of: " ", with: "-")).sqlite")
            if try Self.snapshot(database, Self.ynau).students != expected.students { partial += 1 }
            #expect(try Self.run(tucai, killed, killAfter: nil) == 1)
            let resumed = try Self.snapshot(database, Self.ynau)
            #expect(resumed.students == expected.students, "after a kill following '\(stage)', the students differ")
            #expect(resumed.payments == expected.payments, "after a kill following '\(stage)', the payments differ")
            #expect(resumed.balance == expected.balance, "after a kill following '\(stage)', the money differs")
            #expect(resumed.events == expected.events, "after a kill following '\(stage)', the history differs")
            #expect(resumed.rows == expected.rows, "after a kill following '\(stage)', the input rows differ")
        }
        #expect(partial >= 4, "the kills left fewer partial campaigns than stages killed after")
    }

    /// The same for a simulated campaign (南昌航空大学: classes pay by the deadline, numbers at the ID swipe),
    /// killed after each of its stages.
    @Test(.timeLimit(.minutes(2)))
    func aSimulatedRunKilledAfterEachStageResumesToTheSameCampaign() throws {
        let tucai = try #require(CrashSafetyTests.tucai, "the tucai executable is not beside the test bundle; build it with 'swift build'")
        let directory = TemporaryDirectory()
        func config(_ database: String) throws -> String {
            let path = directory.path(database + ".json")
            try Data("""
                {"institution": "nchu", "cohort": {"level": "undergraduate", "graduationYear": 2023}, "seed": 5, "students": 300,
                 "database": "\(database).sqlite"}
                """.utf8).write(to: URL(fileURLWithPath: path))
            return path
        }
        #expect(try Self.run(tucai, try config("clean"), killAfter: nil) == 0)
        let expected = try Self.snapshot(directory.path("clean.sqlite"), Fixtures.workflow("nchu"))
        var partial = 0
        for (index, stage) in ["import", "before the day", "pay per class", "capture on", "collection over", "make-up"].enumerated() {
            let killed = try config("killed-\(index)")
            #expect(try Self.run(tucai, killed, killAfter: stage) == -SIGKILL, "the run was not killed after '\(stage)'")
            if try Self.snapshot(directory.path("killed-\(index).sqlite"), Fixtures.workflow("nchu")).students != expected.students { partial += 1 }
            #expect(try Self.run(tucai, killed, killAfter: nil) == 0)
            let resumed = try Self.snapshot(directory.path("killed-\(index).sqlite"), Fixtures.workflow("nchu"))
            #expect(resumed.students == expected.students, "after a kill following '\(stage)', the students differ")
            #expect(resumed.payments == expected.payments && resumed.balance == expected.balance, "after '\(stage)', the money differs")
            #expect(resumed.events == expected.events, "after a kill following '\(stage)', the history differs")
        }
        #expect(partial == 6, "every kill left a partial campaign")
    }
}

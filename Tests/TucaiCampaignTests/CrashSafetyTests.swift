import Foundation
import Testing
import TucaiKernel
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

import Foundation
import Testing
import TucaiCampaign
import TucaiSQLite

/// One process writes a campaign at a time. A second `campaign run` or `roster import` says in one line that
/// another process (its pid) runs the campaign and exits 1, or waits with --wait; a killed writer leaves no
/// lock behind.
@Suite struct OneWriterTests {
    /// Lets a test hand a lock to another thread, which releases it while this one waits.
    struct Handed: @unchecked Sendable { let lock: CampaignLock }

    static func heldMessage(_ command: String, _ word: String, pid: Int32) -> String {
        "tucai \(command): \(word): the campaign is being run by another process (pid \(pid)); run again when it ends, or add --wait to wait for it\n"
    }

    @Test func aSecondLockIsRefusedWithTheHoldersPidUntilTheFirstIsReleased() throws {
        let directory = TemporaryDirectory()
        let database = directory.path("c.sqlite")
        let lock = try CampaignLock.acquire(database: database)
        #expect(lock.path == database + ".lock")
        #expect(try String(contentsOfFile: lock.path, encoding: .utf8) == "\(getpid())\n")
        do {
            _ = try CampaignLock.acquire(database: database)
            Issue.record("a second lock was granted while the first was held")
        } catch let held as CampaignLock.Held {
            #expect(held.pid == getpid())
            #expect(held.path == database + ".lock")
        }
        lock.release()
        #expect(!FileManager.default.fileExists(atPath: database + ".lock"), "a released lock leaves no file")
        let again = try CampaignLock.acquire(database: database)
        again.release()
    }

    @Test(.timeLimit(.minutes(1)))
    func waitingTakesTheLockWhenTheHolderReleasesIt() throws {
        let directory = TemporaryDirectory()
        let database = directory.path("c.sqlite")
        let handed = Handed(lock: try CampaignLock.acquire(database: database))
        let started = Date()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.4) { handed.lock.release() }
        var waitedFor: Int32??
        let lock = try CampaignLock.acquire(database: database, wait: true) { waitedFor = $0 }
        #expect(Date().timeIntervalSince(started) >= 0.3)
        #expect(waitedFor == .some(getpid()))
        #expect(try String(contentsOfFile: lock.path, encoding: .utf8) == "\(getpid())\n", "the new holder's file, not the removed one")
        #expect(throws: CampaignLock.Held.self) { try CampaignLock.acquire(database: database) }
        lock.release()
    }

    @Test func aLockFileThatCannotBeCreatedIsOneLine() {
        let failure = #expect(throws: CampaignLock.Failure.self) { try CampaignLock.acquire(database: "/nonexistent-folder/c.sqlite") }
        #expect(failure?.description == "/nonexistent-folder/c.sqlite.lock: cannot create the lock file: No such file or directory")
    }

    @Test func campaignRunAndRosterImportRefuseWhileAnotherWriterHoldsTheCampaign() throws {
        let directory = TemporaryDirectory()
        let config = try CommandTests.writeConfig(directory, "\"students\": 20")
        let lock = try CampaignLock.acquire(database: directory.path("ynau-2023.sqlite"))
        let run = CommandTests.run(["campaign", "run", config])
        #expect(run.code == 1)
        #expect(run.out.isEmpty)
        #expect(run.err == Self.heldMessage("campaign run", config, pid: getpid()))
        #expect(!FileManager.default.fileExists(atPath: directory.path("ynau-2023.sqlite")), "the database is not created by the refused run")

        try Fixtures.write("学号,姓名\n", "roster.csv", in: directory)
        let byConfig = CommandTests.run(["roster", "import", config, directory.path("roster.csv")])
        #expect(byConfig.code == 1)
        #expect(byConfig.err == Self.heldMessage("roster import", config, pid: getpid()))
        let byDatabase = CommandTests.run(["roster", "import", directory.path("ynau-2023.sqlite"), directory.path("roster.csv")])
        #expect(byDatabase.code == 1)
        #expect(byDatabase.err == Self.heldMessage("roster import", directory.path("ynau-2023.sqlite"), pid: getpid()))
        #expect(!FileManager.default.fileExists(atPath: directory.path("ynau-2023.sqlite")))

        lock.release()
        let free = CommandTests.run(["campaign", "run", config])
        #expect(free.code == 0, "\(free.err)")
        #expect(!FileManager.default.fileExists(atPath: directory.path("ynau-2023.sqlite.lock")), "the run released its lock")
    }

    /// Two real processes: the built `tucai` waits for this one's lock with --wait; then, holding the lock
    /// itself, it refuses this process and a third; killed, it leaves nothing held.
    @Test(.timeLimit(.minutes(3)))
    func twoProcessesOneWriterAndAKilledWriterLeavesNoLock() throws {
        let tucai = try #require(CrashSafetyTests.tucai, "the tucai executable is not beside the test bundle; build it with 'swift build'")
        let directory = TemporaryDirectory()
        let config = try CommandTests.writeConfig(directory, "\"students\": 40000")
        let database = directory.path("ynau-2023.sqlite")
        let lockPath = CampaignLock.path(forDatabase: database)

        func start(_ arguments: [String], errors: Pipe? = nil) throws -> Process {
            let process = Process()
            process.executableURL = tucai
            process.arguments = arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = errors ?? FileHandle.nullDevice
            try process.run()
            return process
        }

        // A writer that has to wait: it says for whom, and does not touch the database meanwhile.
        let held = try CampaignLock.acquire(database: database)
        let waitingErrors = Pipe()
        let writer = try start(["campaign", "run", config, "--batch", "25", "--wait"], errors: waitingErrors)
        defer { if writer.isRunning { kill(writer.processIdentifier, SIGKILL); writer.waitUntilExit() } }
        let firstLine = waitingErrors.fileHandleForReading.readLine()
        #expect(firstLine == "\(config): waiting for process \(getpid()), which is running the campaign", "\(firstLine ?? "nothing")")
        #expect(writer.isRunning)
        #expect(!FileManager.default.fileExists(atPath: database), "a waiting writer opens no database")
        held.release()

        // Once it holds the lock, its pid is in the file, and nobody else gets in.
        let deadline = Date().addingTimeInterval(60)
        while (try? String(contentsOfFile: lockPath, encoding: .utf8)) != "\(writer.processIdentifier)\n", writer.isRunning, Date() < deadline {
            usleep(10_000)
        }
        try #require(writer.isRunning, "the writer finished before it could be observed; give it more students")
        let refusal = #expect(throws: CampaignLock.Held.self) { try CampaignLock.acquire(database: database) }
        #expect(refusal?.pid == writer.processIdentifier)
        let secondErrors = Pipe()
        let second = try start(["campaign", "run", config], errors: secondErrors)
        second.waitUntilExit()
        let secondText = String(decoding: secondErrors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(second.terminationStatus == 1)
        #expect(secondText == Self.heldMessage("campaign run", config, pid: writer.processIdentifier), "\(secondText)")

        // Killed, it holds nothing: the next writer gets the lock at once.
        kill(writer.processIdentifier, SIGKILL)
        writer.waitUntilExit()
        #expect(FileManager.default.fileExists(atPath: lockPath), "a killed writer cannot remove its file")
        let next = try CampaignLock.acquire(database: database)
        #expect(try String(contentsOfFile: lockPath, encoding: .utf8) == "\(getpid())\n")
        next.release()
    }
}

extension FileHandle {
    /// One line, without its newline, read a byte at a time (a pipe's other end keeps writing); nil at the end.
    func readLine() -> String? {
        var bytes: [UInt8] = []
        while true {
            let data = readData(ofLength: 1)
            guard let byte = data.first else { return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self) }
            if byte == UInt8(ascii: "\n") { return String(decoding: bytes, as: UTF8.self) }
            bytes.append(byte)
        }
    }
}

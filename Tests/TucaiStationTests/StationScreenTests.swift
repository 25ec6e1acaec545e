import Foundation
import Testing
import TucaiKernel

/// The station on a terminal, as an operator sees it: run in tmux, keys sent as a card reader types them,
/// the pane captured and read.
@Suite struct StationScreenTests {
    /// Runs tmux and returns what it printed. Spawned and reaped here rather than through Foundation's Process,
    /// which learns of a child's end from a descriptor the child inherits: the first tmux call forks the tmux
    /// server, which keeps that descriptor for its whole life, and Process would wait for it.
    @discardableResult
    static func tmux(_ arguments: [String]) throws -> String {
        let output = FileManager.default.temporaryDirectory.appending(path: "tucai-tmux-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        // Nothing else of this process's goes to tmux: its server lives on, and a pipe end it kept (another test's
        // station's standard input) would never reach its end of file. Marking them close-on-exec here leaves
        // Foundation's children as they were: Process puts the ends it means a child to have on 0, 1 and 2.
        for name in (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? [] {
            if let fd = Int32(name), fd > 2 { _ = fcntl(fd, F_SETFD, fcntl(fd, F_GETFD) | FD_CLOEXEC) }
        }
        let argv = (["tmux", "-L", socket] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // The test runner's threads block most signals, and a child inherits the mask: tmux's server and the station
        // under it would then never see the SIGHUP that kill-server sends, and outlive the test.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var pid = pid_t()
        guard posix_spawnp(&pid, "tmux", &actions, &attributes, argv, environ) == 0 else { throw CocoaError(.executableNotLoadable) }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    }

    /// A tmux server of the test's own, so a developer's sessions are never touched.
    static let socket = "tucai-test-\(getpid())"

    /// Captures the pane until `text` shows, up to `seconds`.
    static func screen(_ session: String, showing text: String, timeout seconds: Double = 20) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var pane = ""
        while Date() < deadline {
            pane = try tmux(["capture-pane", "-p", "-t", session])
            if pane.contains(text) { return pane }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return pane
    }

    @Test func theStatusScreenShowsTheStudentTheNumberAndWhatIsDue() throws {
        let tucai = try #require(StationProcess.tucai, "the tucai executable is not beside the test bundle; build it with 'swift build'")
        let day = try CaptureDay(example: "ynu-2021.json")
        let a = day.students[0]
        let start = Moment(day.session.date, day.session.start)
        let session = "tucai-station-\(getpid())"
        let command = [tucai.path, "station", day.config.database.path, "--station-id", "T1", "--room", day.session.room!,
                       "--hot-folder", day.hot, "--photos", day.photos, "--rehearse-at", "\(start.date)T\(start.time)"]
            .map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        try Self.tmux(["new-session", "-d", "-s", session, "-x", "110", "-y", "30", "env LANG=C.UTF-8 " + command])
        defer {
            _ = try? Self.tmux(["send-keys", "-t", session, "quit", "Enter"])
            _ = try? Self.tmux(["kill-server"])
        }

        var pane = try Self.screen(session, showing: "scan, or a command")
        #expect(pane.contains("AT THE CAMERA   nobody"), "\(pane)")
        #expect(pane.contains("station T1") && pane.contains("云南大学"), "\(pane)")

        _ = try Self.tmux(["send-keys", "-t", session, a.student.idNumber!, "Enter"])
        pane = try Self.screen(session, showing: "DUE 30 元")
        #expect(pane.contains("AT THE CAMERA   #1"), "\(pane)")
        #expect(pane.components(separatedBy: "AT THE CAMERA").count == 2, "the screen is redrawn, not appended to: \(pane)")
        #expect(!pane.contains("␛"), "the clearing escape reaches the terminal as an escape: \(pane)")
        #expect(pane.contains(a.student.name) && pane.contains(a.number), "\(pane)")
        #expect(pane.contains(Masked.number(a.student.idNumber!)), "\(pane)")
        #expect(pane.contains("DUE 30 元 — take the money, then type: pay RECEIPT"), "\(pane)")

        _ = try Self.tmux(["send-keys", "-t", session, "pay WX77", "Enter"])
        pane = try Self.screen(session, showing: "camera ready")
        #expect(pane.contains("[ok] 30 元 received for \(a.number) (receipt WX77)"), "\(pane)")
        try day.shoot()
        pane = try Self.screen(session, showing: "bound to \(a.number)")
        #expect(pane.contains("AT THE CAMERA   nobody"), "\(pane)")
        #expect(try day.record(a.number).state.capture != nil)
    }
}

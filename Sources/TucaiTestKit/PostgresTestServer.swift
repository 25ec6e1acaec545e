import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a test server could not be started, in one line (with the tail of the server's log when it has one).
public struct PostgresTestServerError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// A PostgreSQL server of its own for tests: initdb into a new temporary directory, listening only on a private
/// Unix socket in that directory (listen_addresses=''), trust authentication, stopped (and its directory removed) by stop().
///
/// The server's programs refuse to run as root; when this process is root they run as the `postgres` system user
/// (through `setpriv`), and the directory is handed to that user. Clients (psql here, libpq in a test) may run as
/// anyone: authentication is `trust` and the socket is in a directory only this process's user and that one can reach.
public final class PostgresTestServer: @unchecked Sendable {
    public let directory: String
    public let socketDirectory: String
    public let dataDirectory: String
    /// The server's log (its standard error).
    public let logFile: String
    public let port: Int
    public let user: String
    public let binDirectory: String
    /// The postmaster's process id; it is this process's child.
    public let processIdentifier: Int32
    /// The locale the cluster was made with: "C.UTF-8", or "C" (with UTF8 encoding) where that locale is missing.
    public let locale: String

    private let lock = NSLock()
    private var stopped = false
    private var databaseCounter = 0

    private init(directory: String, dataDirectory: String, logFile: String, port: Int, user: String, binDirectory: String,
                 processIdentifier: Int32, locale: String) {
        self.directory = directory
        self.socketDirectory = directory
        self.dataDirectory = dataDirectory
        self.logFile = logFile
        self.port = port
        self.user = user
        self.binDirectory = binDirectory
        self.processIdentifier = processIdentifier
        self.locale = locale
    }

    deinit { stop() }

    // MARK: starting

    /// Starts a new server. `settings` are extra `-c name=value` settings (e.g. ["fsync": "off"]).
    public static func start(settings: [String: String] = [:]) throws -> PostgresTestServer {
        let binDirectory = try findBinDirectory()
        let owner = try ServerUser.current()

        // Under /tmp rather than $TMPDIR: the socket's path must stay short (108 bytes), and the postgres user
        // must be able to reach it.
        var template = Array("/tmp/tucai-pg-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else {
            throw PostgresTestServerError("cannot make a temporary directory under /tmp: \(String(cString: strerror(errno)))")
        }
        let directory = String(cString: made)
        var handedOver = false
        defer { if !handedOver { _ = try? FileManager.default.removeItem(atPath: directory) } }
        if let ids = owner.ids, chown(directory, ids.uid, ids.gid) != 0 {
            throw PostgresTestServerError("cannot give \(directory) to \(owner.name): \(String(cString: strerror(errno)))")
        }
        let dataDirectory = directory + "/data"
        let logFile = directory + "/server.log"

        // The cluster. C.UTF-8 when this system has it; else no locale (C), still with UTF8 encoding.
        var locale = "C.UTF-8"
        var initdb = try run(owner.wrap([binDirectory + "/initdb", "--pgdata=" + dataDirectory, "--auth=trust",
                                         "--username=" + owner.name, "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"]),
                             in: directory)
        if initdb.status != 0 {
            _ = try? FileManager.default.removeItem(atPath: dataDirectory)
            locale = "C"
            initdb = try run(owner.wrap([binDirectory + "/initdb", "--pgdata=" + dataDirectory, "--auth=trust",
                                         "--username=" + owner.name, "--encoding=UTF8", "--no-locale", "--no-sync"]),
                             in: directory)
        }
        guard initdb.status == 0 else {
            throw PostgresTestServerError("initdb failed (exit \(initdb.status)): " + tail(initdb.output))
        }

        // The server, as a child of this process.
        let port = Int.random(in: 20000...60000)
        var arguments = [binDirectory + "/postgres", "-D", dataDirectory, "-k", directory, "-p", String(port),
                         "-c", "listen_addresses=", "-c", "logging_collector=off"]
        for (name, value) in settings.sorted(by: { $0.key < $1.key }) {
            arguments += ["-c", "\(name)=\(value)"]
        }
        let pid = try spawn(owner.wrap(arguments), output: .file(logFile), in: directory, newProcessGroup: true)
        let server = PostgresTestServer(directory: directory, dataDirectory: dataDirectory, logFile: logFile, port: port,
                                        user: owner.name, binDirectory: binDirectory, processIdentifier: pid, locale: locale)
        handedOver = true // from here on, the server's stop() removes the directory

        let deadline = Date().addingTimeInterval(30)
        while true {
            if let status = reap(pid, wait: false) {
                let log = server.logTail()
                server.markExited()
                server.stop()
                throw PostgresTestServerError("postgres exited (status \(status)) before accepting connections: " + log)
            }
            let ready = try run([binDirectory + "/pg_isready", "-q", "-h", directory, "-p", String(port), "-U", owner.name,
                                 "-d", "postgres", "-t", "1"])
            if ready.status == 0 { break }
            if Date() > deadline {
                let log = server.logTail()
                server.stop()
                throw PostgresTestServerError("postgres did not accept connections within 30 s: " + log)
            }
            usleep(100_000)
        }
        return server
    }

    // MARK: the shared server

    private static let sharedLock = NSLock()
    nonisolated(unsafe) private static var sharedResult: Result<PostgresTestServer, PostgresTestServerError>?

    /// One server for the whole test process, started on first use, stopped when the process exits (atexit).
    /// When it cannot start, every call throws the same error (it is not tried again).
    public static func shared() throws -> PostgresTestServer {
        sharedLock.lock()
        defer { sharedLock.unlock() }
        if sharedResult == nil {
            do {
                sharedResult = .success(try start())
                atexit { PostgresTestServer.stopShared() }
            } catch let error as PostgresTestServerError {
                sharedResult = .failure(error)
            } catch {
                sharedResult = .failure(PostgresTestServerError("\(error)"))
            }
        }
        return try sharedResult!.get()
    }

    private static func stopShared() {
        sharedLock.lock()
        let result = sharedResult
        sharedLock.unlock()
        if case .success(let server)? = result { server.stop() }
    }

    // MARK: databases

    /// A libpq connection URI for `database`, e.g. "postgresql://postgres@/tucai_test_3?host=%2Ftmp%2F…&port=…".
    public func url(database: String = "postgres") -> String {
        "postgresql://\(Self.encode(user))@/\(Self.encode(database))?host=\(Self.encode(socketDirectory))&port=\(port)"
    }

    /// Creates a database (through psql); returns its URL.
    public func createDatabase(_ name: String) throws -> String {
        let quoted = "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        let result = try Self.run([binDirectory + "/psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url(),
                                   "-c", "CREATE DATABASE \(quoted)"])
        guard result.status == 0 else {
            throw PostgresTestServerError("cannot create database \(name): " + Self.tail(result.output))
        }
        return url(database: name)
    }

    /// A new database with a unique name (for one test), returning its URL.
    public func newDatabase(prefix: String = "t") throws -> String {
        lock.lock()
        databaseCounter += 1
        let number = databaseCounter
        lock.unlock()
        return try createDatabase("\(prefix)_\(getpid())_\(number)")
    }

    /// Runs a program (e.g. `binDirectory + "/psql"`) with a clean signal mask and no descriptors of this process
    /// but its output, which is returned (standard output and standard error together) with its exit status
    /// (128 + the signal when it was killed).
    public static func run(_ arguments: [String], in workingDirectory: String? = nil) throws -> (status: Int32, output: String) {
        var ends: [Int32] = [0, 0]
        guard GNU.pipe2(&ends, O_CLOEXEC) == 0 else {
            throw PostgresTestServerError("pipe failed: \(String(cString: strerror(errno)))")
        }
        let pid: pid_t
        do {
            pid = try spawn(arguments, output: .descriptor(ends[1]), in: workingDirectory, newProcessGroup: false)
        } catch {
            close(ends[0])
            close(ends[1])
            throw error
        }
        close(ends[1])
        var output = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(ends[0], &buffer, buffer.count)
            if count > 0 {
                output.append(contentsOf: buffer[0..<count])
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                break
            }
        }
        close(ends[0])
        let status = reap(pid, wait: true) ?? -1
        return (status, String(decoding: output, as: UTF8.self))
    }

    // MARK: stopping

    /// Fast shutdown (SIGINT to the postmaster), waiting up to 15 s for it to exit (then SIGKILL); removes the
    /// directory. Idempotent.
    public func stop() {
        lock.lock()
        defer { lock.unlock() }
        if stopped { return }
        stopped = true
        if !exited {
            kill(processIdentifier, SIGINT)
            let deadline = Date().addingTimeInterval(15)
            while Self.reap(processIdentifier, wait: false) == nil {
                if Date() > deadline {
                    kill(processIdentifier, SIGKILL)
                    _ = Self.reap(processIdentifier, wait: true)
                    break
                }
                usleep(20_000)
            }
            exited = true
        }
        try? FileManager.default.removeItem(atPath: directory)
    }

    private var exited = false
    private func markExited() {
        lock.lock()
        exited = true
        lock.unlock()
    }

    // MARK: helpers

    private func logTail() -> String {
        Self.tail((try? String(contentsOfFile: logFile, encoding: .utf8)) ?? "(no log)")
    }

    private static func tail(_ text: String, lines: Int = 15) -> String {
        let kept = text.split(separator: "\n", omittingEmptySubsequences: true).suffix(lines)
        return kept.isEmpty ? "(no output)" : kept.joined(separator: " | ")
    }

    private static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    /// The highest version under /usr/lib/postgresql/*/bin with initdb; else `pg_config --bindir`.
    private static func findBinDirectory() throws -> String {
        let files = FileManager.default
        let root = "/usr/lib/postgresql"
        let versions = ((try? files.contentsOfDirectory(atPath: root)) ?? [])
            .filter { files.isExecutableFile(atPath: "\(root)/\($0)/bin/initdb") }
            .sorted { $0.compare($1, options: .numeric) == .orderedAscending }
        var candidates = versions.reversed().map { "\(root)/\($0)/bin" }
        if candidates.isEmpty, let configured = try? run(["pg_config", "--bindir"]), configured.status == 0 {
            candidates.append(configured.output.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        let needed = ["initdb", "postgres", "pg_isready", "psql"]
        guard let found = candidates.first(where: { bin in needed.allSatisfy { files.isExecutableFile(atPath: "\(bin)/\($0)") } }) else {
            throw PostgresTestServerError("PostgreSQL server binaries not found (initdb, postgres, pg_isready, psql): install the Debian package postgresql")
        }
        return found
    }

    /// Who runs the server's programs: this process's user, or the `postgres` system user when this process is root.
    private struct ServerUser {
        let name: String
        /// Set when the programs run as another user (through setpriv).
        let ids: (uid: uid_t, gid: gid_t)?
        let setpriv: String?

        static func current() throws -> ServerUser {
            if geteuid() == 0 {
                guard let entry = getpwnam("postgres") else {
                    throw PostgresTestServerError("running as root, but there is no postgres system user to run the server as: install the Debian package postgresql")
                }
                let ids = (uid: entry.pointee.pw_uid, gid: entry.pointee.pw_gid)
                guard let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
                    throw PostgresTestServerError("running as root, but setpriv (to run the server as postgres) is not found: install the Debian package util-linux")
                }
                return ServerUser(name: "postgres", ids: ids, setpriv: setpriv)
            }
            if let entry = getpwuid(geteuid()) {
                return ServerUser(name: String(cString: entry.pointee.pw_name), ids: nil, setpriv: nil)
            }
            return ServerUser(name: ProcessInfo.processInfo.userName, ids: nil, setpriv: nil)
        }

        /// `arguments` as this user runs them. setpriv execs the program, so the child's pid stays the program's.
        func wrap(_ arguments: [String]) -> [String] {
            guard let ids, let setpriv else { return arguments }
            return [setpriv, "--reuid=\(ids.uid)", "--regid=\(ids.gid)", "--clear-groups", "--"] + arguments
        }
    }

    private enum Output {
        case descriptor(Int32)
        case file(String)
    }

    /// Spawns `arguments` with an empty signal mask and default signal actions (a test runner's threads block
    /// signals, and a child would inherit that), standard input from /dev/null, standard output and error to
    /// `output`, and no other descriptor of this process: a server keeping another test's pipe end open would
    /// keep that test waiting.
    private static func spawn(_ arguments: [String], output: Output, in workingDirectory: String?, newProcessGroup: Bool) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        switch output {
        case .descriptor(let fd):
            posix_spawn_file_actions_adddup2(&actions, fd, 1)
        case .file(let path):
            posix_spawn_file_actions_addopen(&actions, 1, path, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        }
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        _ = GNU.addclosefrom?(&actions, 3)
        if let workingDirectory, let addchdir = GNU.addchdir { _ = addchdir(&actions, workingDirectory) }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigdefault(&attributes, &all)
        var flags = Int32(POSIX_SPAWN_SETSIGMASK) | Int32(POSIX_SPAWN_SETSIGDEF)
        if newProcessGroup {
            // Not in the test runner's group: a terminal's ^C goes to the runner, whose exit stops the server.
            posix_spawnattr_setpgroup(&attributes, 0)
            flags |= Int32(POSIX_SPAWN_SETPGROUP)
        }
        posix_spawnattr_setflags(&attributes, Int16(flags))

        // The PG* variables of this environment (PGHOST, PGPORT, PGDATABASE…) must not point the tools elsewhere.
        let environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("PG") }.map { "\($0.key)=\($0.value)" }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid = pid_t()
        let result = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
        guard result == 0 else {
            throw PostgresTestServerError("cannot run \(arguments[0]): \(String(cString: strerror(result)))")
        }
        return pid
    }

    /// glibc functions Swift's Glibc module leaves out (they need _GNU_SOURCE), looked up at run time.
    private enum GNU {
        typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32
        typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32

        static let addclosefrom = symbol("posix_spawn_file_actions_addclosefrom_np", as: AddCloseFrom.self)
        static let addchdir = symbol("posix_spawn_file_actions_addchdir_np", as: AddChdir.self)
        private static let pipe2Function = symbol("pipe2", as: Pipe2.self)

        /// pipe2 where there is one; else pipe, then close-on-exec set on each end.
        static func pipe2(_ ends: UnsafeMutablePointer<Int32>, _ flags: Int32) -> Int32 {
            if let pipe2Function { return pipe2Function(ends, flags) }
            guard pipe(ends) == 0 else { return -1 }
            for fd in [ends[0], ends[1]] { _ = fcntl(fd, F_SETFD, fcntl(fd, F_GETFD) | FD_CLOEXEC) }
            return 0
        }

        private static func symbol<T>(_ name: String, as type: T.Type) -> T? {
            guard let address = dlsym(nil, name) else { return nil }
            return unsafeBitCast(address, to: type)
        }
    }

    /// The exit status of child `pid` (128 + signal when killed) once it has ended; nil while it runs (when not
    /// waiting). A child already reaped elsewhere counts as ended.
    private static func reap(_ pid: pid_t, wait: Bool) -> Int32? {
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, wait ? 0 : WNOHANG)
            if result == pid {
                let signal = status & 0x7f
                return signal == 0 ? (status >> 8) & 0xff : 128 + signal
            }
            if result == 0 { return nil }
            if errno == EINTR { continue }
            return -1 // ECHILD: not ours to wait for any more
        }
    }
}

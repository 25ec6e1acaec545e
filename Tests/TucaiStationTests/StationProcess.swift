import Foundation

/// `tucai station` in a child process, driven as the hardware drives it: lines written to its standard input
/// (a scanner or card reader types one line per scan), files written into its hot folder (the tethered camera),
/// and its outcome lines read back from standard output.
final class StationProcess: @unchecked Sendable {
    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let lock = NSLock()
    private var received: [String] = []
    private var partial = ""

    /// The `tucai` executable beside the test bundle in the build products directory.
    static var tucai: URL? {
        let places = [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(), Bundle.main.bundleURL.deletingLastPathComponent(),
                      Bundle.main.bundleURL]
        return places.map { $0.appending(path: "tucai") }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    init(_ executable: URL, arguments: [String]) throws {
        process.executableURL = executable
        process.arguments = arguments
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        output.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.lock()
            self.partial += String(decoding: data, as: UTF8.self)
            while let newline = self.partial.firstIndex(of: "\n") {
                self.received.append(String(self.partial[..<newline]))
                self.partial = String(self.partial[self.partial.index(after: newline)...])
            }
            self.lock.unlock()
        }
        try process.run()
    }

    var lines: [String] {
        lock.lock(); defer { lock.unlock() }
        return received
    }

    /// Types `line` and Enter.
    func type(_ line: String) { input.fileHandleForWriting.write(Data((line + "\n").utf8)) }

    /// The first line after the `count` already seen that starts with `prefix`, waiting up to `seconds`.
    func next(after count: Int, timeout seconds: Double = 20) -> String? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let now = lines
            if now.count > count { return now[count] }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return nil
    }

    /// Types `line`, or runs `action`, and returns the next outcome line the station prints.
    func answer(to action: () throws -> Void) rethrows -> String? {
        let before = lines.count
        try action()
        return next(after: before)
    }

    /// Ends the input, as a scanner's pipe closes, and waits for the station to finish; a station still running
    /// after 60 seconds is stopped and reported as failed (-1).
    func finish() -> Int32 {
        input.fileHandleForWriting.closeFile()
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return -1
        }
        Thread.sleep(forTimeInterval: 0.1)
        return process.terminationStatus
    }
}

import Foundation

/// Where a command writes: standard output and error for the real program, strings for tests.
public final class Console: @unchecked Sendable {
    private let writeOut: (String) -> Void
    private let writeError: (String) -> Void

    public init(out: @escaping (String) -> Void, error: @escaping (String) -> Void) {
        writeOut = out; writeError = error
    }

    public static let standard = Console(
        out: { FileHandle.standardOutput.write(Data($0.utf8)) },
        error: { FileHandle.standardError.write(Data($0.utf8)) }
    )

    /// Writes `text`, adding a newline if it lacks one.
    public func out(_ text: String) { writeOut(Console.terminated(text)) }
    public func error(_ text: String) { writeError(Console.terminated(text)) }

    /// Scalars, not Characters: "\r\n" is one Character, so `hasSuffix("\n")` is false for CSV output.
    static func terminated(_ text: String) -> String {
        text.unicodeScalars.last == "\n" ? text : text + "\n"
    }
    /// A progress line that the next one overwrites on a terminal.
    public func progress(_ text: String) { writeError("\r" + text) }
}

/// A console that keeps what commands write, for tests.
public final class RecordingConsole: @unchecked Sendable {
    public private(set) var output = ""
    public private(set) var errors = ""
    private let lock = NSLock()
    public init() {}
    public var console: Console {
        Console(out: { [self] text in lock.withLock { output += text } },
                error: { [self] text in lock.withLock { errors += text } })
    }
}

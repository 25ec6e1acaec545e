import Foundation
import TucaiKernel

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

    /// Writes `text`, adding a newline if it lacks one. Control characters in it (ESC and the rest, which a
    /// name or a cell from a file may hold) are shown as visible stand-ins, never sent to the terminal
    /// (`TerminalText.visible`).
    public func out(_ text: String) { writeOut(Console.terminated(TerminalText.visible(text))) }
    /// Errors, notes and progress also have any run of 15-18 digits masked (`Masked.idNumbers`): they quote
    /// cells from input files, where an ID number may stand in the wrong column, and nothing written there
    /// needs a number that long in full.
    public func error(_ text: String) { writeError(Console.terminated(Console.diagnostic(text))) }

    static func diagnostic(_ text: String) -> String { TerminalText.visible(Masked.idNumbers(in: text)) }

    /// Scalars, not Characters: "\r\n" is one Character, so `hasSuffix("\n")` is false for CSV output.
    static func terminated(_ text: String) -> String {
        text.unicodeScalars.last == "\n" ? text : text + "\n"
    }
    /// A progress line that the next one overwrites on a terminal.
    public func progress(_ text: String) { writeError("\r" + Console.diagnostic(text)) }
    /// Clears the progress line.
    public func clearProgress() { writeError("\r\u{1B}[K") }
    /// Clears the terminal before a full-screen redraw (the station's status screen): the other escape sequence a
    /// command sends; what follows goes through `out` and has any other control character made visible.
    public func clearScreen() { writeOut("\u{1B}[H\u{1B}[2J") }
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

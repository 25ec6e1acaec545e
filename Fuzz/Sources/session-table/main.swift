// Fuzzes the session-table reader, `SessionTableReader.read(_:file:)`, on any bytes decoded as
// `read(contentsOf:)` decodes a file (UTF-8, with or without a BOM, else GB18030).
//
// Invariants: the reader never crashes. Every problem names a line the file has; one session per kept row,
// each with the line it starts on, in order and after the header, with at least one unit and no negative
// headcount. A table written back as CSV (`SessionTableWriter`) and read again gives the same sessions (the
// writer has no group column) with no error.
import Foundation
import FuzzSupport
import TucaiKernel
import TucaiSchedule

enum SessionTableFuzz {
    static let file = "fuzz-table.csv"

    static func test(_ bytes: [UInt8]) {
        guard let text = Transcoding.spreadsheetText(Data(bytes)) else { return }
        let reading = SessionTableReader.read(text, file: file)
        let lines = Fuzz.lineCount(text: text)
        for problem in reading.problems {
            guard let line = problem.line else { fatalError("invariant broken: a problem without a line: \(problem)") }
            Fuzz.check((1...lines).contains(line), "problem names line \(line) of \(lines): \(problem.message)")
            Fuzz.check(!problem.message.isEmpty, "a problem without a message")
        }
        let sessions = reading.table.sessions
        Fuzz.check(reading.lines.count == sessions.count, "\(reading.lines.count) lines for \(sessions.count) sessions")
        Fuzz.check(reading.lines.allSatisfy { (2...lines).contains($0) }, "a session on a line the file lacks: \(reading.lines)")
        Fuzz.check(zip(reading.lines, reading.lines.dropFirst()).allSatisfy { $0 < $1 }, "sessions out of line order: \(reading.lines)")
        for session in sessions {
            Fuzz.check(!session.units.isEmpty && session.units.allSatisfy { !$0.isEmpty }, "a session without units")
            Fuzz.check((session.headcount ?? 0) >= 0, "a negative headcount")
        }
        guard !sessions.isEmpty else { return }
        let written = SessionTableWriter.csv(reading.table, arrivalLead: nil)
        let again = SessionTableReader.read(written, file: file)
        let errors = again.problems.filter { $0.severity == .error }
        Fuzz.check(errors.isEmpty, "the written table reads with errors: \(errors.map(\.message))\n\(written)")
        let expected = sessions.map { session in var session = session; session.group = nil; return session }
        Fuzz.check(again.table.sessions == expected,
                   "the written table reads differently:\n\(expected)\n\(again.table.sessions)\n\(written.debugDescription)")
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    SessionTableFuzz.test(Fuzz.bytes(data, size))
    return 0
}

Fuzz.run(fuzz)

// Fuzzes the roster reader, `RosterFile.read(data:name:defaults:)`: any bytes, as a registrar's CSV might be.
//
// Invariants: the reader returns a roster or throws a `RosterError`, never crashes. An error is one line
// naming the file and, when it gives a line, a line the file has. In a roster every data row is accounted
// for: `rowCount == entries.count + rejectedRowCount`, no row is both an entry and rejected, problems are
// sorted by line, each one line naming a line after the header that the file has, and no two entries share
// a 学号 or an ID number. Read on two threads (a large file's path, forced here) the bytes give exactly the
// same result.
import Foundation
import FuzzSupport
@testable import TucaiRoster
import TucaiKernel

enum RosterFuzz {
    static let name = "fuzz-roster.csv"
    static let defaults = RosterDefaults(level: nil, graduationYear: 2023, referenceDate: CivilDate(2022, 11, 19))

    static func read(_ data: Data, parallelThreshold: Int) -> Result<Roster, RosterError> {
        Result { () throws(RosterError) in
            try RosterFile.read(data: data, name: name, defaults: defaults, parallelThreshold: parallelThreshold)
        }
    }

    static func test(_ bytes: [UInt8]) {
        let data = Data(bytes)
        let lines = Fuzz.lineCount(bytes: bytes)
        let once = read(data, parallelThreshold: Int.max)
        let split = read(data, parallelThreshold: 0)
        switch (once, split) {
        case let (.failure(error), .failure(other)):
            Fuzz.check(error == other, "one thread threw \(error), two threads \(other)")
            Fuzz.check(Fuzz.isOneLine(error.description), "error of more than one line: \(error.description.debugDescription)")
            Fuzz.check(error.file == name && error.description.hasPrefix(name + ":"), "error without the file: \(error)")
            if let line = error.line { Fuzz.check((1...lines).contains(line), "error names line \(line) of \(lines): \(error)") }
        case let (.success(roster), .success(other)):
            check(roster, lines: lines)
            Fuzz.check(roster.entries.map(\.line) == other.entries.map(\.line), "entries differ on two threads")
            Fuzz.check(roster.entries.map(\.student) == other.entries.map(\.student), "students differ on two threads")
            Fuzz.check(roster.problems == other.problems, "problems differ on two threads: \(roster.problems) vs \(other.problems)")
            Fuzz.check(roster.rowCount == other.rowCount && roster.blankRowCount == other.blankRowCount,
                       "row counts differ on two threads")
            Fuzz.check(roster.encoding == other.encoding && roster.ignoredColumns == other.ignoredColumns,
                       "encoding or ignored columns differ on two threads")
        default:
            fatalError("invariant broken: one thread gave \(once), two threads \(split)")
        }
    }

    static func check(_ roster: Roster, lines: Int) {
        let entryLines = roster.entries.map(\.line)
        let problemLines = roster.problems.map(\.line)
        Fuzz.check(roster.entries.count + roster.rejectedRowCount == roster.rowCount,
                   "\(roster.entries.count) entries + \(roster.rejectedRowCount) rejected != \(roster.rowCount) rows")
        Fuzz.check(Set(problemLines).isDisjoint(with: entryLines), "a row is both an entry and rejected")
        Fuzz.check(roster.blankRowCount >= 0, "negative blank rows")
        Fuzz.check(zip(entryLines, entryLines.dropFirst()).allSatisfy { $0 < $1 }, "entries out of line order: \(entryLines)")
        Fuzz.check(zip(problemLines, problemLines.dropFirst()).allSatisfy { $0 <= $1 }, "problems not sorted by line: \(problemLines)")
        for line in entryLines { Fuzz.check((2...lines).contains(line), "entry on line \(line) of \(lines)") }
        for problem in roster.problems {
            Fuzz.check((2...lines).contains(problem.line), "problem names line \(problem.line) of \(lines): \(problem)")
            Fuzz.check(problem.file == name && problem.description.hasPrefix("\(name):\(problem.line): "), "problem without file and line: \(problem)")
            Fuzz.check(!problem.reason.isEmpty, "problem without a reason: \(problem)")
            Fuzz.check(Fuzz.isOneLine(problem.description), "problem of more than one line: \(problem.description.debugDescription)")
        }
        let numbers = roster.entries.map(\.student.studentNumber)
        Fuzz.check(Set(numbers).count == numbers.count, "two entries share a student number")
        Fuzz.check(numbers.allSatisfy { !$0.isEmpty }, "an entry without a student number")
        let ids = roster.entries.compactMap(\.student.idNumber)
        Fuzz.check(Set(ids).count == ids.count, "two entries share an ID number")
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    RosterFuzz.test(Fuzz.bytes(data, size))
    return 0
}

Fuzz.run(fuzz)

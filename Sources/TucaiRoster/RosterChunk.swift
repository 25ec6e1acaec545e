import Dispatch
import TucaiKernel

/// One stretch of a roster as read on its own thread, and the step that joins the stretches: duplicate
/// student and identity numbers across the whole file, problems in line order, entries in file order.
struct RosterChunk {
    let reader: RosterChunkReader

    /// Drops the entries read, when the stretch is read again or the file turns out not to be UTF-8.
    func discardEntries() { reader.entries.discard() }

    /// What joining the stretches gives besides the entries, which end up at the start of the output.
    struct Merged {
        var problems: [RosterProblem]
        var entryCount: Int
        var rowCount: Int
        var blankRowCount: Int
    }

    private struct Duplicate {
        var row: Int
        var first: Int
        var column: RosterColumn
    }

    /// Finds duplicates across the stretches, then closes the gaps between their entries in `output` (the
    /// memory the first stretch's entries start at), dropping the duplicates.
    static func merge(_ chunks: [RosterChunk], into output: UnsafeMutablePointer<RosterEntry>, layout: RosterLayout) -> Merged {
        let rowBases = chunks.reduce(into: [0]) { $0.append($0.last! + $1.reader.rows.count) }
        let rowCount = rowBases.last!
        func locate(_ row: Int) -> (chunk: RosterChunk, local: Int) {
            let k = row >= rowBases[1] ? 1 : 0
            return (chunks[k], row - rowBases[k])
        }
        func line(ofRow row: Int) -> Int {
            let (chunk, local) = locate(row)
            return Int(chunk.reader.rows[local].line)
        }

        // Student numbers on one thread, identity numbers on the other.
        var found: [[Duplicate]] = [[], []]
        found.withUnsafeMutableBufferPointer { found in
            nonisolated(unsafe) let found = found
            nonisolated(unsafe) let chunks = chunks
            let hasIDs = layout.has(.idNumber)
            DispatchQueue.concurrentPerform(iterations: hasIDs ? 2 : 1) { task in
                let column: RosterColumn = task == 0 ? .studentNumber : .idNumber
                var duplicates = withRows(of: chunks) { first, second in
                    RepeatedKeys.find(count: rowCount) { row in
                        let r = row < first.count ? first[row] : second[row - first.count]
                        return task == 0 ? r.numberKey : r.idKey
                    }.map { Duplicate(row: $0.row, first: $0.first, column: column) }
                }
                if task == 0 {
                    var firstRows: [String: Int] = [:]
                    for (k, chunk) in chunks.enumerated() {
                        for (local, number) in chunk.reader.unkeyedNumbers {
                            let row = rowBases[k] + local
                            if let first = firstRows[number] {
                                duplicates.append(Duplicate(row: row, first: first, column: .studentNumber))
                            } else {
                                firstRows[number] = row
                            }
                        }
                    }
                }
                found[task] = duplicates
            }
        }

        var problems: [RosterProblem] = []
        problems.reserveCapacity(chunks.reduce(0) { $0 + $1.reader.problems.count } + found[0].count + found[1].count)
        for chunk in chunks { problems += chunk.reader.problems }
        var removed: [[Bool]] = chunks.map { _ in [] }
        for duplicate in found[0] + found[1] {
            let (chunk, local) = locate(duplicate.row)
            let row = chunk.reader.rows[local]
            let rowLine = Int(row.line)
            let firstLine = line(ofRow: duplicate.first)
            let reason: String
            switch duplicate.column {
            case .studentNumber:
                reason = "student number \(studentNumberText(of: duplicate.row, chunks: chunks, rowBases: rowBases)) is also on line \(firstLine)"
            default:
                reason = "the same identity number is also on line \(firstLine)"
            }
            problems.append(RosterProblem(file: layout.file, line: rowLine, field: layout.header(duplicate.column), reason: reason))
            if row.entry >= 0 {
                let k = duplicate.row >= rowBases[1] ? 1 : 0
                if removed[k].isEmpty { removed[k] = Array(repeating: false, count: chunk.reader.entries.count) }
                removed[k][Int(row.entry)] = true
            }
        }
        if !found[0].isEmpty || !found[1].isEmpty {
            // Stable by line, so a row's own problems keep their column order and its duplicates follow.
            problems = problems.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
        }

        var out = output
        for (k, chunk) in chunks.enumerated() {
            let source = chunk.reader.entries.base
            let count = chunk.reader.entries.count
            if removed[k].isEmpty {
                if source != out { moveDown(from: source, to: out, count: count) }
                out += count
                continue
            }
            for i in 0..<count {
                if removed[k][i] {
                    (source + i).deinitialize(count: 1)
                } else {
                    if out != source + i { out.moveInitialize(from: source + i, count: 1) }
                    out += 1
                }
            }
        }
        return Merged(problems: problems, entryCount: out - output, rowCount: rowCount,
                      blankRowCount: chunks.reduce(0) { $0 + $1.reader.blankRows })
    }

    /// Moves `count` entries to lower memory (`to < from`), the halves on two threads: the second stretch's
    /// entries close the gap its neighbour's rejected rows left, and that is a hundred megabytes for a million
    /// rows. The first half's last entries, which the second half's move may overwrite before they are read,
    /// are set aside first.
    private static func moveDown(from source: UnsafeMutablePointer<RosterEntry>, to target: UnsafeMutablePointer<RosterEntry>,
                                 count: Int) {
        let gap = source - target
        let half = count / 2
        guard count >= 1 << 14, gap > 0 else {
            target.moveInitialize(from: source, count: count)
            return
        }
        let aside = min(gap, half)
        let setAside = UnsafeMutablePointer<RosterEntry>.allocate(capacity: aside)
        defer { setAside.deallocate() }
        setAside.moveInitialize(from: source + half - aside, count: aside)
        nonisolated(unsafe) let (from, to, saved) = (source, target, setAside)
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                to.moveInitialize(from: from, count: half - aside)
                (to + half - aside).moveInitialize(from: saved, count: aside)
            } else {
                (to + half).moveInitialize(from: from + half, count: count - half)
            }
        }
    }

    /// The rows of one or two stretches, without copying them.
    private static func withRows<R>(of chunks: [RosterChunk],
                                    _ body: (UnsafeBufferPointer<RosterChunkReader.Row>, UnsafeBufferPointer<RosterChunkReader.Row>) -> R) -> R {
        chunks[0].reader.rows.withUnsafeBufferPointer { first in
            guard chunks.count > 1 else { return body(first, UnsafeBufferPointer(start: nil, count: 0)) }
            return chunks[1].reader.rows.withUnsafeBufferPointer { second in body(first, second) }
        }
    }

    /// The student number of a row, for a duplicate's message (the row may have no entry to ask).
    private static func studentNumberText(of row: Int, chunks: [RosterChunk], rowBases: [Int]) -> String {
        let k = row >= rowBases[1] ? 1 : 0
        let local = row - rowBases[k]
        let key = chunks[k].reader.rows[local].numberKey
        if key != 0, let text = StudentNumberKey.text(of: key) { return text }
        return chunks[k].reader.unkeyedNumbers.first(where: { $0.row == local })?.number ?? "?"
    }
}

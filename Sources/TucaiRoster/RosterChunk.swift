import Dispatch
import TucaiKernel

/// One half of a stretch of a roster as read on its own thread, and the step that joins the halves of a
/// stretch: the repeats of earlier student and identity numbers that fall in it become problems, problems come
/// in line order, entries in file order without the repeated rows.
struct RosterChunk {
    let reader: RosterChunkReader

    /// Drops the entries read, when the stretch is read again or the file turns out not to be UTF-8.
    func discardEntries() { reader.entries?.discard() }

    /// What joining the halves gives besides the entries, which end up at the start of the output.
    struct Merged {
        var problems: [RosterProblem]
        var entryCount: Int
        var rowCount: Int
        var blankRowCount: Int
    }

    /// Turns the `repeats` on the stretch's lines into problems, then closes the gaps between the halves'
    /// entries in `output` (the memory the first half's entries start at), dropping the repeated rows.
    static func merge(_ chunks: [RosterChunk], repeats: ArraySlice<RosterRepeat>, into output: UnsafeMutablePointer<RosterEntry>?,
                      layout: RosterLayout) -> Merged {
        var problems: [RosterProblem] = []
        problems.reserveCapacity(chunks.reduce(0) { $0 + $1.reader.problems.count } + repeats.count)
        for chunk in chunks { problems += chunk.reader.problems }
        var removed: [[Bool]] = chunks.map { _ in [] }
        for repeated in repeats {
            guard let (k, row) = locate(line: repeated.line, in: chunks) else {
                preconditionFailure("a repeat on line \(repeated.line) falls on no row of the stretch")
            }
            let reason = repeated.column == .studentNumber
                ? "student number \(repeated.studentNumber ?? "?") is also on line \(repeated.firstLine)"
                : "the same identity number is also on line \(repeated.firstLine)"
            problems.append(RosterProblem(file: layout.file, line: repeated.line, field: layout.header(repeated.column), reason: reason))
            if row.entry >= 0 {
                if removed[k].isEmpty { removed[k] = Array(repeating: false, count: chunks[k].reader.entries?.count ?? 0) }
                removed[k][Int(row.entry)] = true
            }
        }
        if !repeats.isEmpty {
            // Stable by line, so a row's own problems keep their column order and its repeats follow.
            problems = problems.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
        }

        var entryCount = 0
        if var out = output {
            for (k, chunk) in chunks.enumerated() {
                guard let entries = chunk.reader.entries else { continue }
                let source = entries.base
                let count = entries.count
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
            entryCount = out - output!
        }
        return Merged(problems: problems, entryCount: entryCount, rowCount: chunks.reduce(0) { $0 + $1.reader.rows.count },
                      blankRowCount: chunks.reduce(0) { $0 + $1.reader.blankRows })
    }

    /// The half and row that start on `line`: rows are in line order, so a binary search in each half.
    private static func locate(line: Int, in chunks: [RosterChunk]) -> (Int, RosterChunkReader.Row)? {
        for (k, chunk) in chunks.enumerated() {
            let rows = chunk.reader.rows
            var low = 0, high = rows.count
            while low < high {
                let mid = (low + high) / 2
                if Int(rows[mid].line) < line { low = mid + 1 } else { high = mid }
            }
            if low < rows.count, Int(rows[low].line) == line { return (k, rows[low]) }
        }
        return nil
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
}

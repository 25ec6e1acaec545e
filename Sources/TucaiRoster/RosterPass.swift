import Dispatch
import TucaiKernel

/// One reading of a roster's data rows in one encoding, stretch by stretch: a stretch is a few megabytes
/// ending after a line break, read as two halves on two threads when it is large enough to pay for them. A
/// record the stretch cuts (a quoted field with a line break in it) is left for the next stretch, which
/// starts where that record does.
///
/// A reading either keeps each stretch's entries, or only checks the rows and gathers their keys (the pass that
/// lets a streamed roster know its duplicates and its encoding before it yields a row).
struct RosterPass {
    let layout: RosterLayout
    let cells: CellText
    let stretchBytes: Int
    let parallelThreshold: Int
    /// Where the next stretch starts, and its line.
    private(set) var offset: Int
    private(set) var line: Int
    private let fileEnd: Int

    init(header: RosterHeader, cells: CellText, fileEnd: Int, stretchBytes: Int, parallelThreshold: Int) {
        layout = header.layout
        self.cells = cells
        self.stretchBytes = max(stretchBytes, 1)
        self.parallelThreshold = parallelThreshold
        offset = header.dataStart
        line = header.dataLine
        self.fileEnd = fileEnd
    }

    var isDone: Bool { offset >= fileEnd }

    /// A stretch as read and joined.
    enum Stretch {
        /// Its entries (none when the reading keeps none) and the rest of what joining its halves gave.
        case read([RosterEntry], RosterChunk.Merged)
        /// A cell cannot be decoded at this file offset; nothing of the stretch is kept.
        case undecodable(Int)
    }

    /// Reads the next stretch, gives its rows' keys to `log`, and joins its halves with the repeats
    /// `repeats(endLine)` gives for its lines (those before `endLine`, where the next stretch starts, or
    /// `Int.max` for the last stretch). With
    /// `keepsEntries`, good rows become entries, built in place in the array returned.
    mutating func next(in window: inout RosterWindow, keepsEntries: Bool, log: RosterRepeat.Log?,
                       repeats: (_ endLine: Int) throws(RosterError) -> ArraySlice<RosterRepeat>) throws(RosterError) -> Stretch {
        precondition(!isDone, "a roster pass read past the end of the file")
        var wanted = stretchBytes
        while true {
            let bytes = try window.bytes(from: offset, count: wanted)
            let endsFile = offset + bytes.count >= fileEnd
            let cut = endsFile ? bytes.count : Self.afterLastLineBreak(bytes)
            // A record longer than the stretch: read a longer stretch.
            if cut == 0 { wanted = Self.twice(wanted); continue }
            let text = UnsafeBufferPointer(rebasing: bytes[..<cut])
            let plan = Plan(text, parallelThreshold: parallelThreshold)

            enum Outcome { case longer, undecodable(Int), read(RosterChunk.Merged, offset: Int, line: Int) }
            var outcome = Outcome.longer
            var failure: RosterError?
            func readAndJoin(into base: UnsafeMutablePointer<RosterEntry>?) -> Int {
                let chunks = readChunks(text, plan, endsFile: endsFile, output: base)
                defer { for chunk in chunks { chunk.reader.deallocate() } }
                func discard() { for chunk in chunks { chunk.discardEntries() } }
                if let undecodable = chunks.lazy.compactMap(\.reader.undecodableAt).first {
                    discard()
                    outcome = .undecodable(offset + undecodable)
                    return 0
                }
                let last = chunks.last!.reader
                if last.stoppedAt == 0 {
                    discard()
                    return 0
                }
                if let log { for chunk in chunks { log.add(chunk.reader) } }
                let slice: ArraySlice<RosterRepeat>
                // The last record of a file may end without a line break, on the line the stretch ends on.
                do throws(RosterError) { slice = try repeats(endsFile ? .max : last.endLine) } catch {
                    discard()
                    failure = error
                    return 0
                }
                let merged = RosterChunk.merge(chunks, repeats: slice, into: base, layout: layout)
                outcome = .read(merged, offset: offset + (last.stoppedAt ?? cut), line: last.endLine)
                return merged.entryCount
            }
            var entries: [RosterEntry] = []
            if keepsEntries {
                entries = [RosterEntry](unsafeUninitializedCapacity: plan.records) { buffer, initialized in
                    HugePages.advise(UnsafeMutableRawBufferPointer(buffer))
                    initialized = readAndJoin(into: buffer.baseAddress!)
                }
            } else {
                _ = readAndJoin(into: nil)
            }
            if let failure { throw failure }
            switch outcome {
            case .longer: wanted = Self.twice(wanted)
            case let .undecodable(at): return .undecodable(at)
            case let .read(merged, nextOffset, nextLine):
                offset = nextOffset
                line = nextLine
                return .read(entries, merged)
            }
        }
    }

    /// How a stretch is read: as one or two halves, the second starting after a line feed near the middle, on
    /// the guess that it ends a record; and how many records each half can hold at most (its line breaks and
    /// one), so its entries can be built in place and the second half knows its first line before the first is read.
    private struct Plan {
        var halves: [Range<Int>]
        var lineBreaks: [Int]
        var bounds: [Int] { lineBreaks.map { $0 + 1 } }
        var records: Int { lineBreaks.reduce(halves.count, +) }

        init(_ text: UnsafeBufferPointer<UInt8>, parallelThreshold: Int) {
            var split = text.count
            if text.count >= parallelThreshold {
                split = max(text.count / 2, 1)
                while split < text.count && text[split - 1] != UInt8(ascii: "\n") { split += 1 }
            }
            let halves = split > 0 && split < text.count ? [0..<split, split..<text.count] : [0..<text.count]
            var lineBreaks = Array(repeating: 0, count: halves.count)
            lineBreaks.withUnsafeMutableBufferPointer { counts in
                nonisolated(unsafe) let counts = counts, text = text
                DispatchQueue.concurrentPerform(iterations: halves.count) { k in
                    counts[k] = CSVRecordScanner.lineBreaks(UnsafeBufferPointer(rebasing: text[halves[k]]))
                }
            }
            self.halves = halves
            self.lineBreaks = lineBreaks
        }
    }

    private static func twice(_ bytes: Int) -> Int { bytes > Int.max / 2 ? Int.max : bytes * 2 }

    /// The offset after the last line break of `bytes` that is one whatever follows: a line feed, or a carriage
    /// return followed by something else (the last byte's carriage return may be half of CR LF). 0 when none.
    static func afterLastLineBreak(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var i = bytes.count - 1
        while i >= 0 {
            let c = bytes[i]
            if c == UInt8(ascii: "\n") { return i + 1 }
            if c == UInt8(ascii: "\r"), i + 1 < bytes.count, bytes[i + 1] != UInt8(ascii: "\n") { return i + 1 }
            i -= 1
        }
        return 0
    }

    /// Reads `text` as `plan` says. If the first half stops inside a record, the guessed split was wrong and the
    /// stretch is read again in one piece.
    private func readChunks(_ text: UnsafeBufferPointer<UInt8>, _ plan: Plan, endsFile: Bool,
                            output base: UnsafeMutablePointer<RosterEntry>?) -> [RosterChunk] {
        let bounds = plan.bounds
        return withTable { table in
            func readAll() -> [RosterChunk] {
                var reader = RosterChunkReader(layout: layout, table: table, endsFile: endsFile,
                                               output: base.map { RosterEntryStorage(base: $0, capacity: plan.records) },
                                               records: plan.records)
                reader.read(text, from: 0, to: text.count, firstLine: line)
                return [RosterChunk(reader: reader)]
            }
            guard plan.halves.count == 2 else { return readAll() }
            let halves = plan.halves
            let firstLines = [line, line + plan.lineBreaks[0]]
            var readers: [RosterChunkReader?] = [nil, nil]
            readers.withUnsafeMutableBufferPointer { slots in
                nonisolated(unsafe) let slots = slots, text = text, base = base, table = table
                let layout = layout
                DispatchQueue.concurrentPerform(iterations: 2) { k in
                    let storage = base.map { RosterEntryStorage(base: $0 + (k == 0 ? 0 : bounds[0]), capacity: bounds[k]) }
                    var reader = RosterChunkReader(layout: layout, table: table, endsFile: endsFile && k == 1, output: storage,
                                                   records: bounds[k])
                    reader.read(text, from: halves[k].lowerBound, to: halves[k].upperBound, firstLine: firstLines[k])
                    slots[k] = reader
                }
            }
            let first = readers[0]!, second = readers[1]!
            // Stopped inside a record, or at a byte it cannot decode: the second half may have started inside a
            // record, and what it found does not count.
            if first.stoppedAt != nil || first.undecodableAt != nil {
                second.entries?.discard()
                second.deallocate()
                if first.stoppedAt == nil { return [RosterChunk(reader: first)] }
                first.entries?.discard()
                first.deallocate()
                return readAll()
            }
            return [RosterChunk(reader: first), RosterChunk(reader: second)]
        }
    }

    private func withTable<R>(_ body: (UnsafeBufferPointer<UInt16>?) -> R) -> R {
        guard case let .gb18030(table) = cells else { return body(nil) }
        return table.withUnsafeBufferPointer { body($0) }
    }
}

import Dispatch
import Foundation
import TucaiKernel

/// Reads a roster file as registrars produce it: Excel's "CSV" (GBK on Chinese Windows), "CSV UTF-8" (with a
/// byte-order mark) or plain UTF-8 from another system; RFC 4180 quoting; columns found by their Chinese or
/// English headers in any order. Every row is checked and either becomes an entry or gets a problem with its
/// line; only a file that is unusable as a whole throws.
///
/// A million rows are read in about a third of a second (see `tucai-bench roster`), which shapes the code:
/// the CSV is scanned as bytes, GB18030 cells are decoded one by one (`GB18030Decoder`) instead of the file
/// first, a large file is read as two stretches on two threads, each building its entries in place in the
/// final array (`RosterEntryStorage`), and duplicates across the file are found afterwards in cache-sized
/// buckets (`RepeatedKeys`).
public enum RosterFile {
    /// Reads a roster: decodes (UTF-8, UTF-8 with BOM, GB18030/GBK), parses RFC 4180 CSV, maps columns by
    /// Chinese or English header, checks every row. Throws only when the file as a whole is unusable
    /// (unreadable, undecodable at a byte -> give the line, no header row, a required column missing).
    public static func read(contentsOf url: URL, defaults: RosterDefaults) throws(RosterError) -> Roster {
        let name = url.isFileURL ? url.relativePath : url.absoluteString
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .mappedIfSafe)
        } catch let error as CocoaError {
            switch error.code {
            case .fileReadNoSuchFile: throw RosterError(file: name, reason: "no such file")
            case .fileReadNoPermission: throw RosterError(file: name, reason: "permission denied")
            default: throw RosterError(file: name, reason: "cannot be read (\(error.localizedDescription))")
            }
        } catch {
            throw RosterError(file: name, reason: "cannot be read (\(error.localizedDescription))")
        }
        return try read(data: data, name: name, defaults: defaults)
    }

    public static func read(data: Data, name: String, defaults: RosterDefaults) throws(RosterError) -> Roster {
        try read(data: data, name: name, defaults: defaults, parallelThreshold: parallelThreshold)
    }

    /// Files at least this large are read on two threads.
    static let parallelThreshold = 1 << 20

    /// `parallelThreshold` lets tests read the same bytes both ways and compare.
    static func read(data: Data, name: String, defaults: RosterDefaults, parallelThreshold: Int) throws(RosterError) -> Roster {
        let result: Result<Roster, RosterError> = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            do throws(RosterError) {
                let context = ReadContext(name: name, defaults: defaults, parallelThreshold: parallelThreshold)
                return .success(try read(bytes: bytes, context))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private struct ReadContext {
        var name: String
        var defaults: RosterDefaults
        var parallelThreshold: Int
    }

    private static func read(bytes: UnsafeBufferPointer<UInt8>, _ context: ReadContext) throws(RosterError) -> Roster {
        let name = context.name
        guard !bytes.isEmpty else { throw RosterError(file: name, reason: "is empty: no header row") }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            throw RosterError(file: name, reason: "is UTF-16 (Excel's \"Unicode text\"); save it as \"CSV UTF-8\" or \"CSV\"")
        }
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            let text = UnsafeBufferPointer(rebasing: bytes[3...])
            switch try parse(text, encoding: .utf8WithBOM, cells: .utf8, context) {
            case let .roster(roster): return roster
            case let .undecodable(offset):
                throw RosterError(file: name, line: line(at: offset, in: text),
                                  reason: "byte \(hex(text[offset])) is not UTF-8, though the file starts with a UTF-8 byte-order mark")
            }
        }
        let sample = UnsafeBufferPointer(rebasing: bytes[..<min(bytes.count, 1 << 16)])
        if let bad = UTF8Validation.firstInvalid(sample, allowTruncatedTail: sample.count < bytes.count) {
            return try readGB18030(bytes, context, utf8FailedAt: bad)
        }
        switch try parse(bytes, encoding: .utf8, cells: .utf8, context) {
        case let .roster(roster): return roster
        case let .undecodable(offset):
            // The start looked like UTF-8 (perhaps only ASCII); GBK text further on is still GBK.
            return try readGB18030(bytes, context, utf8FailedAt: offset)
        }
    }

    private static func readGB18030(_ bytes: UnsafeBufferPointer<UInt8>, _ context: ReadContext, utf8FailedAt: Int?) throws(RosterError) -> Roster {
        let name = context.name
        guard let table = GB18030Decoder.twoByteTable else {
            throw RosterError(file: name, reason: "is not UTF-8, and this system's iconv cannot decode GB18030")
        }
        func neither(at offset: Int) -> RosterError {
            let shown = bytes[offset..<min(bytes.count, offset + 2)].map(hex).joined(separator: " ")
            return RosterError(file: name, line: line(at: offset, in: bytes),
                               reason: "\(offset + 1 < bytes.count ? "bytes \(shown) are" : "byte \(shown) is") neither UTF-8 nor GB18030")
        }
        let parsed: Parsed
        do {
            parsed = try parse(bytes, encoding: .gb18030, cells: .gb18030(table: table), context)
        } catch {
            // UTF-8 read as GB18030 makes a header of nonsense. When UTF-8 got past the line this reading
            // stopped on, the file is UTF-8 with a bad byte, and that byte is the one to report.
            if let utf8FailedAt, line(at: utf8FailedAt, in: bytes) > error.line ?? 1 { throw neither(at: utf8FailedAt) }
            throw error
        }
        switch parsed {
        case let .roster(roster): return roster
        case let .undecodable(gbOffset):
            // Blame the byte that the likelier reading reached: the one that got further.
            throw neither(at: max(gbOffset, utf8FailedAt ?? 0))
        }
    }

    private enum Parsed {
        case roster(Roster)
        /// A cell could not be decoded at this offset of the text.
        case undecodable(Int)
    }

    private static func parse(_ text: UnsafeBufferPointer<UInt8>, encoding: RosterEncoding, cells: CellText,
                              _ context: ReadContext) throws(RosterError) -> Parsed {
        let name = context.name, defaults = context.defaults
        var scanner = CSVRecordScanner(text)
        defer { scanner.deallocate() }
        var headerRecord: CSVRecordScanner.Record?
        var headerCells: [String] = []
        while let record = scanner.next() {
            headerCells = []
            for field in scanner.fields.prefix(record.fieldCount) {
                var raw = Array(UnsafeBufferPointer(rebasing: text[field.start..<field.end]))
                if field.escaped { raw = undoubledQuotes(raw) }
                switch raw.withUnsafeBufferPointer({ cells.string($0) }) {
                case let .success(cell): headerCells.append(cell)
                case let .failure(failure): return .undecodable(field.escaped ? field.start : field.start + failure.offset)
                }
            }
            if headerCells.contains(where: { !RosterColumn.normalise($0).isEmpty }) {
                headerRecord = record
                break
            }
        }
        guard let header = headerRecord else { throw RosterError(file: name, reason: "has no header row") }
        if case let .unterminatedQuote(quoteLine) = header.ending {
            throw RosterError(file: name, line: quoteLine, reason: "a quote in the header row is never closed")
        }
        var fieldIndex = Array(repeating: -1, count: RosterColumn.allCases.count)
        var headers = RosterColumn.allCases.map(\.chinese)
        var ignored: [String] = []
        for (i, cell) in headerCells.enumerated() {
            guard let column = RosterColumn(header: cell) else {
                if !RosterColumn.normalise(cell).isEmpty { ignored.append(cell) }
                continue
            }
            if fieldIndex[column.rawValue] >= 0 {
                throw RosterError(file: name, line: header.line,
                                  reason: "columns \(fieldIndex[column.rawValue] + 1) ('\(headers[column.rawValue])') and \(i + 1) ('\(cell)') both give \(column.chinese)")
            }
            fieldIndex[column.rawValue] = i
            headers[column.rawValue] = cell.trimmingWhitespace()
        }
        if fieldIndex.allSatisfy({ $0 < 0 }) {
            throw RosterError(file: name, line: header.line,
                              reason: "is not a header row: it names none of \(RosterColumn.allCases.map(\.chinese).joined(separator: ", ")) (or \(RosterColumn.allCases.map(\.english).joined(separator: ", ")))")
        }
        let missing = RosterColumn.required.filter { fieldIndex[$0.rawValue] < 0 }
        if !missing.isEmpty {
            throw RosterError(file: name, line: header.line,
                              reason: "the header has no \(missing.map { "\($0.chinese) (\($0.english))" }.joined(separator: " or ")) column")
        }
        let layout = RosterLayout(
            fieldIndex: fieldIndex, headers: headers, headerFieldCount: header.fieldCount, file: name,
            defaultLevel: defaults.level, defaultGraduation: defaults.graduationYear.map { YearMonth($0, 6) },
            referenceDate: defaults.referenceDate ?? today(), categories: defaults.categories)
        let dataStart = scanner.position
        let dataLine = scanner.line

        // Two stretches when the file is large: the second starts after a line feed near the middle, on the
        // guess that it ends a record (checked afterwards).
        let remaining = text.count - dataStart
        var split = text.count
        if remaining >= context.parallelThreshold {
            split = dataStart + remaining / 2
            while split < text.count && text[split - 1] != UInt8(ascii: "\n") { split += 1 }
        }
        let stretches = split < text.count ? [dataStart..<split, split..<text.count] : [dataStart..<text.count]
        // Line breaks per stretch: one more than that bounds its records, so its entries can be built in place
        // in the final array, and the second stretch knows its first line before the first is read.
        var lineBreaks = Array(repeating: 0, count: stretches.count)
        lineBreaks.withUnsafeMutableBufferPointer { counts in
            nonisolated(unsafe) let counts = counts, text = text
            DispatchQueue.concurrentPerform(iterations: stretches.count) { k in
                counts[k] = CSVRecordScanner.lineBreaks(UnsafeBufferPointer(rebasing: text[stretches[k]]))
            }
        }
        let bounds = lineBreaks.map { $0 + 1 }
        let firstLines = [dataLine, dataLine + lineBreaks[0]]

        var invalidOffset: Int?
        var merged = RosterChunk.Merged(problems: [], entryCount: 0, rowCount: 0, blankRowCount: 0)
        let entries = [RosterEntry](unsafeUninitializedCapacity: bounds.reduce(0, +)) { buffer, initialized in
            let base = buffer.baseAddress!
            HugePages.advise(UnsafeMutableRawBufferPointer(buffer))
            let chunks = readChunks(text, stretches: stretches, bounds: bounds, firstLines: firstLines, output: base,
                                    layout: layout, cells: cells)
            defer { for chunk in chunks { chunk.reader.deallocate() } }
            if let offset = chunks.lazy.compactMap(\.reader.undecodableAt).first {
                for chunk in chunks { chunk.discardEntries() }
                invalidOffset = offset
                initialized = 0
                return
            }
            merged = RosterChunk.merge(chunks, into: base, layout: layout)
            initialized = merged.entryCount
        }
        if let invalidOffset { return .undecodable(invalidOffset) }
        return .roster(Roster(entries: entries, problems: merged.problems, encoding: encoding, rowCount: merged.rowCount,
                              blankRowCount: merged.blankRowCount, ignoredColumns: ignored))
    }

    /// Reads the stretches, on two threads when there are two. If the first ends inside a quoted field, the
    /// split was inside a record: both results are dropped and the whole is read again in one go.
    private static func readChunks(_ text: UnsafeBufferPointer<UInt8>, stretches: [Range<Int>], bounds: [Int], firstLines: [Int],
                                   output: UnsafeMutablePointer<RosterEntry>, layout: RosterLayout,
                                   cells: CellText) -> [RosterChunk] {
        guard case let .gb18030(table) = cells else {
            return readChunks(text, stretches: stretches, bounds: bounds, firstLines: firstLines, output: output,
                              layout: layout, table: nil)
        }
        return table.withUnsafeBufferPointer { table in
            readChunks(text, stretches: stretches, bounds: bounds, firstLines: firstLines, output: output,
                       layout: layout, table: table)
        }
    }

    private static func readChunks(_ text: UnsafeBufferPointer<UInt8>, stretches: [Range<Int>], bounds: [Int], firstLines: [Int],
                                   output: UnsafeMutablePointer<RosterEntry>, layout: RosterLayout,
                                   table: UnsafeBufferPointer<UInt16>?) -> [RosterChunk] {
        func readAll() -> [RosterChunk] {
            let whole = stretches.first!.lowerBound..<stretches.last!.upperBound
            var reader = RosterChunkReader(layout: layout, table: table, endsFile: true,
                                           output: RosterEntryStorage(base: output, capacity: bounds.reduce(0, +)))
            reader.read(text, from: whole.lowerBound, to: whole.upperBound, firstLine: firstLines[0])
            return [RosterChunk(reader: reader)]
        }
        guard stretches.count == 2 else { return readAll() }
        var readers: [RosterChunkReader?] = [nil, nil]
        readers.withUnsafeMutableBufferPointer { slots in
            nonisolated(unsafe) let slots = slots, text = text, output = output, table = table
            DispatchQueue.concurrentPerform(iterations: 2) { k in
                let storage = RosterEntryStorage(base: output + (k == 0 ? 0 : bounds[0]), capacity: bounds[k])
                var reader = RosterChunkReader(layout: layout, table: table, endsFile: k == 1, output: storage)
                reader.read(text, from: stretches[k].lowerBound, to: stretches[k].upperBound, firstLine: firstLines[k])
                slots[k] = reader
            }
        }
        let first = readers[0]!, second = readers[1]!
        if first.endedInsideQuote {
            for reader in [first, second] {
                reader.entries.discard()
                reader.deallocate()
            }
            return readAll()
        }
        return [RosterChunk(reader: first), RosterChunk(reader: second)]
    }

    private static func today() -> CivilDate {
        CivilDate(dayNumber: Int((Date().timeIntervalSince1970 + Double(Moment.utcOffsetSeconds)) / 86_400))
    }

    private static func hex(_ byte: UInt8) -> String {
        "0x" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
    }

    private static func undoubledQuotes(_ raw: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < raw.count {
            out.append(raw[i])
            i += raw[i] == UInt8(ascii: "\"") ? 2 : 1
        }
        return out
    }

    /// The physical line holding byte `offset`, counting line feeds and lone carriage returns as the
    /// scanner does.
    static func line(at offset: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
        var line = 1
        var i = 0
        while i < offset {
            let c = text[i]
            if c == UInt8(ascii: "\n") || (c == UInt8(ascii: "\r") && (i + 1 >= text.count || text[i + 1] != UInt8(ascii: "\n"))) {
                line += 1
            }
            i += 1
        }
        return line
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

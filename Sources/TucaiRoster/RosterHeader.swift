import Foundation
import TucaiKernel

/// A roster's header row: the first record with a non-blank cell, whose cells name the columns in Chinese or
/// English in any order. Finding it checks what makes a file unusable as a whole: no header, a header that
/// names no roster column, two columns for one field, a required column missing.
struct RosterHeader {
    var layout: RosterLayout
    /// Header cells that name no roster column.
    var ignoredColumns: [String]
    /// The file offset after the header record, where the data rows start, and its line.
    var dataStart: Int
    var dataLine: Int

    enum Found {
        case header(RosterHeader)
        /// A header cell could not be decoded at this file offset.
        case undecodable(Int)
    }

    /// Reads records from `textStart` (after any byte-order mark) until one has a non-blank cell.
    static func find(in window: inout RosterWindow, from textStart: Int, cells: CellText, defaults: RosterDefaults,
                     today: CivilDate) throws(RosterError) -> Found {
        let name = window.source.name
        var wanted = 1 << 16
        reading: while true {
            let text = try window.bytes(from: textStart, count: wanted)
            let wholeFile = textStart + text.count >= window.source.count
            var scanner = CSVRecordScanner(text)
            defer { scanner.deallocate() }
            var headerRecord: CSVRecordScanner.Record?
            var headerCells: [String] = []
            while let record = scanner.next() {
                // A record that reaches the end of what was read may go on after it: read more and start over.
                if !wholeFile, scanner.position >= text.count {
                    wanted *= 2
                    continue reading
                }
                headerCells = []
                for field in scanner.fields.prefix(record.fieldCount) {
                    var raw = Array(UnsafeBufferPointer(rebasing: text[field.start..<field.end]))
                    if field.escaped { raw = undoubledQuotes(raw) }
                    switch raw.withUnsafeBufferPointer({ cells.string($0) }) {
                    case let .success(cell): headerCells.append(cell)
                    case let .failure(failure):
                        return .undecodable(textStart + (field.escaped ? field.start : field.start + failure.offset))
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
                referenceDate: defaults.referenceDate ?? today, categories: defaults.categories)
            return .header(RosterHeader(layout: layout, ignoredColumns: ignored, dataStart: textStart + scanner.position,
                                        dataLine: scanner.line))
        }
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
}

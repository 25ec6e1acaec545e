import Foundation
import TucaiKernel

/// A session table read from a registrar's CSV, and what could not be read. A bad cell costs its row at
/// most, never the table: every other row is kept, and each problem names its line and column.
public struct TableReading: Sendable {
    public var table: SessionTable
    /// The line each session starts on, parallel to `table.sessions`.
    public var lines: [Int]
    public var problems: [ScheduleFinding]
}

/// Reads the CSV format of `tucai schedule check`: a header row naming the columns (date, weekday, room,
/// start, end, units, headcount, college, remarks, or their Chinese names; a single "time" column of
/// "8:30-9:10" may replace start and end), then one session per row. Several units in one cell are
/// separated by ";".
public enum SessionTableReader {
    static let rule = "csv"

    /// Throws `ReadError` only, one line naming the file: a file that is missing or unreadable is a user's
    /// mistake, not a crash.
    public static func read(contentsOf url: URL) throws(ReadError) -> TableReading {
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw ReadError(message: "\(url.path): cannot read the file") }
        guard let text = Transcoding.spreadsheetText(data) else {
            throw ReadError(message: "\(url.path): neither UTF-8 nor GB18030 text; save the table as CSV")
        }
        return read(text, file: url.path)
    }

    public struct ReadError: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    public static func read(_ text: String, file: String) -> TableReading {
        let parsed = CSVRecords.parse(text)
        var reading = read(parsed.records, complete: parsed.unclosedQuoteLine == nil)
        if let line = parsed.unclosedQuoteLine, let message = parsed.unclosedQuoteMessage {
            reading.problems.append(ScheduleFinding(.error, rule: rule, line: line, message))
        }
        return reading
    }

    private static func read(_ records: [CSVRecords.Record], complete: Bool) -> TableReading {
        var records = records[...]
        var reading = TableReading(table: SessionTable(), lines: [], problems: [])
        func problem(_ line: Int, _ message: String, severity: ScheduleFinding.Severity = .error) {
            reading.problems.append(ScheduleFinding(severity, rule: rule, line: line, message))
        }
        guard let header = records.popFirst() else {
            if complete { problem(1, "the file has no header row and no sessions") }
            return reading
        }
        var columns = [TableColumn: Int]()
        for (index, name) in header.fields.enumerated() {
            guard let column = TableColumn.named(name) else {
                if !name.trimmingWhitespace().isEmpty {
                    problem(header.line, "column '\(name.trimmingWhitespace())' is not one the checker reads; it is ignored", severity: .note)
                }
                continue
            }
            if columns[column] != nil {
                problem(header.line, "column '\(column.rawValue)' appears twice; the first one is read")
            } else {
                columns[column] = index
            }
        }
        // A lone start or end beside a time column is read as a note; the time column gives the span.
        let readsStartAndEnd = columns[.start] != nil && columns[.end] != nil
        if !readsStartAndEnd, columns[.time] != nil {
            for lone in [TableColumn.start, .end] where columns[lone] != nil {
                problem(header.line, "column '\(lone.rawValue)' has no partner '\(lone == .start ? "end" : "start")'; the 'time' column is read instead", severity: .note)
                columns[lone] = nil
            }
        }
        var missing = [String]()
        if columns[.date] == nil { missing.append("date (日期)") }
        if columns[.units] == nil { missing.append("units (单位/专业/班级)") }
        if columns[.time] == nil, columns[.start] == nil || columns[.end] == nil {
            missing.append(columns[.start] == nil && columns[.end] == nil ? "start and end (or time)" : columns[.start] == nil ? "start" : "end")
        }
        guard missing.isEmpty else {
            problem(header.line, "the header has no column for " + missing.joined(separator: ", ")
                    + "; the header reads: " + header.fields.joined(separator: ","))
            return reading
        }
        for record in records {
            if let session = session(in: record, columns: columns, header: header.fields.count, problem: problem) {
                reading.table.sessions.append(session)
                reading.lines.append(record.line)
            }
        }
        return reading
    }

    private static func session(in record: CSVRecords.Record, columns: [TableColumn: Int], header: Int,
                                problem: (Int, String, ScheduleFinding.Severity) -> Void) -> Session? {
        let line = record.line
        func error(_ message: String) { problem(line, message, .error) }
        if record.fields.count > header, record.fields[header...].contains(where: { !$0.trimmingWhitespace().isEmpty }) {
            error("the row has \(record.fields.count) fields but the header only \(header) (an unquoted comma inside a cell?); the row is left out")
            return nil
        }
        let absent = columns.filter { $0.value >= record.fields.count }.sorted { $0.value < $1.value }.map(\.key)
        func cell(_ column: TableColumn) -> String? {
            guard let index = columns[column], index < record.fields.count else { return nil }
            let text = record.fields[index].trimmingWhitespace()
            return text.isEmpty ? nil : text
        }
        let required: Set<TableColumn> = columns[.start] != nil ? [.date, .units, .start, .end] : [.date, .units, .time]
        if !absent.isEmpty {
            let lost = absent.contains(where: required.contains) ? "; the row is left out" : "; the row is kept without them"
            error("the row has \(record.fields.count) fields but the header \(header): no cell for "
                  + absent.map(\.rawValue).joined(separator: ", ") + lost)
            if absent.contains(where: required.contains) { return nil }
        }

        guard let dateText = cell(.date) else { error("field 'date': empty; the row is left out"); return nil }
        guard let date = parseDate(dateText) else {
            error("field 'date': '\(dateText)' is not a date like 2022-11-19; the row is left out"); return nil
        }
        var window: TimeWindow?
        if columns[.start] != nil, columns[.end] != nil {
            let startText = cell(.start) ?? "", endText = cell(.end) ?? ""
            let start = TimeOfDay(parsing: startText), end = TimeOfDay(parsing: endText)
            if start == nil { error("field 'start': '\(startText)' is not a time like 09:30; the row is left out") }
            if end == nil { error("field 'end': '\(endText)' is not a time like 09:30; the row is left out") }
            guard let start, let end else { return nil }
            window = TimeWindow(start, end)
        } else {
            let text = cell(.time) ?? ""
            guard let parsed = parseSpan(text) else {
                error("field 'time': '\(text)' is not a span like 08:30-09:10; the row is left out"); return nil
            }
            window = parsed
        }
        let units = TableColumn.units(cell(.units) ?? "")
        guard !units.isEmpty else { error("field 'units': empty; the row is left out"); return nil }

        var weekday: Weekday?
        if let text = cell(.weekday) {
            weekday = Weekday(chinese: text) ?? englishWeekday(text)
            if weekday == nil { error("field 'weekday': '\(text)' is not a weekday like 星期六 or Saturday; the row is kept without it") }
        }
        var headcount: Int?
        if let text = cell(.headcount) {
            let digits = text.hasSuffix("人") ? String(text.dropLast()) : text
            if let value = Int(digits.trimmingWhitespace()) {
                if value < 0 {
                    error("field 'headcount': \(value) is negative; the row is kept without a headcount")
                } else if value > HeadcountLimit.largest {
                    error("field 'headcount': \(value) is more than \(HeadcountLimit.largest) students; the row is kept without a headcount")
                } else {
                    headcount = value
                }
            } else {
                error("field 'headcount': '\(text)' is not a whole number; the row is kept without a headcount")
            }
        }
        return Session(units: units, room: cell(.room), date: date, printedWeekday: weekday, start: window!.start,
                       end: window!.end, headcount: headcount, college: cell(.college), group: cell(.group),
                       remarks: cell(.remarks).map { [$0] } ?? [])
    }

    /// "Saturday", "Sat", "sat.", "Tues", "Thurs": a full English name, or any prefix of it three letters or longer.
    static func englishWeekday(_ text: String) -> Weekday? {
        let names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        var key = text.trimmingWhitespace().lowercased()
        if key.hasSuffix(".") { key.removeLast() }
        guard key.count >= 3, let index = names.firstIndex(where: { $0.hasPrefix(key) }) else { return nil }
        return Weekday(rawValue: index + 1)
    }

    /// "2022-11-19", "2022/11/19", "2022.11.19", "2022年11月19日".
    static func parseDate(_ text: String) -> CivilDate? {
        var normalized = text.trimmingWhitespace()
        for separator in ["/", ".", "年", "月"] { normalized = normalized.replacingOccurrences(of: separator, with: "-") }
        if normalized.hasSuffix("日") { normalized = String(normalized.dropLast()) }
        return CivilDate(iso: normalized)
    }

    /// "8:30-9:10", "8：30—9：10", "8:30~9:10", "8:30至9:10".
    static func parseSpan(_ text: String) -> TimeWindow? {
        let parts = text.split(whereSeparator: { "-—–~～至".contains($0) })
        guard parts.count == 2, let start = TimeOfDay(parsing: String(parts[0])),
              let end = TimeOfDay(parsing: String(parts[1])) else { return nil }
        return TimeWindow(start, end)
    }
}

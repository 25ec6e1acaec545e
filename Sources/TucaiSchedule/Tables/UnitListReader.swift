import Foundation
import TucaiKernel

/// Reads the units to plan from a CSV: a header naming unit (单位/专业/班级), headcount (人数), and
/// optionally college (学院) and campus (校区), then a unit per row. Every bad row is reported with its line
/// and left out; the planner refuses to plan while any is reported, since a unit left out is a unit with
/// no slot.
public enum UnitListReader {
    public struct Reading: Sendable {
        public var units: [PlanningUnit]
        public var problems: [String]
    }

    /// Throws `SessionTableReader.ReadError` only, one line naming the file.
    public static func read(contentsOf url: URL) throws(SessionTableReader.ReadError) -> Reading {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw SessionTableReader.ReadError(message: "\(url.path): cannot read the file")
        }
        guard let text = Transcoding.spreadsheetText(data) else {
            throw SessionTableReader.ReadError(message: "\(url.path): neither UTF-8 nor GB18030 text; save the units as CSV")
        }
        return read(text, file: url.path)
    }

    static let headers: [String: [String]] = [
        "unit": ["unit", "units", "name", "单位", "专业", "班级", "采集单位", "培养单位"],
        "headcount": ["headcount", "人数", "学生人数"],
        "college": ["college", "学院", "所属学院"],
        "campus": ["campus", "校区"],
    ]

    public static func read(_ text: String, file: String) -> Reading {
        let parsed = CSVRecords.parse(text)
        var reading = read(parsed.records, file: file, complete: parsed.unclosedQuoteLine == nil)
        if let line = parsed.unclosedQuoteLine, let message = parsed.unclosedQuoteMessage {
            reading.problems.append("\(file):\(line): " + message)
        }
        return reading
    }

    private static func read(_ records: [CSVRecords.Record], file: String, complete: Bool) -> Reading {
        var records = records[...]
        var reading = Reading(units: [], problems: [])
        guard let header = records.popFirst() else {
            if complete { reading.problems.append("\(file):1: the file has no header row and no units") }
            return reading
        }
        var columns = [String: Int]()
        for (index, name) in header.fields.enumerated() {
            let key = name.trimmingWhitespace().lowercased()
            if let column = headers.first(where: { $0.value.contains(key) })?.key, columns[column] == nil { columns[column] = index }
        }
        for required in ["unit", "headcount"] where columns[required] == nil {
            reading.problems.append("\(file):\(header.line): the header has no '\(required)' column; it reads: " + header.fields.joined(separator: ","))
        }
        guard let unitColumn = columns["unit"], let countColumn = columns["headcount"] else { return reading }
        for record in records {
            func cell(_ index: Int?) -> String? {
                guard let index, index < record.fields.count else { return nil }
                let text = record.fields[index].trimmingWhitespace()
                return text.isEmpty ? nil : text
            }
            guard let name = cell(unitColumn) else {
                reading.problems.append("\(file):\(record.line): field 'unit': empty; the row is left out")
                continue
            }
            guard let countText = cell(countColumn), let count = Int(countText.hasSuffix("人") ? String(countText.dropLast()) : countText) else {
                reading.problems.append("\(file):\(record.line): field 'headcount': '\(cell(countColumn) ?? "")' is not a whole number; the row is left out")
                continue
            }
            guard count > 0, count <= HeadcountLimit.largest else {
                reading.problems.append("\(file):\(record.line): field 'headcount': \(count) must be from 1 to \(HeadcountLimit.largest); the row is left out")
                continue
            }
            reading.units.append(PlanningUnit(name, headcount: count, college: cell(columns["college"]), campus: cell(columns["campus"])))
        }
        return reading
    }
}

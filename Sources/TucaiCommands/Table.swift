import Foundation
import TucaiKernel

/// Rows and columns that a command prints in the format the user asks for.
public struct Table {
    public enum Format: String, CaseIterable, Sendable {
        case text, markdown, csv, json
    }

    public var headers: [String]
    public var rows: [[String]]

    public init(headers: [String], rows: [[String]]) { self.headers = headers; self.rows = rows }

    public func render(_ format: Format) -> String {
        switch format {
        case .text: text
        case .markdown: markdown
        case .csv: csv
        case .json: json
        }
    }

    /// Cells wider than this wrap onto further lines in the text format.
    public var maximumCellWidth = 44
    /// The width the text format must fit, in display columns (a terminal's); nil for no limit. The widest
    /// columns wrap narrower, one column at a time, until the table fits or every column is at `narrowest`.
    public var totalWidth: Int?
    static let narrowest = 6

    /// Columns padded to their widest cell, counting CJK characters as two columns as terminals do; long
    /// cells wrap so that a row per aspect stays readable side by side.
    var text: String {
        let all = [headers] + rows
        var limits = headers.indices.map { _ in maximumCellWidth }
        func wrapped(_ column: Int) -> [[String]] { all.map { Table.wrap($0[column], width: limits[column]) } }
        var columns = headers.indices.map(wrapped)
        func width(_ column: Int) -> Int { columns[column].map { $0.map(Table.displayWidth).max() ?? 0 }.max() ?? 0 }
        var widths = headers.indices.map(width)
        if let totalWidth {
            // Each step lowers one column's limit, so the loop ends even where a cell cannot wrap narrower.
            while widths.reduce(0, +) + 2 * (widths.count - 1) > totalWidth,
                  let widest = widths.indices.filter({ limits[$0] > Table.narrowest }).max(by: { widths[$0] < widths[$1] }) {
                limits[widest] = min(limits[widest], widths[widest]) - 1
                columns[widest] = wrapped(widest)
                widths[widest] = width(widest)
            }
        }
        var text = ""
        for row in all.indices {
            Table.layOut(headers.indices.map { columns[$0][row] }, widths: widths, into: &text)
            if row == 0 { text += Table.rule(widths) }
        }
        return text
    }

    /// One row, its cells already wrapped, as the lines of the text format, each ending in a newline.
    static func layOut(_ row: [[String]], widths: [Int], into text: inout String) {
        let height = row.map(\.count).max() ?? 1
        for lineIndex in 0..<height {
            let cells = row.enumerated().map { column, cellLines in
                let cell = lineIndex < cellLines.count ? cellLines[lineIndex] : ""
                return column == row.count - 1 ? cell
                    : cell + String(repeating: " ", count: widths[column] - Table.displayWidth(cell))
            }
            text += cells.joined(separator: "  ").trailingSpacesTrimmed + "\n"
        }
    }

    /// The line under the headers.
    static func rule(_ widths: [Int]) -> String { widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n" }

    /// Breaks `text` into lines of at most `width` display columns, preferring to break after a space or
    /// a separator.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = "", lineWidth = 0
            var lastBreak: String.Index?
            for character in paragraph {
                let w = displayWidth(String(character))
                if lineWidth + w > width, !line.isEmpty {
                    if let cut = lastBreak, cut > line.startIndex {
                        lines.append(String(line[..<cut]).trailingSpacesTrimmed)
                        line = String(line[cut...]).drop(while: { $0 == " " }).description
                    } else {
                        lines.append(line)
                        line = ""
                    }
                    lineWidth = displayWidth(line)
                    lastBreak = nil
                }
                line.append(character)
                lineWidth += w
                if character == " " || character == "；" || character == "、" || character == "，" { lastBreak = line.endIndex }
            }
            lines.append(line)
        }
        return lines
    }

    var markdown: String {
        let escape: (String) -> String = { $0.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }
        var lines = ["| " + headers.map(escape).joined(separator: " | ") + " |",
                     "|" + headers.map { _ in " --- |" }.joined()]
        lines += rows.map { "| " + $0.map(escape).joined(separator: " | ") + " |" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// RFC 4180; a cell a spreadsheet would run as a formula is written as text (`CSVRecords.neutralized`).
    var csv: String { CSVRecords.writeForSpreadsheets([headers] + rows) }

    /// An array of objects keyed by header, keys in header order.
    var json: String {
        let objects = rows.map { row in
            "  {" + zip(headers, row).map { "\(Table.jsonString($0)): \(Table.jsonString($1))" }.joined(separator: ", ") + "}"
        }
        return "[\n" + objects.joined(separator: ",\n") + (objects.isEmpty ? "" : "\n") + "]\n"
    }

    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value): out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static func displayWidth(_ text: some StringProtocol) -> Int { text.displayColumns }
}

extension String {
    var trailingSpacesTrimmed: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}

/// Splits CSV text into records as RFC 4180 writes them and as spreadsheets export them: quoted fields with
/// doubled quotes and line breaks inside, CRLF or LF, a UTF-8 byte-order mark, a trailing newline. Each
/// record keeps the line it starts on, so that problems can name it.
public struct CSVRecords: Sendable {
    public struct Record: Sendable, Equatable {
        public var line: Int
        public var fields: [String]
    }

    public var records: [Record]
    /// The line of a quote that opens a field and never closes. Where that field was meant to end cannot be
    /// known, so its record and everything after it are left out; the records before it stand.
    public var unclosedQuoteLine: Int?

    /// The one-line problem an unclosed quote makes, or nil.
    public var unclosedQuoteMessage: String? {
        unclosedQuoteLine.map { "quote opened on line \($0) is never closed; the rest of the file from there is left out" }
    }

    public static func parse(_ text: String) -> CSVRecords {
        var records = [Record]()
        var fields = [String]()
        var field = ""
        var inQuotes = false
        var quoteLine = 1
        var line = 1
        var recordLine = 1
        var characters = text.hasPrefix("\u{FEFF}") ? Substring(text.dropFirst()) : Substring(text)
        func endRecord() {
            fields.append(field)
            // A line of nothing but separators or nothing at all carries no record.
            if fields.contains(where: { !$0.trimmingWhitespace().isEmpty }) {
                records.append(Record(line: recordLine, fields: fields))
            }
            fields = []; field = ""
        }
        while let character = characters.first {
            characters = characters.dropFirst()
            if inQuotes {
                if character == "\"" {
                    if characters.first == "\"" { field.append("\""); characters = characters.dropFirst() } else { inQuotes = false }
                } else {
                    if character == "\n" || character == "\r\n" || character == "\r" { line += 1 }
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"" where field.trimmingWhitespace().isEmpty:
                field = ""; inQuotes = true; quoteLine = line
            case ",":
                fields.append(field); field = ""
            case "\n", "\r\n", "\r":
                endRecord()
                line += 1
                recordLine = line
            default:
                field.append(character)
            }
        }
        if inQuotes { return CSVRecords(records: records, unclosedQuoteLine: quoteLine) }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return CSVRecords(records: records, unclosedQuoteLine: nil)
    }

    /// Records written as RFC 4180: a field with a comma, quote or line break is quoted with its quotes
    /// doubled, and records end in CRLF, as spreadsheets expect.
    public static func write(_ records: [[String]]) -> String {
        records.map { $0.map(quoted).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// Records written as `write` does, each field first made inert for a spreadsheet (`neutralized`): for
    /// every CSV a person may open in Excel, WPS or LibreOffice.
    public static func writeForSpreadsheets(_ records: [[String]]) -> String {
        write(records.map { $0.map(neutralized) })
    }

    /// A field a spreadsheet would run as a formula (or a DDE command) when it begins with `=`, `+`, `-`, `@`,
    /// a tab or a carriage return, given a leading apostrophe so that it is shown as text (OWASP's CSV
    /// injection advice). A field that is a plain number, "-300" or "+1.5", is left alone: a spreadsheet reads it
    /// as that number and runs nothing, and an apostrophe would turn an amount into text.
    public static func neutralized(_ field: String) -> String {
        guard let first = field.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return field }
        if isPlainNumber(field) { return field }
        return "'" + field
    }

    /// A sign, digits, and at most one decimal point between digits.
    static func isPlainNumber(_ field: String) -> Bool {
        var bytes = field.utf8[...]
        if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
        let parts = bytes.split(separator: UInt8(ascii: "."), maxSplits: 1, omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.count <= 2 else { return false }
        return parts.allSatisfy { part in !part.isEmpty && part.allSatisfy { (0x30...0x39).contains($0) } }
    }

    static func quoted(_ field: String) -> String {
        guard field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

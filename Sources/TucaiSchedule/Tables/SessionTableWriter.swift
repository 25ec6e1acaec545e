import TucaiKernel

/// Writes a session table in the CSV format `SessionTableReader` reads, so that a plan can be checked,
/// edited in a spreadsheet and checked again.
public enum SessionTableWriter {
    public static let headers = ["date", "weekday", "room", "start", "end", "arrive", "units", "headcount", "college", "remarks"]

    /// One row per session; `arrivalLead` fills the arrive column ("be there by") when the notice sets one.
    public static func rows(_ table: SessionTable, arrivalLead: Int?) -> [[String]] {
        table.sessions.map { session in
            [
                session.date.description,
                session.printedWeekday?.description ?? "",
                session.room ?? "",
                session.start.description,
                session.end.description,
                arrivalLead.map { (session.start + -$0).description } ?? "",
                session.units.joined(separator: ";"),
                session.headcount.map(String.init) ?? "",
                session.college ?? "",
                session.remarks.joined(separator: " "),
            ]
        }
    }

    /// RFC 4180, CRLF between records.
    public static func csv(_ table: SessionTable, arrivalLead: Int?) -> String {
        CSVRecords.write([headers] + rows(table, arrivalLead: arrivalLead))
    }
}

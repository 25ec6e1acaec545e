/// A roster as read from one file: the rows that passed every check, and a problem for each one that did
/// not. Nothing is dropped silently: every data row is either an entry or has at least one problem, so
/// `entries.count + rejectedRowCount == rowCount`. Rows whose fields are all empty (Excel writes them for
/// formatted but unused rows) are not data rows; `blankRowCount` counts them.
public struct Roster: Sendable {
    public var entries: [RosterEntry]
    /// Sorted by line; a row may have more than one.
    public var problems: [RosterProblem]
    public var encoding: RosterEncoding
    /// Data rows: records after the header that are not blank.
    public var rowCount: Int
    public var blankRowCount: Int
    /// Header cells that name no roster column, kept so a report can say what was ignored.
    public var ignoredColumns: [String]

    public init(entries: [RosterEntry], problems: [RosterProblem], encoding: RosterEncoding, rowCount: Int,
                blankRowCount: Int = 0, ignoredColumns: [String] = []) {
        self.entries = entries; self.problems = problems; self.encoding = encoding; self.rowCount = rowCount
        self.blankRowCount = blankRowCount; self.ignoredColumns = ignoredColumns
    }

    /// Data rows that were not imported: the distinct lines among `problems`.
    public var rejectedRowCount: Int { problems.distinctLineCount }
}

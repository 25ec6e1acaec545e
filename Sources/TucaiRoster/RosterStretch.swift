/// One stretch of a roster as `RosterStream` yields it: the good rows among its records and a problem for each
/// of the others, sorted by line, numbered as in the whole file. A record never straddles two stretches, and a
/// row that repeats a student or identity number of an earlier stretch is refused in its own.
public struct RosterStretch: Sendable {
    public var entries: [RosterEntry]
    /// Sorted by line; a row may have more than one.
    public var problems: [RosterProblem]
    /// Data rows in the stretch: records that are not blank.
    public var rowCount: Int
    public var blankRowCount: Int

    public init(entries: [RosterEntry], problems: [RosterProblem], rowCount: Int, blankRowCount: Int) {
        self.entries = entries; self.problems = problems; self.rowCount = rowCount; self.blankRowCount = blankRowCount
    }

    /// Rows of the stretch that were not imported: the distinct lines among `problems`.
    public var rejectedRowCount: Int { problems.distinctLineCount }
}

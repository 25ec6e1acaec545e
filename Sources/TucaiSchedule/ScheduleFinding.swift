import TucaiKernel

/// One problem the checker found in a session table, worded for the registrar who wrote the table.
public struct ScheduleFinding: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Errors break the table (a room booked twice, a time that runs backwards); warnings are likely mistakes
    /// a registrar should look at; notes are facts worth knowing that make no table wrong.
    public enum Severity: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
        case note, warning, error

        private var rank: Int { Severity.allCases.firstIndex(of: self)! }
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    public var severity: Severity
    /// The identifier of the rule that found it ("overlap", "csv-row").
    public var rule: String
    public var date: CivilDate?
    public var room: String?
    public var units: [String]
    public var times: [TimeWindow]
    public var message: String
    /// Line of the CSV file the problem stands on, when the table was read from one.
    public var line: Int?
    /// Positions in `SessionTable.sessions` of the rows involved, so that a drawing can mark them.
    public var sessions: [Int]

    public init(_ severity: Severity, rule: String, date: CivilDate? = nil, room: String? = nil, units: [String] = [],
                times: [TimeWindow] = [], sessions: [Int] = [], line: Int? = nil, _ message: String) {
        self.severity = severity; self.rule = rule; self.date = date; self.room = room; self.units = units
        self.times = times; self.sessions = sessions; self.line = line; self.message = message
    }

    /// A table is clean when nothing in it is worse than a note.
    public var makesTableUnclean: Bool { severity >= .warning }

    public var description: String {
        var place = [String]()
        if let line { place.append("line \(line)") }
        if let date { place.append("\(date)") }
        if let room { place.append(room) }
        if !times.isEmpty { place.append(times.map(\.description).joined(separator: ", ")) }
        return "\(severity) [\(rule)] " + (place.isEmpty ? "" : place.joined(separator: " ") + ": ") + message
    }
}

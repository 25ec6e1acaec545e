import TucaiKernel

/// Everything a rule looks at: the table, what the text declares, where each row came from.
public struct ScheduleContext: Sendable {
    public var table: SessionTable { didSet { measure() } }
    public var declaration: ScheduleDeclaration
    /// The CSV line of each row, parallel to `table.sessions`; nil for a module's table.
    public var lines: [Int]?
    /// The rate to judge slots by; nil means the table's own median slot.
    public var givenRate: Double? { didSet { measure() } }
    /// The table's slots and the rate they are judged by, worked out once for every rule that asks.
    public private(set) var slots: [Slot] = []
    public private(set) var referenceRate: ServiceRate?

    public init(table: SessionTable, declaration: ScheduleDeclaration = .none, lines: [Int]? = nil, givenRate: Double? = nil) {
        self.table = table; self.declaration = declaration; self.lines = lines; self.givenRate = givenRate
        measure()
    }

    private mutating func measure() {
        slots = Slot.slots(in: table)
        referenceRate = givenRate.map { ServiceRate($0) } ?? ServiceRate.slotMedian(of: slots)
    }

    public func line(of row: Int) -> Int? {
        guard let lines, lines.indices.contains(row) else { return nil }
        return lines[row]
    }

    /// The first line among `rows`, for a finding that involves several.
    public func line(of rows: [Int]) -> Int? { rows.compactMap { line(of: $0) }.min() }

    /// "茶学 08:30-09:10", how a sentence names a row.
    public func label(_ row: Int) -> String {
        let session = table.sessions[row]
        return "\(session.units.joined(separator: "、")) \(session.start)-\(session.end)"
    }

    /// A finding about some rows of the table, with the day, room, units, times and line filled in.
    public func finding(_ severity: ScheduleFinding.Severity, _ rule: String, rows: [Int], _ message: String) -> ScheduleFinding {
        let sessions = rows.map { table.sessions[$0] }
        var times = [TimeWindow]()
        for session in sessions where !times.contains(session.window) { times.append(session.window) }
        var units = [String]()
        for unit in sessions.flatMap(\.units) where !units.contains(unit) { units.append(unit) }
        // Past a handful of rows a list of times says less than the sentence does.
        return ScheduleFinding(severity, rule: rule, date: sessions.first?.date, room: sessions.first?.room, units: units,
                               times: times.count <= 4 ? times : [], sessions: rows, line: line(of: rows), message)
    }
}

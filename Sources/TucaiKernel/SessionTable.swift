/// A published capture table: its rows and any totals it states.
public struct SessionTable: Hashable, Sendable, Codable {
    public var sessions: [Session]
    public var subtotals: [Subtotal]

    public init(sessions: [Session] = [], subtotals: [Subtotal] = []) {
        self.sessions = sessions; self.subtotals = subtotals
    }

    public var isEmpty: Bool { sessions.isEmpty }

    /// Every unit the table names, in order of first appearance.
    public var units: [String] {
        var seen = Set<String>()
        return sessions.flatMap(\.units).filter { seen.insert($0).inserted }
    }

    /// Students the table accounts for, when every row gives a headcount.
    public var headcount: Int? {
        var total = 0
        for session in sessions {
            guard let n = session.headcount else { return nil }
            total += n
        }
        return sessions.isEmpty ? nil : total
    }

    public var rooms: [String] {
        var seen = Set<String>()
        return sessions.compactMap(\.room).filter { seen.insert($0).inserted }
    }

    public var dates: [CivilDate] { Array(Set(sessions.map(\.date))).sorted() }
}

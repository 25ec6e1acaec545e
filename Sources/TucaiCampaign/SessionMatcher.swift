import TucaiKernel

/// Finds a student's rows in a published table. Tables name their units as the registrar typed them
/// (colleges, majors or class codes, with full-width brackets and stray spaces), so both sides are compared
/// after normalising; a table cell that lists several classes ("社工181、182高") matches each of its parts.
struct SessionMatcher: Sendable {
    private let exact: [String: [Int]]
    private let parts: [String: [Int]]
    /// The student's fields in the order to try them: the table's own grouping unit first.
    private let order: [GroupingUnit]

    init(sessions: [Session], groupingUnit: GroupingUnit?) {
        var order: [GroupingUnit] = [.className, .major, .college]
        if let groupingUnit { order.removeAll { $0 == groupingUnit }; order.insert(groupingUnit, at: 0) }
        self.order = order
        var exact: [String: [Int]] = [:], parts: [String: [Int]] = [:]
        for (index, session) in sessions.enumerated() {
            for unit in session.units {
                exact[UnitName.key(unit), default: []].append(index)
                let pieces = unit.split(whereSeparator: { $0 == "、" || $0 == "," || $0 == "，" })
                if pieces.count > 1 {
                    for piece in pieces { parts[UnitName.key(String(piece)), default: []].append(index) }
                }
            }
        }
        self.exact = exact
        self.parts = parts
    }

    private func keys(for student: Student) -> [String] {
        // A unit a module names beyond these three is matched through the student's three fields all the same.
        func field(_ unit: GroupingUnit) -> String? {
            switch unit {
            case .className: student.className
            case .major: student.major
            case .college: student.college
            default: nil
            }
        }
        var keys: [String] = []
        for unit in order {
            guard let value = field(unit) else { continue }
            let key = UnitName.key(value)
            if !key.isEmpty { keys.append(key) }
        }
        return keys
    }

    /// Indices of the sessions that serve the student's unit, best match first; empty when none does.
    func sessions(for student: Student) -> [Int] {
        let keys = keys(for: student)
        for key in keys { if let found = exact[key] { return found } }
        for key in keys { if let found = parts[key] { return found } }
        return []
    }
}

/// People a unit must send to run its part of the capture.
public struct StaffRequirement: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Who provides them (each college, each unit).
    public var perUnit: GroupingUnit
    public var role: String
    public var minimum: Int
    public var maximum: Int
    /// When names must be reported, and to whom.
    public var reportBy: CivilDate?
    public var reportTo: String?

    public init(per unit: GroupingUnit, role: String, _ minimum: Int, _ maximum: Int? = nil,
                reportBy: CivilDate? = nil, reportTo: String? = nil) {
        self.perUnit = unit; self.role = role; self.minimum = minimum; self.maximum = maximum ?? minimum
        self.reportBy = reportBy; self.reportTo = reportTo
    }

    public var description: String {
        let count = minimum == maximum ? "\(minimum)" : "\(minimum)-\(maximum)"
        var text = "\(count) \(role) per \(perUnit)"
        if let reportBy { text += ", names to \(reportTo ?? "the organiser") by \(reportBy)" }
        return text
    }
}

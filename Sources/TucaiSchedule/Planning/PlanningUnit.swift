import TucaiKernel

/// What the planner places: a college, major or class with its students, kept whole in one slot.
public struct PlanningUnit: Hashable, Sendable, Codable {
    public var name: String
    public var headcount: Int
    /// Units of one college are kept next to each other where the packing allows.
    public var college: String?
    /// The campus whose rooms the unit must use; nil for any.
    public var campus: String?

    public init(_ name: String, headcount: Int, college: String? = nil, campus: String? = nil) {
        self.name = name; self.headcount = headcount; self.college = college; self.campus = campus
    }
}

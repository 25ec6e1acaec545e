/// The make-up route (补拍 / 散拍) a student who missed the collective capture was sent to, and its deadline.
public struct MakeUpAssignment: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The route's name as the policy gives it (`MakeUpRoute.name`).
    public var route: String
    public var place: String
    public var onCampus: Bool
    /// The last day the route takes students; nil when the notice names none.
    public var deadline: CivilDate?

    public init(route: String, place: String, onCampus: Bool, deadline: CivilDate?) {
        self.route = route; self.place = place; self.onCampus = onCampus; self.deadline = deadline
    }

    public init(_ route: MakeUpRoute) {
        self.init(route: route.name, place: route.place, onCampus: route.onCampus, deadline: route.deadline)
    }

    public var description: String { "\(route) at \(place)" + (deadline.map { " by \($0)" } ?? ", no deadline stated") }
}

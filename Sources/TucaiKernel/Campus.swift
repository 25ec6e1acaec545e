/// A campus on which a campaign captures (云南大学 呈贡校区, 国科大 雁栖湖校区).
public struct Campus: Hashable, Sendable, Codable, CustomStringConvertible {
    public var name: String
    public init(_ name: String) { self.name = name }
    public var description: String { name }
}

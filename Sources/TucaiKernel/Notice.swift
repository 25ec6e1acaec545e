/// The published notice an institution module encodes.
public struct Notice: Hashable, Sendable, Codable {
    public var title: String
    public var issuer: String
    public var issued: CivilDate
    /// Document number, when it has one ("教通[2022]71号").
    public var number: String?

    public init(title: String, issuer: String, issued: CivilDate, number: String? = nil) {
        self.title = title; self.issuer = issuer; self.issued = issued; self.number = number
    }
}

/// The published notice an institution module encodes.
public struct Notice: Hashable, Sendable, Codable {
    public var title: String
    public var issuer: String
    /// The publication date; nil when the saved text prints none (a notice cut off before its signature).
    public var issued: CivilDate?
    /// Document number, when it has one ("教通[2022]71号").
    public var number: String?

    public init(title: String, issuer: String, issued: CivilDate?, number: String? = nil) {
        self.title = title; self.issuer = issuer; self.issued = issued; self.number = number
    }
}

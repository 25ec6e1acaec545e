/// A total that a published table states for a block of its rows ("职业技术学院（375人）", "小计 875").
/// Kept as stated, so that the checker can add the rows up and compare.
public struct Subtotal: Hashable, Sendable, Codable {
    public enum Scope: Hashable, Sendable, Codable {
        /// All rows of one college (within `room`, when given).
        case college(String)
        /// All rows in one room.
        case room
    }

    public var scope: Scope
    public var room: String?
    public var stated: Int

    public init(_ scope: Scope, room: String? = nil, stated: Int) {
        self.scope = scope; self.room = room; self.stated = stated
    }
}

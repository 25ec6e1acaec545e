/// A room or hall that a notice's text declares for capture. The published table names rooms too; the
/// schedule checker compares the two.
public struct Room: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The room as the table names it ("南学楼 204", "C区202", "11B-103").
    public var name: String
    public var campus: String?
    /// Other spellings the notice uses for the same room ("逸夫楼C区202", "A组").
    public var aliases: [String]

    public init(_ name: String, campus: String? = nil, aliases: [String] = []) {
        self.name = name; self.campus = campus; self.aliases = aliases
    }

    public func isNamed(_ text: String) -> Bool {
        let key = Room.normalized(text)
        return Room.normalized(name) == key || aliases.contains { Room.normalized($0) == key }
    }

    /// Room names differ in spacing and hyphens between a notice's text and its table ("11B-103", "11B105").
    public static func normalized(_ text: String) -> String {
        String(text.filter { !$0.isWhitespace && $0 != "\u{3000}" && $0 != "-" && $0 != "—" })
    }

    public var description: String { campus.map { "\(name)（\($0)）" } ?? name }
}

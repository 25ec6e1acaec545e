/// A word of an open vocabulary: a credential, a payment channel, a payer, a room role… Where schools vary
/// without end, the kernel names the common words as static members and a module adds its own in an
/// extension, the way Foundation's `Notification.Name` works, so a new school never needs a kernel edit.
/// Two terms are the same word when their identifiers are equal; the names are for people.
///
/// Behaviour that depends on a term belongs to whoever introduces it: the kernel's standard workflow rules
/// act on the kernel's words, and a module that adds a word adds the rule types that act on it.
public struct Term<Kind: TermKind>: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Stable identifier, as stored and as event files may write it ("residentIDCard").
    public let id: String
    public let chinese: String
    public let english: String

    public init(_ id: String, chinese: String, english: String) {
        self.id = id; self.chinese = chinese; self.english = english
    }

    public static func == (a: Term, b: Term) -> Bool { a.id == b.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }

    public var description: String { english }

    /// The term among `known` that `text` names, by identifier, Chinese or English name.
    public static func named(_ text: String, among known: [Term]) -> Term? {
        let t = text.trimmingWhitespace()
        return known.first { $0.id == t || $0.chinese == t || $0.english == t }
    }

    // Stored as the identifier alone: names may be reworded without touching stored data.
    public init(from decoder: any Decoder) throws {
        let id = try decoder.singleValueContainer().decode(String.self)
        self.init(id, chinese: id, english: id)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(id)
    }
}

/// What a vocabulary is about; the phantom type keeps a credential from being passed as a payer.
public protocol TermKind: Sendable {
    /// The vocabulary's name in messages ("credential").
    static var noun: String { get }
}

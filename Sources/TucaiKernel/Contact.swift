/// Someone a student or registrar can call or write to.
public struct Contact: Hashable, Sendable, Codable, CustomStringConvertible {
    public var name: String
    public var phones: [String]
    public var email: String?
    /// When the line is staffed, if the notice says.
    public var hours: String?

    public init(_ name: String, phones: [String] = [], email: String? = nil, hours: String? = nil) {
        self.name = name; self.phones = phones; self.email = email; self.hours = hours
    }

    public var description: String {
        var parts = [name]
        if !phones.isEmpty { parts.append(phones.joined(separator: " / ")) }
        if let email { parts.append(email) }
        if let hours { parts.append("(\(hours))") }
        return parts.joined(separator: " ")
    }
}

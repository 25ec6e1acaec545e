/// The institutions a build knows, and how a config or a command line names one.
public struct InstitutionRegistry: Sendable {
    public struct Entry: Sendable {
        /// The module's folder under Institutions/.
        public let module: String
        public let institution: any Institution
        public init(module: String, institution: any Institution) { self.module = module; self.institution = institution }
    }

    public struct UnknownInstitution: Error, CustomStringConvertible {
        public let name: String
        public let known: [String]
        public var description: String {
            "unknown institution '\(name)'; known: " + known.joined(separator: ", ")
        }
    }

    public let entries: [Entry]
    public init(_ entries: [Entry]) { self.entries = entries }

    public var institutions: [any Institution] { entries.map(\.institution) }

    /// Finds an institution by identifier (case-insensitive) or national school code.
    public func institution(named name: String) throws(UnknownInstitution) -> any Institution {
        let key = name.trimmingWhitespace().lowercased()
        if let found = institutions.first(where: { $0.identifier.lowercased() == key || $0.nationalCode == key }) {
            return found
        }
        throw UnknownInstitution(name: name, known: institutions.map { "\($0.identifier) (\($0.nationalCode))" })
    }
}

/// The photo agency that runs the capture stations.
public struct Agency: Hashable, Sendable, Codable, CustomStringConvertible {
    public typealias Network = AgencyNetwork

    public var name: String
    public var network: Network
    public var contacts: [Contact]

    public init(_ name: String, network: Network, contacts: [Contact] = []) {
        self.name = name; self.network = network; self.contacts = contacts
    }

    public var description: String { name }
}

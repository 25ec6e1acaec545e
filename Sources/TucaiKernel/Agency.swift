/// The photo agency that runs the capture stations.
public struct Agency: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Network: String, Hashable, Sendable, Codable {
        /// 新华社 and its provincial branches.
        case xinhua
        /// 中国图片社.
        case chinaPictureGroup
        /// Another centre commissioned by 学信网.
        case other
    }

    public var name: String
    public var network: Network
    public var contacts: [Contact]

    public init(_ name: String, network: Network, contacts: [Contact] = []) {
        self.name = name; self.network = network; self.contacts = contacts
    }

    public var description: String { name }
}

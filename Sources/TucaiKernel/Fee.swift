/// What a student pays for capture, item by item, and what that buys.
public struct Fee: Hashable, Sendable, Codable, CustomStringConvertible {
    public struct Item: Hashable, Sendable, Codable, CustomStringConvertible {
        public var name: String
        public var amount: Money
        public init(_ name: String, _ amount: Money) { self.name = name; self.amount = amount }
        public var description: String { "\(name) \(amount)" }
    }

    public var items: [Item]
    /// What the fee includes ("8张2寸像片").
    public var includes: [String]
    /// The document the fee follows ("云教函[2013]165号").
    public var basis: String?

    public init(_ items: [Item], includes: [String] = [], basis: String? = nil) {
        self.items = items; self.includes = includes; self.basis = basis
    }

    /// A fee with one undivided item.
    public static func flat(_ amount: Money, _ name: String = "采集费", includes: [String] = [], basis: String? = nil) -> Fee {
        Fee([Item(name, amount)], includes: includes, basis: basis)
    }

    public var total: Money { items.map(\.amount).sum() }

    public var description: String {
        items.count > 1 ? "\(total) (" + items.map(\.description).joined(separator: " + ") + ")" : "\(total)"
    }
}

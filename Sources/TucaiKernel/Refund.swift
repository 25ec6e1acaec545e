/// Money owed back to a student, as the institution's `RefundRule` decides, with the day it is due.
public struct Refund: Hashable, Sendable, Codable, CustomStringConvertible {
    public var amount: Money
    /// The last day the money may arrive.
    public var due: CivilDate
    /// The rule's words, so that a report can say why.
    public var reason: String

    public init(amount: Money, due: CivilDate, reason: String) {
        self.amount = amount; self.due = due; self.reason = reason
    }

    public var description: String { "\(amount) due by \(due)" }
}

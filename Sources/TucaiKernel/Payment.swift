/// Money received for capture fees. The payment id is the channel's own transaction id: the same id
/// arriving twice (a retried callback, a file replayed) is the same payment and gives one receipt.
public struct Payment: Hashable, Sendable, Codable, CustomStringConvertible {
    public var id: String
    public var amount: Money
    public var at: Moment
    /// Students whose fee this settles: one for an individual payment, a class's for a collected one.
    public var students: [String]
    /// The class whose fees were collected together (NCHU: 以班级为单位), when it is such a payment.
    public var className: String?
    public var channel: String?
    /// Why this money settles nothing and is owed back to whoever paid it (no route fits it, the fee was
    /// already paid, the student is not in the campaign…); nil for money credited to fees. Money is kept as
    /// received either way, never dropped.
    public var owedBack: String?

    public init(id: String, amount: Money, at: Moment, students: [String], className: String? = nil, channel: String? = nil,
                owedBack: String? = nil) {
        self.id = id; self.amount = amount; self.at = at; self.students = students; self.className = className
        self.channel = channel; self.owedBack = owedBack
    }

    public var isClassCollection: Bool { className != nil }

    public var description: String {
        let who = className.map { "class \($0) (\(students.count) students)" } ?? (students.first ?? "nobody")
        return "payment \(id): \(amount) for \(who) at \(at)" + (owedBack.map { ", owed back: \($0)" } ?? "")
    }
}

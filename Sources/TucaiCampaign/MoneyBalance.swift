import TucaiKernel

/// Where every fen received went. Money credited to fees is split by what became of the student it was
/// credited to; money that settles no fee is owed back. The parts add up to what was received by
/// construction of the store (every payment is kept, credited or owed back), and `balances` checks it
/// against the students' own records, so a payment credited twice or lost shows as a difference.
public struct MoneyBalance: Sendable, Equatable, CustomStringConvertible {
    /// Every payment stored.
    public var received: Money
    /// Paid by students who were photographed and owe no refund: the fees earned.
    public var photographed: Money
    /// Refunds the policy makes due.
    public var refundsDue: Money
    /// Paid by students not (yet) photographed and owed no refund: held while their campaign goes on.
    public var held: Money
    /// Payments that settle no fee.
    public var owedBack: Money

    public init(records: [StudentRecord], payments: [Payment]) {
        self.init()
        for payment in payments { count(payment) }
        for record in records { count(record) }
    }

    /// Nothing received yet; `count` adds each payment and student, so a campaign is balanced in one pass.
    public init() {
        received = .zero; photographed = .zero; refundsDue = .zero; held = .zero; owedBack = .zero
    }

    public mutating func count(_ payment: Payment) {
        received = received + payment.amount
        if payment.owedBack != nil { owedBack = owedBack + payment.amount }
    }

    public mutating func count(_ r: StudentRecord) {
        guard r.state.paid > .zero else { return }
        if let refund = r.state.refund {
            refundsDue = refundsDue + refund.amount
            // A refund smaller than what was paid leaves the rest earned or held.
            let rest = r.state.paid - refund.amount
            if r.state.capture != nil { photographed = photographed + rest } else { held = held + rest }
        } else if r.state.capture != nil {
            photographed = photographed + r.state.paid
        } else {
            held = held + r.state.paid
        }
    }

    /// Whether the parts add up to the money received, to the fen.
    public var balances: Bool { received == photographed + refundsDue + held + owedBack }

    public var description: String {
        "money: received \(received) = \(photographed) fees of students photographed + \(refundsDue) refunds due + "
            + "\(held) held for students not photographed + \(owedBack) owed back"
            + (balances ? "" : " — DOES NOT BALANCE: \(received - (photographed + refundsDue + held + owedBack)) unaccounted")
    }
}

import TucaiKernel

/// The end of a campaign run in numbers that add up: roster rows into imported, already stored and
/// rejected; students into eligibility classes; students in scope into the stage each ended in.
public struct CampaignSummary: Sendable {
    public var title: String
    public var rosterRows = 0
    public var imported = 0
    public var alreadyStored = 0
    public var rejected = 0
    /// Rows whose student number is stored with other particulars.
    public var conflicting = 0
    public var students = 0
    /// By `Eligibility.kind`.
    public var eligibility: [String: Int] = [:]
    public var inScope: Int { eligibility["inScope", default: 0] }
    /// Students in scope, by the stage they are in.
    public var stages: [CampaignStage: Int] = [:]
    public var payments = 0
    public var received = Money.zero
    public var latePayments = 0
    public var refundsDue = 0
    public var refundTotal = Money.zero
    public var capturedNotPaid = 0
    public var sequenceNumbers = 0
    public var sequenceSeries = 0
    public var events = 0
    public var refusals = RefusalTally()
    /// Money kept as received that settles no fee.
    public var owedBack = Money.zero
    /// Rows of the input files this run read (roster and event files) stored as refused or rejected, by this
    /// run or an earlier one.
    public var refusedInputRows = 0
    /// Event files changed since their rows were replayed, and so not replayed again.
    public var changedFiles: [String] = []

    public init(title: String) { self.title = title }

    /// Counts what the engine's store holds now, a page of students at a time.
    public init(title: String, engine: CampaignEngine) throws {
        self.init(title: title)
        var series = Set<String>()
        try engine.store.forEachStudent { r in
            students += 1
            eligibility[r.eligibility.kind, default: 0] += 1
            if r.eligibility.isInScope { stages[r.stage, default: 0] += 1 }
            if let refund = r.state.refund { refundsDue += 1; refundTotal = refundTotal + refund.amount }
            if engine.workflow.fee != nil, r.state.owesCampusFee, !r.state.feeSettled { capturedNotPaid += 1 }
            if let number = r.state.sequenceNumber { sequenceNumbers += 1; series.insert(number.series) }
        }
        sequenceSeries = series.count
        let late = engine.workflow.paymentDeadline
        try engine.store.forEachPayment { payment in
            payments += 1
            received = received + payment.amount
            if let late, payment.at.date > late { latePayments += 1 }
            if payment.owedBack != nil { owedBack = owedBack + payment.amount }
        }
        events = try engine.store.eventCount()
        refusals = engine.refusals
    }

    /// The summary as lines of text, each equation's parts summing to its whole.
    public var lines: [String] {
        func n(_ value: Int) -> String {
            let digits = String(value.magnitude)
            var out = ""
            for (i, c) in digits.reversed().enumerated() { if i > 0 && i % 3 == 0 { out.append(",") }; out.append(c) }
            return (value < 0 ? "-" : "") + String(out.reversed())
        }
        var lines = [title]
        lines.append("roster     \(n(rosterRows)) rows = \(n(imported)) imported + \(n(alreadyStored)) already stored"
                     + (conflicting > 0 ? " + \(n(conflicting)) stored with other particulars" : "") + " + \(n(rejected)) rejected")
        let kinds = [("inScope", "in scope"), ("excluded", "excluded"), ("exempt", "exempt"), ("outOfScope", "out of scope")]
        lines.append("students   \(n(students)) = " + kinds.map { "\(n(eligibility[$0.0, default: 0])) \($0.1)" }.joined(separator: " + "))
        let reached = CampaignStage.allCases.filter { stages[$0, default: 0] > 0 }
        lines.append("in scope   \(n(inScope)) = " + (reached.isEmpty ? "0" : reached.map { "\(n(stages[$0]!)) \($0)" }.joined(separator: " + ")))
        var money = "payments   \(n(payments)), \(received)"
        if latePayments > 0 { money += " (\(n(latePayments)) after the deadline)" }
        if owedBack > .zero { money += ", of which \(owedBack) owed back" }
        money += "; refunds due \(n(refundsDue)), \(refundTotal); captured, not paid \(n(capturedNotPaid))"
        lines.append(money)
        if refusedInputRows > 0 { lines.append("input      \(n(refusedInputRows)) rows refused or rejected (tucai reconcile lists them)") }
        if !changedFiles.isEmpty { lines.append("input      changed since replayed, not applied again: " + changedFiles.joined(separator: ", ")) }
        lines.append("sequence   \(n(sequenceNumbers)) numbers in \(n(sequenceSeries)) series")
        lines.append("history    \(n(events)) events")
        if refusals.total > 0 {
            lines.append("refused    \(n(refusals.total)) steps, by rule:")
            for (reason, count) in refusals.counts.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
                let example = refusals.examples[reason].map { " — e.g. \($0.step) for \($0.student)" + ($0.detail.map { ": \($0)" } ?? "") } ?? ""
                let rule = refusals.examples[reason]?.rule.map { "[\($0)] " } ?? ""
                lines.append("  \(n(count)) × \(rule)\(reason)\(example)")
            }
        }
        return lines
    }
}

/// A booking is complete only once the fee is paid (YNAU: 支付采集费用完成预约).
public struct BookingTakesFeeRule: WorkflowRule {
    public var fee: Money
    public var quote: String?
    public init(fee: Money, quote: String? = nil) { self.fee = fee; self.quote = quote }

    public func violation(of step: WorkflowStep, by record: StudentRecord, at moment: Moment, in context: WorkflowContext) -> RuleViolation? {
        switch step {
        case .reserve, .reserveOnSite:
            guard !record.state.feeSettled else { return nil }
            return RuleViolation("a booking is complete only once the fee (\(fee)) is paid", "paid \(record.state.paid)")
        default:
            return nil
        }
    }

    public static var description: WorkflowRuleDescription {
        let rule = BookingTakesFeeRule(fee: .yuan(30))
        return WorkflowRuleDescription(
            identifier: "booking-takes-fee", summary: "a booking is complete only once the fee is paid",
            examples: [
                .refuses(rule, .reserve(session: 0), StudentState(notified: true)),
                .allows(rule, .reserve(session: 0), StudentState(notified: true, paid: .yuan(30), feeSettled: true)),
            ])
    }
}

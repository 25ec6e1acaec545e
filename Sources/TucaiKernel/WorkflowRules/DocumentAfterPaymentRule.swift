/// A document that only paying students receive (the 拍照单 printed for those who paid) is not accepted from
/// a student who has not paid: it cannot be theirs.
public struct DocumentAfterPaymentRule: WorkflowRule {
    public var document: Credential
    public var route: PaymentRoute
    public init(document: Credential, route: PaymentRoute) { self.document = document; self.route = route }
    public var quote: String? { route.quote }

    public func violation(of step: WorkflowStep, by record: StudentRecord, at moment: Moment, in context: WorkflowContext) -> RuleViolation? {
        guard case let .checkIn(shown) = step, shown.satisfies(document), !record.state.feeSettled else { return nil }
        return RuleViolation("\(context.institutionName) hands out the \(document.chinese) only after payment (\(route.name))",
                             "paid \(record.state.paid)")
    }

    public static var description: WorkflowRuleDescription {
        let route = PaymentRoute("缴费领单", payer: .student, timing: .byDeadline, price: .yuan(25), unlocks: [.photoSlip], quote: "缴费后打印拍照单")
        let rule = DocumentAfterPaymentRule(document: .photoSlip, route: route)
        let shown = WorkflowStep.checkIn(.together([.residentIDCard, .photoSlip]))
        return WorkflowRuleDescription(
            identifier: "document-after-payment", summary: "a document handed out only after payment is not accepted from a student who has not paid",
            examples: [
                .refuses(rule, shown, StudentState(notified: true)),
                .allows(rule, shown, StudentState(notified: true, paid: .yuan(25), feeSettled: true)),
                .allows(rule, .checkIn(.residentIDCard), StudentState(notified: true)),
            ])
    }
}

/// A route that takes money only at the station, on a capture day, and no other way (YNU: 采集当天当面支付…
/// 不接受其他缴费方式).
public struct PaymentOnCaptureDayRule: WorkflowRule {
    public var route: PaymentRoute
    public init(route: PaymentRoute) { self.route = route }
    public var quote: String? { route.quote }

    public func violation(of step: WorkflowStep, by record: StudentRecord, at moment: Moment, in context: WorkflowContext) -> RuleViolation? {
        guard case let .pay(_, _, routeName) = step, routeName == nil || routeName == route.name,
              !context.captureDates.contains(moment.date) else { return nil }
        return RuleViolation("\(context.institutionName) takes the fee only at the station, on a capture day (\(route.timing.english); no other way accepted)",
                             "\(moment.date)")
    }

    public static var description: WorkflowRuleDescription {
        let rule = PaymentOnCaptureDayRule(route: PaymentRoute("现场缴费", payer: .student, timing: .onSiteBeforeCapture, price: .yuan(30),
                                                               exclusive: true, quote: "不接受其他缴费方式"))
        let evening = Moment(CivilDate(2026, 5, 31), TimeOfDay(20, 0))
        return WorkflowRuleDescription(
            identifier: "payment-on-capture-day", summary: "an exclusive on-site route takes money only at the station on a capture day",
            examples: [
                .refuses(rule, .pay(paymentID: "W1", amount: .yuan(30)), at: evening),
                .allows(rule, .pay(paymentID: "W1", amount: .yuan(30))),
            ])
    }
}

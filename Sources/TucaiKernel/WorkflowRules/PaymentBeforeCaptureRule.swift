/// The camera waits until the student has paid, where a route's money is due before the photo (YNU:
/// 采集当天当面支付完成方可进行采集; online platforms: pay, then take the photo).
public struct PaymentBeforeCaptureRule: WorkflowRule {
    public var route: PaymentRoute
    public init(route: PaymentRoute) { self.route = route }
    public var quote: String? { route.quote }

    public func violation(of step: WorkflowStep, by record: StudentRecord, at moment: Moment, in context: WorkflowContext) -> RuleViolation? {
        guard case .capture = step, context.applies(to: route.mode), record.state.makeUp == nil, !record.state.feeSettled else { return nil }
        return RuleViolation("\(context.institutionName) photographs no one before payment: "
                             + (route.price.map { "the fee (\($0)) is due " } ?? "payment is due ") + route.timing.english,
                             "paid \(record.state.paid)")
    }

    public static var description: WorkflowRuleDescription {
        let rule = PaymentBeforeCaptureRule(route: PaymentRoute("现场缴费", payer: .student, timing: .onSiteBeforeCapture, price: .yuan(30),
                                                                quote: "采集当天当面支付完成方可进行采集"))
        let capture = WorkflowStep.capture(path: "p.jpg", sha256: String(repeating: "a", count: 64))
        let online = PaymentBeforeCaptureRule(route: PaymentRoute("线上", payer: .student, timing: .inPlatformBeforePhoto, price: .yuan(30),
                                                                  mode: .onlineSelf, quote: "通过采集平台支付"))
        return WorkflowRuleDescription(
            identifier: "payment-before-capture", summary: "the camera waits until the student has paid, where the money is due before the photo",
            examples: [
                .refuses(rule, capture, StudentState(notified: true, credential: .residentIDCard)),
                .allows(rule, capture, StudentState(notified: true, paid: .yuan(30), feeSettled: true, credential: .residentIDCard)),
                // An online route's payment does not hold up the station of a campaign that shoots on site.
                .allows(online, capture, StudentState(notified: true, credential: .residentIDCard)),
            ])
    }
}

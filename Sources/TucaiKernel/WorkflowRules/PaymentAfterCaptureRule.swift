/// A route that pays after the shoot, for the students actually photographed, credits only students who were
/// photographed (山西林业: 待本班学生采集完毕后…按采集人数…所交费用必须与实际采集人数一致).
public struct PaymentAfterCaptureRule: WorkflowRule {
    public var route: PaymentRoute
    public init(route: PaymentRoute) { self.route = route }
    public var quote: String? { route.quote }

    public func violation(of step: WorkflowStep, by record: StudentRecord, at moment: Moment, in context: WorkflowContext) -> RuleViolation? {
        guard case let .pay(_, _, routeName) = step, routeName == route.name, record.state.capture == nil else { return nil }
        return RuleViolation("\(route.name) is paid after the shoot, for the students actually photographed", "this student is not photographed")
    }

    public static var description: WorkflowRuleDescription {
        let route = PaymentRoute("现场采集", payer: .classCollector, timing: .onSiteAfterCapture, basis: .perStudentPhotographed,
                                 price: .yuan(20), quote: "按采集人数将费用经微信扫码方式交采集人员")
        let rule = PaymentAfterCaptureRule(route: route)
        let photographed = StudentState(notified: true, credential: .residentIDCard,
                                        capture: PhotoCapture(path: "p.jpg", sha256: String(repeating: "e", count: 64), at: WorkflowRuleExample.day))
        let pay = WorkflowStep.pay(paymentID: "CLASS-1", amount: .yuan(20), route: "现场采集")
        return WorkflowRuleDescription(
            identifier: "payment-after-capture", summary: "a route paid after the shoot credits only students actually photographed",
            examples: [.refuses(rule, pay, StudentState(notified: true)), .allows(rule, pay, photographed)])
    }
}

/// Where the notice says no make-up is arranged on campus, a student who missed the collective capture is not
/// sent to one (NCHU: 不按规定参加者，新华社将不再安排校内补拍).
public struct NoOnCampusMakeUpRule: WorkflowRule {
    public var quote: String?
    public init(quote: String?) { self.quote = quote }

    public func violation(of step: WorkflowStep, by record: StudentRecord, at moment: Moment, in context: WorkflowContext) -> RuleViolation? {
        guard case .routeToMakeUp(.onCampus) = step else { return nil }
        return RuleViolation("\(context.institutionName) arranges no make-up on campus", quote)
    }

    public static var description: WorkflowRuleDescription {
        let rule = NoOnCampusMakeUpRule(quote: "新华社将不再安排校内补拍")
        let missed = StudentState(notified: true, missed: true)
        let after = Moment(CivilDate(2026, 6, 2), TimeOfDay(9, 0))
        return WorkflowRuleDescription(
            identifier: "no-on-campus-make-up", summary: "no make-up on campus where the notice says none is arranged",
            examples: [.refuses(rule, .routeToMakeUp(.onCampus), missed, at: after), .allows(rule, .routeToMakeUp(.any), missed, at: after)])
    }
}

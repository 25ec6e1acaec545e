/// A make-up route whose result is paper prints only takes no digital photo into the campaign: the student
/// hands the prints in, and nothing is exported for them (YNU 省外补拍).
public struct PaperOnlyMakeUpRule: WorkflowRule {
    /// The names of the routes whose result is paper only.
    public var routes: [String]
    public init(routes: [String]) { self.routes = routes }

    public func violation(of step: WorkflowStep, by record: StudentRecord, at moment: Moment, in context: WorkflowContext) -> RuleViolation? {
        guard case .capture = step, let makeUp = record.state.makeUp, routes.contains(makeUp.route) else { return nil }
        return RuleViolation("a paper-only make-up route takes no digital photo", "\(makeUp.route): prints are handed in")
    }

    public static var description: WorkflowRuleDescription {
        let rule = PaperOnlyMakeUpRule(routes: ["省外补拍"])
        let capture = WorkflowStep.capture(path: "m.jpg", sha256: String(repeating: "d", count: 64))
        let after = Moment(CivilDate(2026, 6, 10), TimeOfDay(9, 0))
        func routed(_ name: String) -> StudentState {
            StudentState(notified: true, missed: true, makeUp: MakeUpAssignment(route: name, place: "-", onCampus: false, deadline: nil))
        }
        return WorkflowRuleDescription(
            identifier: "paper-only-make-up", summary: "a make-up route whose result is paper only takes no digital photo",
            examples: [.refuses(rule, capture, routed("省外补拍"), at: after), .allows(rule, capture, routed("省内补拍"), at: after)])
    }
}

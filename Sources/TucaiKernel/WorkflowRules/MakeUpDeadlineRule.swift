/// A make-up route photographs only until its deadline.
public struct MakeUpDeadlineRule: WorkflowRule {
    public init() {}

    public func violation(of step: WorkflowStep, by record: StudentRecord, at moment: Moment, in context: WorkflowContext) -> RuleViolation? {
        guard case .capture = step, let makeUp = record.state.makeUp, let deadline = makeUp.deadline, moment.date > deadline else { return nil }
        return RuleViolation("the make-up route takes students only until its deadline", "\(makeUp.route) until \(deadline), came \(moment.date)")
    }

    public static var description: WorkflowRuleDescription {
        let route = MakeUpAssignment(route: "补拍", place: "图片社", onCampus: false, deadline: CivilDate(2026, 6, 30))
        let state = StudentState(notified: true, missed: true, makeUp: route)
        let capture = WorkflowStep.capture(path: "m.jpg", sha256: String(repeating: "c", count: 64))
        return WorkflowRuleDescription(
            identifier: "make-up-deadline", summary: "a make-up route photographs only until its deadline",
            examples: [
                .refuses(MakeUpDeadlineRule(), capture, state, at: Moment(CivilDate(2026, 7, 1), TimeOfDay(9, 0))),
                .allows(MakeUpDeadlineRule(), capture, state, at: Moment(CivilDate(2026, 6, 30), TimeOfDay(9, 0))),
            ])
    }
}

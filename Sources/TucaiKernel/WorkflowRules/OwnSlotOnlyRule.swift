/// A student is photographed only on the day of their own slot (YNU, NCHU: 严格按照…时间).
public struct OwnSlotOnlyRule: WorkflowRule {
    public var quote: String?
    public init(quote: String? = nil) { self.quote = quote }

    public func violation(of step: WorkflowStep, by record: StudentRecord, at moment: Moment, in context: WorkflowContext) -> RuleViolation? {
        guard case .checkIn = step, let slot = record.state.assignment, slot.date != moment.date else { return nil }
        return RuleViolation("\(context.institutionName) photographs students only in their own slot", "slot \(slot.date), came \(moment.date)")
    }

    public static var description: WorkflowRuleDescription {
        let rule = OwnSlotOnlyRule()
        let assigned = StudentState(notified: true, assignment: WorkflowRuleExample.slot)
        let nextDay = Moment(CivilDate(2026, 6, 2), TimeOfDay(9, 0))
        return WorkflowRuleDescription(
            identifier: "own-slot-only", summary: "a student is photographed only on the day of their own slot",
            examples: [.refuses(rule, .checkIn(.residentIDCard), assigned, at: nextDay), .allows(rule, .checkIn(.residentIDCard), assigned)])
    }
}

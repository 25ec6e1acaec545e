/// The station checks students in only on the campaign's capture days (for online self-capture, the days of
/// the platform's window).
public struct StationDaysRule: WorkflowRule {
    public init() {}

    public func violation(of step: WorkflowStep, by record: StudentRecord, at moment: Moment, in context: WorkflowContext) -> RuleViolation? {
        guard case .checkIn = step, !context.captureDates.contains(moment.date) else { return nil }
        return RuleViolation("the station is open only on capture days", "\(moment.date)")
    }

    public static var description: WorkflowRuleDescription {
        let before = Moment(CivilDate(2026, 5, 31), TimeOfDay(9, 0))
        return WorkflowRuleDescription(
            identifier: "station-days", summary: "students are checked in only on the campaign's capture days",
            examples: [.refuses(StationDaysRule(), .checkIn(.residentIDCard), at: before), .allows(StationDaysRule(), .checkIn(.residentIDCard))])
    }
}

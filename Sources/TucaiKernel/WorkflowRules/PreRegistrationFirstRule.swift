/// What the school asks before the day (real-name authentication, the 采集码…) comes before a booking and
/// before the station; a student who booked with the staff on site has done it there.
public struct PreRegistrationFirstRule: WorkflowRule {
    public var tasks: [PreRegistrationStep]
    public var quote: String?
    public init(tasks: [PreRegistrationStep], quote: String? = nil) { self.tasks = tasks; self.quote = quote }

    public func violation(of step: WorkflowStep, by record: StudentRecord, at moment: Moment, in context: WorkflowContext) -> RuleViolation? {
        guard !record.state.preRegistered else { return nil }
        let what = tasks.map(\.description).joined(separator: "; ")
        switch step {
        case .reserve:
            return RuleViolation("\(context.institutionName) lets a student book only after pre-registration: " + what)
        case .checkIn where record.state.assignment?.source != .onSiteReservation:
            return RuleViolation("\(context.institutionName) asks for pre-registration before the day: " + what)
        default:
            return nil
        }
    }

    public static var description: WorkflowRuleDescription {
        let rule = PreRegistrationFirstRule(tasks: [.obtainCollectionCode(channels: ["学信网"])])
        return WorkflowRuleDescription(
            identifier: "pre-registration-first", summary: "what the school asks before the day comes before booking and before the station",
            examples: [
                .refuses(rule, .reserve(session: 0), StudentState(notified: true)),
                .refuses(rule, .checkIn(.collectionCode), StudentState(notified: true, assignment: WorkflowRuleExample.slot)),
                .allows(rule, .checkIn(.collectionCode), StudentState(notified: true, preRegistered: true, assignment: WorkflowRuleExample.slot)),
            ])
    }
}

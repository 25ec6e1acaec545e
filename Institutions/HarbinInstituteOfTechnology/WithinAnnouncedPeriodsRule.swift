import TucaiKernel

/// A student comes within one of the announced capture periods ("在上述任意采集时间段内参加即可"): any period,
/// since a student whose slot clashes may choose another, but not outside them (哈工大: 8:30-11:30 and
/// 13:30-16:30). The kernel's station-days rule checks the day only.
///
/// The periods are the union over the announced days and campuses: a check-in does not say at which campus
/// it happens, so 二校区's afternoon-only day cannot be told apart from 一校区's.
struct WithinAnnouncedPeriodsRule: WorkflowRule {
    var windows: [TimeWindow]
    var quote: String? { "在上述任意采集时间段内参加即可" }

    func violation(of step: WorkflowStep, by record: StudentRecord, at moment: Moment, in context: WorkflowContext) -> RuleViolation? {
        guard case .checkIn = step, !windows.contains(where: { $0.start <= moment.time && moment.time < $0.end }) else { return nil }
        return RuleViolation("\(context.institutionName) photographs students within the announced periods ("
                             + windows.map(\.description).joined(separator: ", ") + ")", "came \(moment.time)")
    }

    static var description: WorkflowRuleDescription {
        let rule = WithinAnnouncedPeriodsRule(windows: [TimeWindow(TimeOfDay(8, 30), TimeOfDay(11, 30)), TimeWindow(TimeOfDay(13, 30), TimeOfDay(16, 30))])
        let day = WorkflowRuleExample.day.date
        return WorkflowRuleDescription(
            identifier: "within-announced-periods",
            summary: "a student is checked in only within one of the announced capture periods, any of them",
            examples: [
                .refuses(rule, .checkIn(.residentIDCard), at: Moment(day, TimeOfDay(12, 0))),
                .refuses(rule, .checkIn(.residentIDCard), at: Moment(day, TimeOfDay(8, 0))),
                .allows(rule, .checkIn(.residentIDCard), at: Moment(day, TimeOfDay(8, 30))),
                .allows(rule, .checkIn(.residentIDCard), at: Moment(day, TimeOfDay(16, 29))),
            ])
    }
}

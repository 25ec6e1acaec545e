/// The station identifies a student only with a credential the school accepts; where the school asks for
/// several together (采集码 and the signed list; ID card and 拍照单), with all of them.
public struct AcceptedCredentialsRule: WorkflowRule {
    public var accepted: [Credential]
    /// Where they are shown: the station (`.collective`) or the online platform (`.onlineSelf`).
    public var mode: CaptureMode?
    public var quote: String?
    public init(accepted: [Credential], mode: CaptureMode? = nil, quote: String? = nil) {
        self.accepted = accepted; self.mode = mode; self.quote = quote
    }

    public func violation(of step: WorkflowStep, by record: StudentRecord, at moment: Moment, in context: WorkflowContext) -> RuleViolation? {
        guard case let .checkIn(shown) = step, context.applies(to: mode), !accepted.contains(where: shown.satisfies) else { return nil }
        let place = mode == .onlineSelf ? "in the capture platform" : "at the station"
        return RuleViolation("\(context.institutionName) accepts only " + accepted.map(\.chinese).joined(separator: " or ") + " " + place,
                             "shown: \(shown.chinese)")
    }

    public static var description: WorkflowRuleDescription {
        let idCard = AcceptedCredentialsRule(accepted: [.residentIDCard])
        let both = AcceptedCredentialsRule(accepted: [.together([.collectionCode, .signedNameList])])
        let online = AcceptedCredentialsRule(accepted: [.collectionCode], mode: .onlineSelf)
        let onlineCampaign = WorkflowContext(institutionName: "示例学院", captureDates: [CivilDate(2026, 6, 1)], mode: .onlineSelf)
        return WorkflowRuleDescription(
            identifier: "accepted-credentials",
            summary: "the station identifies a student only with the credentials the school accepts, all of them where it asks for several",
            examples: [
                .refuses(idCard, .checkIn(.studentCard)),
                .allows(idCard, .checkIn(.residentIDCard)),
                .refuses(both, .checkIn(.collectionCode)),
                .allows(both, .checkIn(.together([.collectionCode, .signedNameList]))),
                .refuses(online, .checkIn(.residentIDCard), in: onlineCampaign),
                .allows(online, .checkIn(.residentIDCard), in: WorkflowRuleExample.context),
            ])
    }
}

/// Every photo of the collective capture is tied to a sequence number, where the school issues them (NCHU:
/// 刷完身份证后即生成“拍摄序号”; Lishui: 拍摄序号).
public struct NumberBeforePhotoRule: WorkflowRule {
    public var numbering: SequenceNumbering
    public init(numbering: SequenceNumbering) { self.numbering = numbering }

    public func violation(of step: WorkflowStep, by record: StudentRecord, at moment: Moment, in context: WorkflowContext) -> RuleViolation? {
        guard case .capture = step, record.state.makeUp == nil, record.state.sequenceNumber == nil else { return nil }
        return RuleViolation("\(context.institutionName) ties every photo to a sequence number (\(numbering))", "this student holds none")
    }

    public static var description: WorkflowRuleDescription {
        let rule = NumberBeforePhotoRule(numbering: .onIDCardSwipe)
        let capture = WorkflowStep.capture(path: "p.jpg", sha256: String(repeating: "b", count: 64))
        return WorkflowRuleDescription(
            identifier: "number-before-photo", summary: "every collective photo is tied to a sequence number where the school issues them",
            examples: [
                .refuses(rule, capture, StudentState(notified: true, credential: .residentIDCard)),
                .allows(rule, capture, StudentState(notified: true, credential: .residentIDCard,
                                                    sequenceNumber: SequenceNumber(series: "2026-06-01 101", value: 1))),
            ])
    }
}

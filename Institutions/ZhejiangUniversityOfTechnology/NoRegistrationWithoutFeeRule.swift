import TucaiKernel

/// 浙江工业大学: 若不缴纳拍摄成本费…将无法进行网上电子注册学历信息. A photographed student whose capture fee is not
/// paid is not exported to 学信网 for the online e-registration; once the fee is paid the photo goes. The fee
/// is paid at the session and the notice does not say it comes before the camera, so the photo itself is
/// not refused: the refusal falls where the notice puts the consequence.
struct NoRegistrationWithoutFeeRule: WorkflowRule {
    var quote: String?
    init(quote: String? = nil) { self.quote = quote }

    func violation(of step: WorkflowStep, by record: StudentRecord, at moment: Moment, in context: WorkflowContext) -> RuleViolation? {
        guard case .export = step, !record.state.feeSettled else { return nil }
        return RuleViolation("\(context.institutionName) registers no photo online while its capture fee is unpaid",
                             "paid \(record.state.paid)")
    }

    static var description: WorkflowRuleDescription {
        let rule = NoRegistrationWithoutFeeRule()
        let photo = PhotoCapture(path: "p.jpg", sha256: String(repeating: "f", count: 64), at: WorkflowRuleExample.day)
        let credential = Credential.together([.collectionCode, .signedNameList])
        let unpaid = StudentState(notified: true, preRegistered: true, credential: credential, capture: photo)
        let paid = StudentState(notified: true, preRegistered: true, paid: .yuan(20), feeSettled: true, credential: credential, capture: photo)
        let export = WorkflowStep.export(batch: "export-1")
        return WorkflowRuleDescription(
            identifier: "no-registration-without-fee",
            summary: "a photographed student whose capture fee is unpaid is not exported for the online e-registration",
            examples: [
                .refuses(rule, export, unpaid),
                .allows(rule, export, paid),
                .allows(rule, .capture(path: "p.jpg", sha256: String(repeating: "f", count: 64)),
                        StudentState(notified: true, preRegistered: true, credential: credential)),
            ])
    }
}

import TucaiKernel

extension School {
    public var scopeRules: [ScopeRule] { Self.scope }

    // "我院2023届毕业生": the college's 2023 graduates. The notice names no level; a 职业技术学院's graduates are
    // 高职 (专科), which is what its rosters write (学历层次 专科/高职), and a row without a level is matched on
    // the year alone. Nothing narrower or wider is stated: no exclusion, no earlier cohorts, and a student
    // missing from a class list is added by hand ("如采集学生名字不在表格中,在表格下方空白处增加").
    static let scope: [ScopeRule] = [.graduatingInYear(2023, levels: [.vocational])]

    // "携带本人身份证原件": the original card, not a copy. The class leader's roll call from the list is how
    // students come to the camera (`ordering`), not a credential.
    public var acceptedCredentials: [Credential] { [.residentIDCard] }
}

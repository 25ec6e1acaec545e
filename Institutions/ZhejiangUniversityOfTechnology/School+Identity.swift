import TucaiKernel

extension School {
    /// 2025届本科毕业留学生. ScopeRule has no conjunction, so the list holds the category rule and
    /// `eligibility` adds the 届: a student must be an international student, at 本科, graduating in 2025.
    public var scopeRules: [ScopeRule] { [Self.internationalUndergraduates] }

    static let internationalUndergraduates = ScopeRule.category(.international, levels: [.bachelor])
    static let cohort2025 = ScopeRule.graduatingInYear(2025, levels: [.bachelor])

    /// Both conditions of 2025届本科毕业留学生; the notice states no exclusion or exemption.
    public func eligibility(of student: Student, captureStarts: CivilDate) -> Eligibility {
        guard Self.internationalUndergraduates.admits(student) else {
            return .outOfScope(because: "matches no scope rule (\(Self.internationalUndergraduates))")
        }
        guard Self.cohort2025.admits(student) else {
            return .outOfScope(because: "not of the 2025届 (\(Self.internationalUndergraduates) graduating in 2025)")
        }
        return .inScope(because: "2025届\(Self.internationalUndergraduates)")
    }

    /// 请同学于拍摄前下载本人的采集码,保存在手机中: before the day (pre-registration-first). The three ways are in
    /// the attachment the text lacks.
    public var preRegistration: [PreRegistrationStep] { [.obtainCollectionCode(channels: ["附件“采集码保存的流程”中的3种方式"])] }

    /// The 采集码 shown on the phone and the student's line on the name list, together.
    public var acceptedCredentials: [Credential] { [.together([.collectionCode, .signedNameList])] }
}

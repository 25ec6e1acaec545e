import TucaiKernel

extension Term where Kind == StudentCategoryKind {
    /// 高职扩招2023届春季毕业生: excluded because their capture is already done. Narrower than the kernel's
    /// 高职扩招: the notice excludes only the spring 2023 graduates among them.
    static var expandedEnrolmentSpring2023: StudentCategory {
        StudentCategory("expandedEnrolmentSpring2023", chinese: "高职扩招2023届春季毕业生",
                        english: "高职扩招 graduate of spring 2023")
    }
}

extension Term where Kind == CredentialKind {
    /// What the student types into the mini-program first (输入本人身份证号后四位).
    static var idNumberLastFour: Credential {
        Credential("idNumberLastFour", chinese: "身份证号后四位", english: "last four digits of the ID number")
    }

    /// The school's feature code in the mini-program (我校毕业生特征码请填写“EK43”,字母需用大写).
    static var schoolFeatureCode: Credential {
        Credential("schoolFeatureCodeEK43", chinese: "学校特征码“EK43”", english: "the school's feature code EK43, in capitals")
    }
}

extension School {
    /// 全体2023届毕业生: the notice names no level, so every level graduating in 2023 is in scope.
    public var scopeRules: [ScopeRule] { [.graduatingInYear(2023, levels: DegreeLevel.allCases)] }
    public var exclusions: [Exclusion] { [.category(.expandedEnrolmentSpring2023)] }
    public var studentCategories: [StudentCategory] { [.expandedEnrolmentSpring2023] }
    public var credentials: [Credential] { [.idNumberLastFour, .schoolFeatureCode] }

    /// 学生须在图像采集前登录学信网获取该二维码: a task before the photo, so the standard rule
    /// pre-registration-first is in force. The ways to get it are attachment 1, not in the text.
    public var preRegistration: [PreRegistrationStep] { [.obtainCollectionCode(channels: ["登录学信网"])] }

    /// What the student enters or shows in the mini-program, in the notice's order: the last four digits of
    /// the ID number and the feature code, then the 采集码 photographed or imported from the album.
    static let platformCredentials: [Credential] = [.idNumberLastFour, .schoolFeatureCode, .collectionCode]

    // No station and no collective capture, so `acceptedCredentials` stays empty ("credentials at the
    // station": not stated). The platform's identification is enforced by the rule added in workflowRules.
}

import TucaiKernel

extension School {
    public var scopeRules: [ScopeRule] { Self.scope }
    public var exemptions: [Exemption] { Self.exemptionList }
    public var preRegistration: [PreRegistrationStep] { Self.steps }
    public var acceptedCredentials: [Credential] { Self.credentials }

    // "2025届（预）毕业生" of a graduate school. The notice names no level, so 在职 (part-time) students are not
    // read into it: a roster row without a level is matched on its year alone.
    static let scope: [ScopeRule] = [.graduatingInYear(2025, levels: [.doctoral, .master])]

    static let exemptionList: [Exemption] = [
        .photographedWithin(years: 2, whenNotGraduatingOnTime: true, condition: "容貌变化不大"),
    ]

    /// The three channels of 附件2, any one of which will do.
    static let collectionCodeChannels = ["学信网公众号", "学信网APP", "学信网学信档案"]

    static let steps: [PreRegistrationStep] = [.obtainCollectionCode(channels: collectionCodeChannels)]

    // Encrypted capture: the station scans the code, and no ID card is needed.
    static let credentials: [Credential] = [.collectionCode]
}

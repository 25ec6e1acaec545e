import TucaiKernel

extension School {
    /// The notice says only “2021届毕业生”; the levels are those the table's class names show
    /// (“…17” 本科, “…专升本19”, “…高” 高职).
    public var scopeRules: [ScopeRule] { Self.theScopeRules }
    static let theScopeRules: [ScopeRule] = [
        .graduatingInYear(2021, levels: [.bachelor, .upgradedBachelor, .vocational]),
    ]

    public var preRegistration: [PreRegistrationStep] { Self.thePreRegistration }
    static let thePreRegistration: [PreRegistrationStep] = [
        .receiveSequenceSlip(from: "二级学院安排专人", signed: true),
        .payBy(CivilDate(2020, 9, 10)),
    ]

    /// The slip is the only thing the photographer is told to be shown; no ID card is named.
    public var acceptedCredentials: [Credential] { [.sequenceSlip] }

    public var sequenceNumbering: SequenceNumbering? { .prePrinted(by: "图片社", distributedBy: "二级学院安排专人") }
}

import TucaiKernel

extension School {
    // "全日制普通" has no DegreeLevel of its own; it stays in the cohort's scope text.
    public var scopeRules: [ScopeRule] { Self.captureScope }
    public var acceptedCredentials: [Credential] { [.residentIDCard] }
    public var sequenceNumbering: SequenceNumbering? { .onIDCardSwipe }
    /// The only thing due before the day is the class-collected fee.
    public var preRegistration: [PreRegistrationStep] { [.payBy(Self.paymentDeadline)] }

    static let captureScope: [ScopeRule] = [
        .graduatingInYear(2023, levels: [.bachelor, .upgradedBachelor]),
    ]
}

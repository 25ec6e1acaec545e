/// Who is photographed, what they do beforehand, and how the station knows who is in front of the camera.
///
/// Every requirement has a default meaning "the notice does not say"; a module overrides what its notice
/// states. The eligibility check is kernel logic over the module's rules and is not meant to be overridden.
public protocol IdentityPolicy: Sendable {
    /// Rules that put students in scope; a student matching none is out of scope.
    var scopeRules: [ScopeRule] { get }
    /// Rules that take students out even when a scope rule takes them in.
    var exclusions: [Exclusion] { get }
    /// Reasons a student in scope need not be photographed again.
    var exemptions: [Exemption] { get }
    /// What a student must do before the day; empty means nothing.
    var preRegistration: [PreRegistrationStep] { get }
    /// Credentials the station accepts at collective capture, in the notice's order of preference; one made
    /// with `Credential.together` must be shown whole.
    var acceptedCredentials: [Credential] { get }
    /// Credentials the module names beyond the kernel's, so event files and stations can read them.
    var credentials: [Credential] { get }
    /// Student categories the module names beyond the kernel's (read from a roster's 类别 column).
    var studentCategories: [StudentCategory] { get }
    /// How the sequence number that ties a photo to a student arises.
    var sequenceNumbering: SequenceNumbering? { get }
    /// Whether `student` is photographed in a campaign whose capture starts on `captureStarts`. The default
    /// evaluates the module's exclusions, exemptions and scope rules; a school whose scope has another shape
    /// implements this.
    func eligibility(of student: Student, captureStarts: CivilDate) -> Eligibility
}

extension IdentityPolicy {
    public var scopeRules: [ScopeRule] { [] }
    public var exclusions: [Exclusion] { [] }
    public var exemptions: [Exemption] { [] }
    public var preRegistration: [PreRegistrationStep] { [] }
    public var acceptedCredentials: [Credential] { [] }
    public var sequenceNumbering: SequenceNumbering? { nil }
    public var credentials: [Credential] { [] }
    public var studentCategories: [StudentCategory] { [] }

    /// Every credential this school's files and stations may name: the kernel's, the module's, and the parts
    /// of those it accepts.
    public var knownCredentials: [Credential] {
        var seen = Set<Credential>()
        let parts = acceptedCredentials.flatMap { accepted in accepted.partIDs.compactMap { id in
            (Credential.standard + credentials).first { $0.id == id }
        } }
        return (Credential.standard + credentials + parts).filter { seen.insert($0).inserted }
    }

    /// Decides whether `student` is photographed in a campaign whose capture starts on `captureStarts`:
    /// exclusions first, then exemptions, then the scope rules in order. With no scope rules stated, every
    /// student on the roster is in scope (the roster is the scope).
    public func eligibility(of student: Student, captureStarts: CivilDate) -> Eligibility {
        if let exclusion = exclusions.first(where: { $0.applies(to: student) }) {
            return .excluded(because: exclusion.description)
        }
        if let exemption = exemptions.first(where: { $0.applies(to: student, captureDate: captureStarts) }) {
            return .exempt(because: exemption.description)
        }
        if scopeRules.isEmpty { return .inScope(because: "on the roster") }
        if let rule = scopeRules.first(where: { $0.admits(student) }) {
            return .inScope(because: rule.description)
        }
        return .outOfScope(because: "matches no scope rule (" + scopeRules.map(\.description).joined(separator: "; ") + ")")
    }
}

/// A school's whole capture policy. A module supplies one entry type conforming to this and overrides only
/// what its notice states; everything else keeps the kernel's "not stated" default.
public protocol Institution: IdentityPolicy, PaymentPolicy, SchedulingPolicy, CapturePolicy {
    /// Short lowercase identifier used in configs and on the command line ("ynu").
    var identifier: String { get }
    var chineseName: String { get }
    var englishName: String { get }
    /// The five-digit national school code (学校代码).
    var nationalCode: String { get }
    var agency: Agency { get }
    var cohorts: [Cohort] { get }
    var notice: Notice { get }
    var contacts: [Contact] { get }
    /// Rules the notice states that no structured field captures (queue-jumpers are not photographed, …).
    var otherRules: [String] { get }
    /// Facts from the notice, each with the words that state it, checked by one generic test.
    var expectedFacts: [ExpectedFact] { get }
    /// The rules the workflow enforces for this school. The default is the kernel's standard rules, built
    /// from the declarative fields; a module with a rule of its own returns `standardWorkflowRules + [its rule]`.
    var workflowRules: [any WorkflowRule] { get }
}

extension Institution {
    public var contacts: [Contact] { [] }
    public var otherRules: [String] { [] }
    public var expectedFacts: [ExpectedFact] { [] }
    public var workflowRules: [any WorkflowRule] { standardWorkflowRules }
    public var standardWorkflowRules: [any WorkflowRule] { StandardWorkflowRules.rules(for: self) }
}

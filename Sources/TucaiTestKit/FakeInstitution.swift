import TucaiKernel

/// A configurable institution for tests of kernel logic and of anything that consumes policies: every
/// policy is a stored property with the kernel's "not stated" default, so a test sets only what it needs.
public struct FakeInstitution: Institution {
    public var identifier = "fake"
    public var chineseName = "测试大学"
    public var englishName = "Fake University"
    public var nationalCode = "99999"
    public var agency = Agency("测试图片社", network: .other)
    public var cohorts: [Cohort] = [Cohort(.undergraduate, graduating: 2027)]
    public var notice = Notice(title: "测试通知", issuer: "教务处", issued: CivilDate(2026, 9, 1))

    public var scopeRules: [ScopeRule] = []
    public var exclusions: [Exclusion] = []
    public var exemptions: [Exemption] = []
    public var preRegistration: [PreRegistrationStep] = []
    public var acceptedCredentials: [Credential] = []
    public var sequenceNumbering: SequenceNumbering?

    public var credentials: [Credential] = []
    public var studentCategories: [StudentCategory] = []

    public var fee: Fee?
    public var paymentRoutes: [PaymentRoute] = []
    public var refund: RefundRule?
    public var deferredStudentsPay: Stated<Bool> = .notStated

    public var campuses: [Campus] = []
    public var captureDays: [CaptureDay] = []
    public var rooms: [Room] = []
    public var groupingUnit: GroupingUnit?
    public var sessionTable = SessionTable()
    public var arrivalLeadMinutes: Int?
    public var ordering: SessionOrdering?
    public var slotFlexibility: SlotFlexibility?
    public var staff: [StaffRequirement] = []
    public var missingTimetable: String?

    public var appearance: [AppearanceRule] = []
    public var photoRequirements: [String] = []
    public var makeUpRoutes: [MakeUpRoute] = []
    public var verification: Verification?
    public var onlineCapture: OnlineCapture?
    public var onCampusMakeUp: Stated<Bool> = .notStated

    public var contacts: [Contact] = []
    public var otherRules: [String] = []
    public var expectedFacts: [ExpectedFact] = []
    /// Rules a test adds beside the standard ones, as a module adds its own.
    public var ownRules: [any WorkflowRule] = []
    public var workflowRules: [any WorkflowRule] { standardWorkflowRules + ownRules }

    public init() {}

    /// A fake with `configure` applied, for one-expression set-up in tests.
    public init(_ configure: (inout FakeInstitution) -> Void) {
        self.init()
        configure(&self)
    }
}

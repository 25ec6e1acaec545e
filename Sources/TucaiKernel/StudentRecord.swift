/// One student as a campaign store keeps them: the roster's data, the eligibility decided at import with its
/// reason, and the current state.
public struct StudentRecord: Hashable, Sendable {
    /// Import order, assigned by the store (1, 2, …); 0 before the record is stored.
    public var ordinal: Int
    public var student: Student
    public var eligibility: Eligibility
    /// The roster line the student came from, when imported from a file.
    public var rosterLine: Int?
    public var state: StudentState

    public init(ordinal: Int = 0, student: Student, eligibility: Eligibility, rosterLine: Int? = nil, state: StudentState = StudentState()) {
        self.ordinal = ordinal; self.student = student; self.eligibility = eligibility; self.rosterLine = rosterLine
        self.state = state
    }

    public var number: String { student.studentNumber }
    public var stage: CampaignStage { state.stage(inScope: eligibility.isInScope) }
}

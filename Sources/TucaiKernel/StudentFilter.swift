/// A test on a student's stored state that a store makes before it reads the student, so a pass that acts on
/// a few students of millions reads only those (`CampaignStore` requirement 18). A closed set, unlike the
/// campaign's vocabularies: each case is a condition on columns that every store writes in its own query
/// language, and a caller still tests its own condition on what comes back.
public enum StudentFilter: Sendable, Hashable, CaseIterable {
    /// No photo stored: whom collection over marks missed and the make-up passes send on.
    case withoutPhoto

    /// Whether `record` passes, as a store that cannot test columns decides it.
    public func admits(_ record: StudentRecord) -> Bool {
        switch self {
        case .withoutPhoto: record.state.capture == nil
        }
    }
}

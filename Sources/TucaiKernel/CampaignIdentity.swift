/// Which campaign a store holds. A store is created for one campaign and refuses to be used for another,
/// so that a config pointing at the wrong database cannot mix two institutions' students.
public struct CampaignIdentity: Hashable, Sendable, CustomStringConvertible {
    /// The institution's identifier ("ynau").
    public var institution: String
    public var cohort: Cohort.Level
    public var graduationYear: Int
    /// The first capture day, against which eligibility was decided (UCAS's two-year exemption counts back from it).
    public var captureStarts: CivilDate

    public init(institution: String, cohort: Cohort.Level, graduationYear: Int, captureStarts: CivilDate) {
        self.institution = institution; self.cohort = cohort; self.graduationYear = graduationYear
        self.captureStarts = captureStarts
    }

    public var description: String { "\(institution) \(cohort) \(graduationYear) (capture from \(captureStarts))" }
}

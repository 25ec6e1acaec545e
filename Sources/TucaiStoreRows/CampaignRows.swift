import TucaiKernel

/// How a campaign database names the campaign it holds: key and value rows of its `campaign` table, the same in
/// every store.
public enum CampaignRows {
    /// The rows `claim` writes.
    public static func rows(of identity: CampaignIdentity) -> [(key: String, value: String)] {
        [("institution", identity.institution), ("cohort", identity.cohort.rawValue),
         ("graduation_year", "\(identity.graduationYear)"), ("capture_starts", "\(identity.captureStarts)")]
    }

    /// The campaign the rows name; nil when they are not all there (a new store).
    public static func identity(from values: [String: String]) -> CampaignIdentity? {
        guard let institution = values["institution"], let level = values["cohort"].flatMap(Cohort.Level.init(rawValue:)),
              let year = values["graduation_year"].flatMap({ Int($0) }),
              let starts = values["capture_starts"].flatMap({ CivilDate(iso: $0) }) else { return nil }
        return CampaignIdentity(institution: institution, cohort: level, graduationYear: year, captureStarts: starts)
    }
}

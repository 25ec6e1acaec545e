/// Where a student stands in a campaign. The list is the same for every institution: a policy decides
/// which stages its students pass through (no pre-registration where the notice asks for none, no sequence
/// number where the station keeps a queue), never which stages exist.
public enum CampaignStage: String, Hashable, Sendable, Codable, CaseIterable, CustomStringConvertible {
    /// On the roster, but the institution's cohort rules leave the student out (excluded, exempt, out of scope).
    case notInScope
    /// On the roster and in scope; not yet told when and where.
    case listed
    case notified
    /// Has done what the policy asks before the day (real-name authentication, collection code, signed slip).
    case preRegistered
    /// Has a session: from the published table, or self-reserved.
    case assigned
    /// Has paid the whole fee and is not yet at the station.
    case paid
    /// Identified at the station with an accepted credential.
    case checkedIn
    /// Checked in and holding a sequence number.
    case numbered
    case captured
    /// The photo has gone to the registry in an export batch.
    case exported
    /// The verification window on 学信网 is open.
    case verifying
    case closed
    /// Not photographed when the collective capture ended.
    case missed
    /// Missed and sent to a make-up route.
    case makeUp
    /// Takes part in a later capture, not this one (Lishui: 本次不参加图像采集的毕业生).
    case deferred

    public var description: String {
        switch self {
        case .notInScope: "not in scope"
        case .listed: "listed"
        case .notified: "notified"
        case .preRegistered: "pre-registered"
        case .assigned: "assigned"
        case .paid: "paid"
        case .checkedIn: "checked in"
        case .numbered: "numbered"
        case .captured: "captured"
        case .exported: "exported"
        case .verifying: "verifying"
        case .closed: "closed"
        case .missed: "missed"
        case .makeUp: "make-up"
        case .deferred: "deferred"
        }
    }

    /// Whether a photo exists for a student at this stage.
    public var hasPhoto: Bool {
        switch self {
        case .captured, .exported, .verifying, .closed: true
        default: false
        }
    }
}

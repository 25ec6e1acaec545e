/// One entry of a student's history: what changed, and when. Histories are append-only: a correction is a
/// new event, never an edit, so a registrar can always answer "what did we record, and when?".
public struct CampaignEvent: Hashable, Sendable, CustomStringConvertible {
    public enum Change: Hashable, Sendable, CustomStringConvertible {
        case imported(Eligibility)
        case notified
        case preRegistered
        case assigned(SessionAssignment)
        case paid(paymentID: String, amount: Money, late: Bool)
        case checkedIn(Credential)
        case numbered(SequenceNumber)
        case captured(PhotoCapture)
        /// The photo with this digest is no longer the student's (retaken, or undone at the station).
        case photoUnbound(sha256: String, reason: String)
        /// The submitted photo with this digest was rejected on verification, for this reason.
        case photoRejected(sha256: String, reason: String)
        case exported(batch: String)
        case verificationOpened(until: CivilDate?)
        case closed
        case missed
        case routedToMakeUp(MakeUpAssignment)
        case refundDue(Refund)
        case deferred

        public var description: String {
            switch self {
            case let .imported(eligibility): "imported, \(eligibility)"
            case .notified: "notified"
            case .preRegistered: "pre-registered"
            case let .assigned(assignment): "assigned \(assignment)"
            case let .paid(id, amount, late): "paid \(amount) (payment \(id)\(late ? ", late" : ""))"
            case let .checkedIn(credential): "checked in with \(credential.chinese)"
            case let .numbered(number): "sequence number \(number)"
            case let .captured(capture): "captured \(capture)"
            case let .photoUnbound(sha, reason): "photo sha256:\(sha.prefix(12))… unbound: \(reason)"
            case let .photoRejected(sha, reason): "photo sha256:\(sha.prefix(12))… rejected on verification: \(reason)"
            case let .exported(batch): "exported in \(batch)"
            case let .verificationOpened(until): "verification window opened" + (until.map { " until \($0)" } ?? "")
            case .closed: "closed"
            case .missed: "missed the collective capture"
            case let .routedToMakeUp(makeUp): "sent to make-up: \(makeUp)"
            case let .refundDue(refund): "refund due: \(refund)"
            case .deferred: "deferred to a later capture"
            }
        }
    }

    public var studentNumber: String
    public var at: Moment
    public var change: Change

    public init(_ studentNumber: String, at: Moment, _ change: Change) {
        self.studentNumber = studentNumber; self.at = at; self.change = change
    }

    public var description: String { "\(at) \(studentNumber): \(change)" }
}

// The stored form: a short kind and its fields joined by the ASCII unit separator, which the engine and event
// files refuse inside ids, paths and numbers. Every store writes events this way, so any store can read another's export.
extension CampaignEvent.Change {
    static let separator: Character = "\u{1F}"

    public var kind: String {
        switch self {
        case .imported: "imported"
        case .notified: "notified"
        case .preRegistered: "preRegistered"
        case .assigned: "assigned"
        case .paid: "paid"
        case .checkedIn: "checkedIn"
        case .numbered: "numbered"
        case .captured: "captured"
        case .photoUnbound: "photoUnbound"
        case .photoRejected: "photoRejected"
        case .exported: "exported"
        case .verificationOpened: "verificationOpened"
        case .closed: "closed"
        case .missed: "missed"
        case .routedToMakeUp: "routedToMakeUp"
        case .refundDue: "refundDue"
        case .deferred: "deferred"
        }
    }

    /// The change's particulars as one text, as a store writes them (a photo's digest in base64, see
    /// `PhotoCapture.storedDigest`); empty for changes that have none.
    public var detail: String {
        let fields: [String]
        switch self {
        case let .imported(eligibility): fields = [eligibility.kind, eligibility.reason]
        case .notified, .preRegistered, .closed, .missed, .deferred: return ""
        case let .assigned(a):
            fields = [String(a.session), a.source.rawValue, a.unit, a.room ?? "", a.date.description, "\(a.start)", "\(a.end)"]
        case let .paid(id, amount, late): fields = [id, String(amount.fen), late ? "late" : ""]
        case let .checkedIn(credential): fields = [credential.id]
        case let .numbered(number): fields = [number.series, String(number.value)]
        // The photo's moment is the event's, and is not written twice.
        case let .captured(capture): fields = [capture.path, PhotoCapture.storedDigest(capture.sha256), capture.makeUpRoute ?? ""]
        case let .photoUnbound(sha, reason), let .photoRejected(sha, reason): fields = [PhotoCapture.storedDigest(sha), reason]
        case let .exported(batch): fields = [batch]
        case let .verificationOpened(until): fields = [until?.description ?? ""]
        case let .routedToMakeUp(m): fields = [m.route, m.place, m.onCampus ? "1" : "0", m.deadline?.description ?? ""]
        case let .refundDue(refund): fields = [String(refund.amount.fen), refund.due.description, refund.reason]
        }
        return fields.joined(separator: String(Self.separator))
    }

    /// Reads a stored change back; nil when `kind` is unknown or `detail` does not fit it.
    public init?(kind: String, detail: String, at: Moment) {
        let f = detail.split(separator: Self.separator, omittingEmptySubsequences: false).map(String.init)
        func field(_ i: Int) -> String? { f.indices.contains(i) ? f[i] : nil }
        func optional(_ i: Int) -> String? { field(i).flatMap { $0.isEmpty ? nil : $0 } }
        switch kind {
        case "imported":
            guard let k = field(0), let reason = field(1), let e = Eligibility(kind: k, reason: reason) else { return nil }
            self = .imported(e)
        case "notified": self = .notified
        case "preRegistered": self = .preRegistered
        case "assigned":
            guard let index = field(0).flatMap({ Int($0) }), let source = field(1).flatMap({ SessionAssignment.Source(rawValue: $0) }),
                  let unit = field(2), let date = field(4).flatMap({ CivilDate(iso: $0) }),
                  let start = field(5).flatMap({ TimeOfDay(parsing: $0) }), let end = field(6).flatMap({ TimeOfDay(parsing: $0) })
            else { return nil }
            self = .assigned(SessionAssignment(session: index, source: source, unit: unit, room: optional(3), date: date, start: start, end: end))
        case "paid":
            guard let id = field(0), let fen = field(1).flatMap({ Int($0) }) else { return nil }
            self = .paid(paymentID: id, amount: Money(fen: fen), late: field(2) == "late")
        case "checkedIn":
            guard let credential = field(0).flatMap({ Credential.parse($0, among: Credential.standard) ?? Credential.stored($0) }) else { return nil }
            self = .checkedIn(credential)
        case "numbered":
            guard let series = field(0), let value = field(1).flatMap({ Int($0) }) else { return nil }
            self = .numbered(SequenceNumber(series: series, value: value))
        case "captured":
            guard let path = field(0), let sha = field(1) else { return nil }
            self = .captured(PhotoCapture(path: path, sha256: PhotoCapture.digest(fromStored: sha), at: at, makeUpRoute: optional(2)))
        case "photoUnbound":
            guard let sha = field(0), let reason = field(1) else { return nil }
            self = .photoUnbound(sha256: PhotoCapture.digest(fromStored: sha), reason: reason)
        case "photoRejected":
            guard let sha = field(0), let reason = field(1) else { return nil }
            self = .photoRejected(sha256: PhotoCapture.digest(fromStored: sha), reason: reason)
        case "exported":
            guard let batch = field(0) else { return nil }
            self = .exported(batch: batch)
        case "verificationOpened": self = .verificationOpened(until: optional(0).flatMap { CivilDate(iso: $0) })
        case "closed": self = .closed
        case "missed": self = .missed
        case "routedToMakeUp":
            guard let route = field(0), let place = field(1) else { return nil }
            self = .routedToMakeUp(MakeUpAssignment(route: route, place: place, onCampus: field(2) == "1",
                                                    deadline: optional(3).flatMap { CivilDate(iso: $0) }))
        case "refundDue":
            guard let fen = field(0).flatMap({ Int($0) }), let due = field(1).flatMap({ CivilDate(iso: $0) }), let reason = field(2) else { return nil }
            self = .refundDue(Refund(amount: Money(fen: fen), due: due, reason: reason))
        case "deferred": self = .deferred
        default: return nil
        }
    }
}

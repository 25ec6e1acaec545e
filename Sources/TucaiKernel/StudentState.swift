/// What has happened to one student so far: the facts the workflow has recorded. The stage is derived from
/// them rather than stored beside them, so the two can never disagree.
public struct StudentState: Hashable, Sendable, Codable {
    public var notified: Bool
    public var preRegistered: Bool
    public var assignment: SessionAssignment?
    /// Everything received for this student's fee, less nothing: refunds are owed, not yet paid out.
    public var paid: Money
    /// Whether `paid` covers the whole fee.
    public var feeSettled: Bool
    /// The credential the student was identified with at the station.
    public var credential: Credential?
    public var sequenceNumber: SequenceNumber?
    public var capture: PhotoCapture?
    public var exportBatch: String?
    public var verificationOpen: Bool
    /// The first day the student may be closed: the end of the verification window; nil when the policy
    /// states no window.
    public var verificationEnds: CivilDate?
    public var closed: Bool
    public var missed: Bool
    public var makeUp: MakeUpAssignment?
    public var deferred: Bool
    public var refund: Refund?

    public init(notified: Bool = false, preRegistered: Bool = false, assignment: SessionAssignment? = nil,
                paid: Money = .zero, feeSettled: Bool = false, credential: Credential? = nil,
                sequenceNumber: SequenceNumber? = nil, capture: PhotoCapture? = nil, exportBatch: String? = nil,
                verificationOpen: Bool = false, verificationEnds: CivilDate? = nil, closed: Bool = false,
                missed: Bool = false, makeUp: MakeUpAssignment? = nil, deferred: Bool = false, refund: Refund? = nil) {
        self.notified = notified; self.preRegistered = preRegistered; self.assignment = assignment
        self.paid = paid; self.feeSettled = feeSettled; self.credential = credential
        self.sequenceNumber = sequenceNumber; self.capture = capture; self.exportBatch = exportBatch
        self.verificationOpen = verificationOpen; self.verificationEnds = verificationEnds; self.closed = closed
        self.missed = missed; self.makeUp = makeUp; self.deferred = deferred; self.refund = refund
    }

    /// The furthest stage the facts show. Later facts win: a make-up student who is then photographed is
    /// `captured`, a paid student who checks in is `checkedIn`.
    public func stage(inScope: Bool) -> CampaignStage {
        guard inScope else { return .notInScope }
        if closed { return .closed }
        if verificationOpen { return .verifying }
        if exportBatch != nil { return .exported }
        if capture != nil { return .captured }
        if makeUp != nil { return .makeUp }
        if missed { return .missed }
        if deferred { return .deferred }
        if credential != nil { return sequenceNumber != nil ? .numbered : .checkedIn }
        if feeSettled { return .paid }
        if assignment != nil { return .assigned }
        if preRegistered { return .preRegistered }
        return notified ? .notified : .listed
    }
}

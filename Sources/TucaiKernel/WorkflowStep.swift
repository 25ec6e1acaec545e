
/// Something that happens to one student, which the workflow accepts or refuses. A station visit or a
/// student's evening in the mini-program is a list of steps applied in order.
public enum WorkflowStep: Hashable, Sendable, CustomStringConvertible {
    case notify
    /// Completes what the policy asks before the day, other than booking and paying.
    case preRegister
    /// Takes the student's session from the published table.
    case assignFromTable
    /// Books a session (an index into the table) in the policy's reservation app.
    case reserve(session: Int)
    /// Books a session with the staff at the station.
    case reserveOnSite(session: Int)
    /// Credits the student's share of a payment; the payment as a whole is checked by the engine.
    case pay(paymentID: String, amount: Money, route: String? = nil)
    /// A payment by this student alone, recorded with the visit: the engine checks it as a payment (its id
    /// once, the payer, the amount) and credits it.
    case settle(Payment)
    case checkIn(Credential)
    /// Gives the student a sequence number; nil lets the engine take the next in the student's series.
    case issueNumber(SequenceNumber?)
    case capture(path: String, sha256: String)
    /// Takes the student's photo back (a retake, or an operator's undo at the station): the file stays where it
    /// is, the history keeps it, and the student waits for a photo again.
    case unbindPhoto(reason: String)
    /// The registry (or the student checking it) rejected the submitted photo: it no longer stands, the record
    /// reopens, and the student is to be photographed again on a make-up route.
    case rejectPhoto(VerificationResult)
    case export(batch: String)
    case openVerification
    case close
    case markMissed
    case routeToMakeUp(MakeUpRequest)
    /// The student takes part in a later capture instead.
    case deferCapture
    /// Applies the refund rule once the collective capture is over.
    case assessRefund

    public var description: String {
        switch self {
        case .notify: "notify"
        case .preRegister: "pre-register"
        case .assignFromTable: "assign from the table"
        case let .reserve(session): "reserve session \(session)"
        case let .reserveOnSite(session): "reserve session \(session) on site"
        case let .pay(id, amount, route): "pay \(amount) (\(id)" + (route.map { ", \($0)" } ?? "") + ")"
        case let .settle(payment): "pay \(payment.amount) (\(payment.id))"
        case let .checkIn(credential): "check in with \(credential.chinese)"
        case let .issueNumber(number): "issue sequence number" + (number.map { " \($0)" } ?? "")
        case .capture: "capture"
        case let .unbindPhoto(reason): "unbind the photo (\(reason))"
        case let .rejectPhoto(result): "photo rejected on verification (\(result.chinese))"
        case .export: "export"
        case .openVerification: "open verification"
        case .close: "close"
        case .markMissed: "mark missed"
        case let .routeToMakeUp(request): "route to make-up (\(request))"
        case .deferCapture: "defer"
        case .assessRefund: "assess refund"
        }
    }
}

/// Which make-up a missed student asks for.
public enum MakeUpRequest: Hashable, Sendable, CustomStringConvertible {
    /// The policy's first route.
    case any
    case route(named: String)
    /// A make-up on campus, which some policies rule out (NCHU: 新华社将不再安排校内补拍).
    case onCampus
    /// The policy's first route, to be taken by `deadline` at the latest: a photo rejected on verification must be
    /// retaken before the registry's records lock, whatever the route's own deadline.
    case retake(by: CivilDate)

    public var description: String {
        switch self {
        case .any: "any route"
        case let .route(name): name
        case .onCampus: "on campus"
        case let .retake(deadline): "a retake by \(deadline)"
        }
    }
}

/// A step the policy does not allow, with a sentence that says why. `reason` names the rule and is the
/// same for every student it stops, so refusals can be counted by reason; `detail` is this student's case.
public struct WorkflowRefusal: Error, Hashable, Sendable, CustomStringConvertible {
    public var student: String
    public var step: String
    public var reason: String
    public var detail: String?
    /// The identifier of the workflow rule that refused, when a rule did.
    public var rule: String?

    public init(student: String, step: String, reason: String, detail: String? = nil, rule: String? = nil) {
        self.student = student; self.step = step; self.reason = reason; self.detail = detail; self.rule = rule
    }

    public var description: String {
        "student \(student): \(step) refused" + (rule.map { " by rule \($0)" } ?? "") + ": \(reason)" + (detail.map { " (\($0))" } ?? "")
    }
}

import TucaiKernel

/// The one state machine every campaign runs, graduate or undergraduate, whatever the institution:
/// notified → pre-registered → assigned or self-reserved → paid → checked in → numbered → captured →
/// exported → verifying → closed, or missed → make-up. Which of these a student passes through, and what
/// each step demands, comes from the institution's policies alone; a step a policy forbids is refused with a
/// sentence that says why. `apply` is a pure function of the record, the step and the time, so the rules can
/// be tested without a store.
public struct Workflow: Sendable {
    public let institution: any Institution
    /// The published table, with the config's capture dates substituted.
    public let sessions: [Session]
    /// The collective capture days, in order.
    public let captureDates: [CivilDate]
    let matcher: SessionMatcher

    /// The rules in force for this school, kernel and module alike; every policy refusal comes from one.
    public let rules: [any WorkflowRule]
    /// What the rules know besides the student.
    public let context: WorkflowContext
    /// How the campaign photographs its students: collectively on site, or online in the platform's window.
    public let primaryMode: CaptureMode?
    /// The price per student on the route a student pays by, for the campaign's own capture; nil when no
    /// route charges students.
    public let fee: Money?
    /// What a student does before the day other than booking and paying.
    public let preRegistrationTasks: [PreRegistrationStep]
    /// The app students book in, and whether booking takes the fee; nil when students do not book.
    public let reservation: (app: String, paysFee: Bool)?
    /// The last day to pay, when the policy names one.
    public let paymentDeadline: CivilDate?

    public init(institution: any Institution, captureDates overrides: [CivilDate]? = nil, sessionTable: SessionTable? = nil) {
        self.institution = institution
        let table = sessionTable ?? institution.sessionTable
        let announced = institution.captureDays.map(\.date)
        var original = announced.isEmpty ? table.dates : Array(Set(announced)).sorted()
        if original.isEmpty, let window = institution.onlineCapture?.window {
            original = (0...(window.upperBound.dayNumber - window.lowerBound.dayNumber)).map { window.lowerBound.adding(days: $0) }
        }
        primaryMode = !announced.isEmpty || !table.isEmpty ? .collective : institution.onlineCapture != nil ? .onlineSelf : nil
        // The config's dates replace the announced ones day by day; a date beyond them keeps its distance
        // from the last one replaced.
        func moved(_ date: CivilDate) -> CivilDate {
            guard let overrides, !overrides.isEmpty, !original.isEmpty else { return date }
            if let position = original.firstIndex(of: date), position < overrides.count { return overrides[position] }
            let anchor = min(overrides.count, original.count) - 1
            return overrides[anchor].adding(days: date.dayNumber - original[anchor].dayNumber)
        }
        sessions = table.sessions.map { session in
            var copy = session
            copy.date = moved(session.date)
            return copy
        }
        captureDates = Array(Set(original.map(moved) + (overrides ?? []) + sessions.map(\.date))).sorted()
        matcher = SessionMatcher(sessions: sessions, groupingUnit: institution.groupingUnit)
        rules = institution.workflowRules
        context = WorkflowContext(institutionName: institution.chineseName, captureDates: captureDates, mode: primaryMode)
        let routes = primaryMode.map { institution.paymentRoutes(for: $0) } ?? institution.paymentRoutes
        fee = (routes.first { $0.charges && $0.payer == .student } ?? routes.first(where: \.charges))?.price
        preRegistrationTasks = institution.preRegistration.filter(\.isTask)
        reservation = institution.preRegistration.lazy.compactMap { step -> (app: String, paysFee: Bool)? in
            if case let .reservation(app, paysFee) = step { return (app, paysFee) }
            return nil
        }.first
        var deadline: CivilDate?
        for route in routes where route.charges { if let date = route.deadline { deadline = min(deadline ?? date, date) } }
        for case let .payBy(date) in institution.preRegistration { deadline = min(deadline ?? date, date) }
        paymentDeadline = deadline
    }

    public init(config: CampaignConfig, sessionTable: SessionTable? = nil) {
        self.init(institution: config.institution, captureDates: config.captureDates, sessionTable: sessionTable)
    }

    /// Why this campaign cannot photograph anyone as configured; nil when it can. A campaign that would
    /// photograph nobody is refused before it runs, never run to a silent end.
    public var cannotRun: String? {
        if primaryMode == nil {
            return "\(name)'s notice gives no capture day, window or table and no online capture: nobody can be photographed"
        }
        if sessions.isEmpty, let attachment = institution.missingTimetable, institution.slotFlexibility != .anySlot {
            return "\(name) publishes its timetable in \(attachment), which the notice's text lacks: give the config a "
                + "`sessionTable` CSV (the registrar's table, or one `tucai schedule plan` writes)"
        }
        if captureDates.isEmpty { return "\(name)'s capture has no dates: set `overrides.captureDates` in the config" }
        return nil
    }

    /// The route a payment of this kind fits: the payer first, then the amount for the students it covers,
    /// then the channel where the payment names one. nil when no route fits: the money is then owed back.
    public func route(for payment: Payment, covering count: Int) -> PaymentRoute? {
        let payer: Payer = payment.isClassCollection ? .classCollector : .student
        let candidates = institution.paymentRoutes.filter { $0.payer == payer && $0.charges }
        return candidates.first { route in
            guard let price = route.price, payment.amount == price * count else { return false }
            guard let channel = payment.channel, let named = route.channel else { return true }
            return named.id == channel || named.english == channel || named.chinese == channel || named.description == channel
        }
    }

    /// The route a student pays by when a step names none: the first that charges students for the
    /// campaign's own capture.
    public var studentRoute: PaymentRoute? {
        let routes = primaryMode.map { institution.paymentRoutes(for: $0) } ?? institution.paymentRoutes
        return routes.first { $0.charges && $0.payer == .student } ?? routes.first(where: \.charges)
    }

    public func route(named name: String?) -> PaymentRoute? {
        guard let name else { return studentRoute }
        return institution.paymentRoutes.first { $0.name == name }
    }

    /// Whether a rule of this type is in force.
    public func enforces<Rule: WorkflowRule>(_: Rule.Type) -> Bool { rules.contains { $0 is Rule } }

    public var name: String { institution.chineseName }
    public var captureStarts: CivilDate? { captureDates.first }

    /// The day eligibility is judged against when the campaign names no capture day (such a campaign is refused
    /// before it runs, but a store still records one): the notice's date, else the autumn before graduation.
    public func fallbackCaptureStart(cohort: Cohort?) -> CivilDate {
        captureStarts ?? institution.notice.issued ?? CivilDate((cohort ?? institution.cohorts.first).map { $0.graduationYear - 1 } ?? 2000, 9, 1)
    }
    /// The last collective capture day: make-ups, refunds and missed students are reckoned from it.
    public var collectionEnds: CivilDate? { captureDates.last }

    /// When in the flow the policy's sequence number arises.
    public enum NumberingPoint: Sendable { case preRegistration, assignment, checkIn }

    public var numberingPoint: NumberingPoint? {
        switch institution.sequenceNumbering {
        case .prePrinted?: preRegistrationTasks.isEmpty ? .assignment : .preRegistration
        case .byStudentNumberWithinClass?: .assignment
        case .onIDCardSwipe?, .onCodeScan?: .checkIn
        case nil: nil
        }
    }

    /// The run of numbers a student's number belongs to: their station's day and room.
    public func sequenceSeries(for record: StudentRecord) -> String? {
        record.state.assignment.map { SequenceNumber.series(date: $0.date, place: $0.room ?? $0.unit) }
    }

    /// The table rows that serve the student's unit, best first.
    public func sessions(for student: Student) -> [Int] { matcher.sessions(for: student) }

    public func assignment(_ index: Int, source: SessionAssignment.Source) -> SessionAssignment {
        let s = sessions[index]
        return SessionAssignment(session: index, source: source, unit: s.units.joined(separator: "、"), room: s.room,
                                 date: s.date, start: s.start, end: s.end)
    }

    /// The first day a record may close after verification of a photo taken on `day`: the end of the
    /// window to check it (YNU: within 40 days), or of the objection period after it opens (YNAU: from 40
    /// days); nil when the policy gives no timing.
    public func verificationEnds(capturedOn day: CivilDate, _ verification: Verification? = nil) -> CivilDate? {
        guard let verification = verification ?? institution.verification else { return nil }
        switch verification.timing {
        case let .within(days)?: return day.adding(days: days)
        case let .after(days)?: return day.adding(days: days + (verification.objectionWindowDays ?? 0))
        case nil: return nil
        }
    }

    /// Whether the rules make the station wait for payment before the camera.
    public var captureRequiresPayment: Bool { enforces(PaymentBeforeCaptureRule.self) }

    // MARK: the rules

    /// Applies `step` to `record` at `at`: the changes it makes (none when it was already done), or the
    /// refusal that says which rule forbids it. `record` is changed only when the step is accepted.
    /// The sequence of the workflow (notified before booked, photographed before exported…) is checked here;
    /// everything a school's policy decides is one of `rules`, asked at the point of the step where it bites.
    public func apply(_ step: WorkflowStep, to record: inout StudentRecord, at: Moment) throws(WorkflowRefusal) -> [CampaignEvent.Change] {
        var state = record.state
        func refuse(_ reason: String, _ detail: String? = nil) -> WorkflowRefusal {
            WorkflowRefusal(student: record.number, step: step.description, reason: reason, detail: detail)
        }
        let current = record
        func enforce() throws(WorkflowRefusal) {
            for rule in rules {
                if let violation = rule.violation(of: step, by: current, at: at, in: context) {
                    throw WorkflowRefusal(student: current.number, step: step.description, reason: violation.reason,
                                          detail: violation.detail, rule: rule.identifier)
                }
            }
        }
        guard record.eligibility.isInScope else {
            throw refuse("\(name) does not photograph this student in this campaign", record.eligibility.description)
        }
        let changes: [CampaignEvent.Change]
        switch step {
        case .notify:
            guard !state.notified else { return [] }
            state.notified = true
            changes = [.notified]

        case .preRegister:
            guard !preRegistrationTasks.isEmpty else { throw refuse("\(name) asks for no pre-registration") }
            guard !state.preRegistered else { return [] }
            guard state.notified else { throw refuse("a student is notified before anything else") }
            guard state.capture == nil else { throw refuse("the student is already photographed") }
            try enforce()
            state.preRegistered = true
            changes = [.preRegistered]

        case .assignFromTable:
            guard !sessions.isEmpty else { throw refuse("\(name) publishes no session table to assign from") }
            guard state.assignment == nil else { return [] }
            guard state.notified else { throw refuse("a student is notified before anything else") }
            guard let index = matcher.sessions(for: record.student).first else {
                let s = record.student
                throw refuse("the published table has no session for the student's unit",
                             "college \(s.college ?? "-"), major \(s.major ?? "-"), class \(s.className ?? "-")")
            }
            try enforce()
            state.assignment = assignment(index, source: .publishedTable)
            changes = [.assigned(state.assignment!)]

        case let .reserve(index), let .reserveOnSite(index):
            let onSite: Bool
            if case .reserveOnSite = step { onSite = true } else { onSite = false }
            guard sessions.indices.contains(index) else { throw refuse("the published table has no session \(index)") }
            if let current = state.assignment, current.isReservation {
                if current.session == index { return [] }
                throw refuse("the student already holds a reservation", "\(current)")
            }
            guard state.notified else { throw refuse("a student is notified before anything else") }
            guard state.capture == nil else { throw refuse("the student is already photographed") }
            if onSite {
                guard institution.acceptedCredentials.contains(.onSiteReservation) else {
                    throw refuse("\(name) does not book sessions at the station")
                }
                guard captureDates.contains(at.date) else { throw refuse("an on-site booking is made on a capture day", "\(at.date)") }
            } else if reservation == nil {
                throw refuse("\(name) takes no reservations: each unit comes in its slot of the published table")
            }
            try enforce()
            state.assignment = assignment(index, source: onSite ? .onSiteReservation : .reservation)
            changes = [.assigned(state.assignment!)]

        case let .settle(payment):
            return try apply(.pay(paymentID: payment.id, amount: payment.amount), to: &record, at: at)

        case let .pay(paymentID, amount, routeName):
            // The amount was matched to its route as a whole payment by the engine; here it is credited.
            guard let route = route(named: routeName), let price = route.price, route.charges else {
                throw refuse("\(name) has no payment route that charges students" + (routeName.map { " named \($0)" } ?? ""))
            }
            guard !state.feeSettled else { throw refuse("the fee is already paid in full", "paid \(state.paid)") }
            try enforce()
            let late = (route.deadline ?? paymentDeadline).map { at.date > $0 } ?? false
            state.paid = state.paid + amount
            state.feeSettled = state.paid >= price
            changes = [.paid(paymentID: paymentID, amount: amount, late: late)]

        case let .checkIn(credential):
            if let current = state.credential {
                if current == credential { return [] }
                throw refuse("the student is already checked in", "with \(current.chinese)")
            }
            guard state.capture == nil else { throw refuse("the student is already photographed") }
            guard !state.deferred else { throw refuse("the student is deferred to a later capture") }
            guard !state.missed else { throw refuse("the collective capture is over for this student") }
            // Where the campaign has a timetable, a student comes in a slot; walk-in and online campaigns have none.
            if !sessions.isEmpty {
                guard let assignment = state.assignment else {
                    throw refuse("the student has no session: neither assigned from the table nor booked")
                }
                if credential == .onSiteReservation, assignment.source != .onSiteReservation {
                    throw refuse("an on-site reservation is made with the staff before checking in with it")
                }
            }
            try enforce()
            state.credential = credential
            changes = [.checkedIn(credential)]

        case let .issueNumber(number):
            guard let numbering = institution.sequenceNumbering else {
                throw refuse("\(name) issues no sequence numbers" + (institution.ordering.map { ": students are photographed \($0)" } ?? ""))
            }
            guard let number else { throw refuse("a sequence number needs the student's session, whose day and room name its series") }
            if let current = state.sequenceNumber {
                if current == number { return [] }
                throw refuse("the student already holds a sequence number", "\(current)")
            }
            switch numberingPoint {
            case .preRegistration?:
                guard state.preRegistered else { throw refuse("pre-printed numbers are handed out at pre-registration (\(numbering))") }
            case .assignment?:
                guard state.assignment != nil else { throw refuse("numbers follow the session assignment (\(numbering))") }
            case .checkIn?, nil:
                guard let credential = state.credential else { throw refuse("the number is issued at the station (\(numbering))") }
                if case .onIDCardSwipe = numbering, !credential.satisfies(.residentIDCard) {
                    throw refuse("\(name) issues numbers when the ID card is swiped", "checked in with \(credential.chinese)")
                }
            }
            try enforce()
            state.sequenceNumber = number
            changes = [.numbered(number)]

        case let .capture(path, sha256):
            if let current = state.capture {
                if current.sha256 == sha256.lowercased() { return [] }
                throw refuse("the student is already photographed", "\(current)")
            }
            guard !path.isEmpty else { throw refuse("a photo needs the path of its file") }
            // Stores join an event's fields with a control character; one in the path would corrupt the history.
            guard !path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
                throw refuse("a photo's path holds no control characters")
            }
            guard PhotoCapture.isDigest(sha256) else { throw refuse("a photo's SHA-256 must be 64 hex digits", sha256) }
            if let makeUp = state.makeUp {
                if let end = collectionEnds, at.date <= end {
                    throw refuse("a make-up photo is taken after the collective capture, on the make-up route", "\(makeUp.route)")
                }
                try enforce()
                state.capture = PhotoCapture(path: path, sha256: sha256, at: at, makeUpRoute: makeUp.route)
            } else {
                guard state.credential != nil else { throw refuse("a photo is taken only of a student checked in at the station") }
                try enforce()
                state.capture = PhotoCapture(path: path, sha256: sha256, at: at)
            }
            changes = [.captured(state.capture!)]

        case let .unbindPhoto(reason):
            guard let capture = state.capture else { throw refuse("the student has no photo to take back") }
            guard state.exportBatch == nil else {
                throw refuse("the photo has been exported: a photo sent to the registry is replaced through verification", "in \(state.exportBatch!)")
            }
            guard !reason.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
                throw refuse("a reason holds no control characters")
            }
            try enforce()
            state.capture = nil
            changes = [.photoUnbound(sha256: capture.sha256, reason: reason)]

        case let .rejectPhoto(result):
            guard result.rejectsPhoto else { throw refuse("\(result.chinese) is corrected in the record, not by a new photo") }
            guard let capture = state.capture, state.exportBatch != nil else {
                throw refuse("only a photo that was submitted can be rejected on verification")
            }
            try enforce()
            // The photo no longer stands: the student has none, like one who missed the collective capture, and goes
            // to a make-up. The history keeps the photo and the rejection.
            state.capture = nil
            state.exportBatch = nil
            state.verificationOpen = false
            state.verificationEnds = nil
            state.closed = false
            state.missed = true
            state.makeUp = nil
            changes = [.photoRejected(sha256: capture.sha256, reason: result.chinese)]

        case let .export(batch):
            guard state.exportBatch == nil else { return [] }
            guard state.capture != nil else { throw refuse("only a photographed student is exported") }
            try enforce()
            state.exportBatch = batch
            changes = [.exported(batch: batch)]

        case .openVerification:
            guard let verification = institution.verification else { throw refuse("\(name) states no verification on 学信网") }
            guard !state.verificationOpen else { return [] }
            guard state.exportBatch != nil, let taken = state.capture?.at.date else { throw refuse("verification follows the export") }
            try enforce()
            state.verificationEnds = verificationEnds(capturedOn: taken, verification)
            state.verificationOpen = true
            changes = [.verificationOpened(until: state.verificationEnds)]

        case .close:
            guard !state.closed else { return [] }
            guard state.capture != nil else { throw refuse("only a photographed student's record is closed") }
            guard state.exportBatch != nil else { throw refuse("the photo has not been exported") }
            if let verification = institution.verification {
                guard state.verificationOpen else { throw refuse("the photo is verified on \(verification.site) before the record closes") }
                if let ends = state.verificationEnds, at.date <= ends {
                    throw refuse("the verification window is still open", "until \(ends)")
                }
            }
            try enforce()
            state.closed = true
            changes = [.closed]

        case .markMissed:
            guard !state.missed else { return [] }
            guard state.capture == nil else { throw refuse("the student is already photographed") }
            guard !state.deferred else { throw refuse("the student is deferred to a later capture") }
            if let end = collectionEnds, at.date <= end { throw refuse("the collective capture runs until \(end)") }
            try enforce()
            state.missed = true
            changes = [.missed]

        case let .routeToMakeUp(request):
            guard state.makeUp == nil else { return [] }
            guard state.missed, state.capture == nil else {
                throw refuse("only a student who missed the collective capture is sent to a make-up")
            }
            try enforce()
            let routes = institution.makeUpRoutes
            let route: MakeUpRoute
            switch request {
            case .any:
                guard let first = routes.first else { throw refuse("\(name) names no make-up route") }
                route = first
            case .onCampus:
                guard let onCampus = routes.first(where: \.onCampus) else {
                    throw refuse("\(name) names no make-up on campus",
                                 routes.isEmpty ? "it names no make-up route" : "its routes: " + routes.map(\.name).joined(separator: ", "))
                }
                route = onCampus
            case let .retake(deadline):
                guard var first = routes.first else { throw refuse("\(name) names no make-up route") }
                first.deadline = min(first.deadline ?? deadline, deadline)
                route = first
            case let .route(named):
                guard let found = routes.first(where: { $0.name == named }) else {
                    throw refuse("\(name) has no make-up route of that name", "'\(named)'; its routes: " + routes.map(\.name).joined(separator: ", "))
                }
                route = found
            }
            if let deadline = route.deadline, at.date > deadline {
                throw refuse("the make-up route takes students only until its deadline", "\(route.name) until \(deadline)")
            }
            state.makeUp = MakeUpAssignment(route)
            changes = [.routedToMakeUp(state.makeUp!)]

        case .deferCapture:
            guard !state.deferred else { return [] }
            guard state.capture == nil, state.credential == nil else { throw refuse("the student has already been to the station") }
            try enforce()
            state.deferred = true
            changes = [.deferred]

        case .assessRefund:
            guard let rule = institution.refund, state.refund == nil else { return [] }
            guard let end = collectionEnds, at.date > end else {
                throw refuse("refunds are assessed once the campus collection is over")
            }
            switch rule.condition {
            case .reservedButNotCaptured:
                guard state.paid > .zero, state.assignment?.isReservation == true, state.capture == nil else { return [] }
            }
            let due: CivilDate
            switch rule.trigger {
            case .campusCollectionEnds: due = rule.deadline(collectionEnds: end)
            }
            state.refund = Refund(amount: state.paid, due: due, reason: rule.description)
            changes = [.refundDue(state.refund!)]
        }
        record.state = state
        return changes
    }
}

import TucaiKernel
import TucaiDigest

/// How often the simulated students do something other than what the notice asks.
public struct SimulationRates: Sendable {
    /// Students who take part in a later capture instead.
    public var deferral = 0.01
    /// Students who skip what is due before the day and do it at the station, or book there.
    public var skippedPreRegistration = 0.03
    /// Students who have not paid when the policy wants the money, and so first meet a refusal.
    public var latePayment = 0.05
    /// Students who do not come to the collective capture.
    public var absence = 0.04
    /// Missed students who first ask for a make-up on campus.
    public var onCampusMakeUpRequest = 0.34
    /// Students sent to a make-up who are photographed there.
    public var makeUpCompleted = 0.5
    /// Where payment may follow the photo, students who leave without paying.
    public var leavingWithoutPaying = 0.02
    /// Where classes pay together, classes whose money comes on the capture morning instead of by the deadline.
    public var lateClass = 0.1

    public init() {}
    public static let standard = SimulationRates()
}

/// Simulates the events an institution's flow produces for every student of a stored campaign, stage by
/// stage in the order they happen, through the engine (so every rule applies and every refusal is counted).
/// Each decision is drawn from the seed and the student number, each moment from the timeline, and each
/// stage handles only students whose state still lacks its effect; so a run that was killed resumes where
/// its last committed batch ended and finishes with exactly what an uninterrupted run stores.
public final class CampaignSimulation {
    let engine: CampaignEngine
    let workflow: Workflow
    let seed: UInt64
    let dice: SimulationDice
    let rates: SimulationRates
    let timeline: CampaignTimeline
    let batchSize: Int
    let progress: any CampaignProgress
    let camera: any SimulatedCamera

    public init(engine: CampaignEngine, seed: UInt64, rates: SimulationRates = .standard, batchSize: Int = 500,
                progress: any CampaignProgress = SilentProgress(), camera: (any SimulatedCamera)? = nil) {
        self.camera = camera ?? DigestOnlyCamera(seed: seed)
        self.engine = engine
        workflow = engine.workflow
        self.seed = seed
        dice = SimulationDice(seed: seed)
        self.rates = rates
        timeline = CampaignTimeline(workflow: engine.workflow)
        self.batchSize = max(1, batchSize)
        self.progress = progress
    }

    /// Runs every stage up to `end`: with `.captureDay`, only what happens before the first capture day (notices,
    /// pre-registration, bookings, payments in advance), leaving the day itself to real capture stations; with
    /// `.export`, up to the photos taken and made up, leaving the export and what follows it to the registrar.
    public func run(until end: SimulationStop? = nil) throws {
        try beforeTheDay()
        if paysInAdvance && classCollects { try classPayments() }
        if end == .captureDay { return }
        try captureDays()
        try collectionOver()
        try makeUps()
        if end == .export { return }
        try afterCapture()
    }

    // MARK: decisions

    private var institution: any Institution { workflow.institution }
    private var records: [StudentRecord] { engine.records }

    private func defers(_ r: StudentRecord) -> Bool { dice.chance(rates.deferral, "defer", r.number) }
    private func skipsPreRegistration(_ r: StudentRecord) -> Bool { dice.chance(rates.skippedPreRegistration, "skip", r.number) }
    private func paysLate(_ r: StudentRecord) -> Bool { dice.chance(rates.latePayment, "late", r.number) }
    private func isAbsent(_ r: StudentRecord) -> Bool { dice.chance(rates.absence, "absent", r.number) }

    /// Whether the policy expects money from this student in this campaign.
    private func owesFee(_ r: StudentRecord) -> Bool {
        workflow.fee != nil && r.eligibility.isInScope && (!defers(r) || institution.deferredStudentsPay.isYes)
    }

    /// The route classes pay by, where the policy has one for the campaign's own capture.
    private var classRoute: PaymentRoute? {
        let routes = workflow.primaryMode.map { institution.paymentRoutes(for: $0) } ?? institution.paymentRoutes
        return routes.first { $0.payer == .classCollector && $0.charges }
    }

    private var classCollects: Bool { classRoute != nil }

    /// Where a class pays after its shoot for the students actually photographed (山西林业).
    private var classPaysAfterShoot: Bool { classRoute?.basis == .perStudentPhotographed }

    /// Money due by a date before the day, paid in a stage of its own (NCHU, Lishui); a booking that takes
    /// the fee is paid while booking instead.
    private var paysInAdvance: Bool {
        guard workflow.fee != nil || classCollects, workflow.reservation?.paysFee != true, !classPaysAfterShoot else { return false }
        let route = classRoute ?? workflow.studentRoute
        return route?.timing == .byDeadline || workflow.paymentDeadline != nil
    }

    private var channel: String? { workflow.studentRoute?.channel?.description }

    /// A class's money goes the way its route names, else to whom the route says collects it; nil when the
    /// policy states neither, rather than a channel the engine would invent.
    private var classChannel: String? {
        guard let route = classRoute else { return nil }
        return route.channel?.description ?? route.collector.map { "collected by \($0)" }
    }

    private func individualPayment(_ r: StudentRecord, at moment: Moment) -> Payment {
        Payment(id: "SIM-\(seed)-\(r.number)", amount: workflow.fee ?? .zero, at: moment, students: [r.number], channel: channel)
    }

    private func photo(_ r: StudentRecord, makeUp: Bool) throws -> WorkflowStep {
        let shot = try camera.photograph(student: r.number, makeUp: makeUp)
        return .capture(path: shot.path, sha256: shot.sha256)
    }

    // MARK: stages

    /// Runs `body` for each student `due` picks, going through the campaign in import order a page of
    /// `batchSize` students per transaction (read from the store when the engine keeps pages), reporting
    /// progress in students looked at. With `among`, only the students that filter admits are looked at, for a
    /// stage whose `due` never picks anyone else.
    private func stage(_ name: String, among filter: StudentFilter? = nil, where due: (StudentRecord) -> Bool, _ body: (Int) throws -> Void,
                       result: () -> String) throws {
        progress.begin(name, total: try filter.map { try engine.store.studentCount(where: $0) } ?? engine.store.studentCount())
        var after = 0, done = 0
        while try engine.batch({ () throws -> Bool in
            let page = try filter.map { try engine.nextPage(after: after, limit: batchSize, where: $0) } ?? engine.nextPage(after: after, limit: batchSize)
            guard let last = page.last else { return false }
            after = records[last].ordinal
            // Picked before any of them changes, as a list made before the stage would be.
            for position in page.filter({ due(records[$0]) }) { try body(position) }
            done += page.count
            return true
        }) {
            progress.advance(done)
        }
        progress.end(result())
    }

    /// Every student once, in import order, a page at a time; for a pass that only looks.
    private func forEachStudent(_ body: (StudentRecord) throws -> Void) throws {
        var after = 0
        while true {
            let page = try engine.nextPage(after: after, limit: max(batchSize, 2_000))
            guard let last = page.last else { return }
            for position in page { try body(records[position]) }
            after = records[last].ordinal
        }
    }

    /// What each student does between the notice and the first capture day, step by step at its own moment
    /// (notice, deferral or the table's session, pre-registration, payment by the deadline, booking and paying
    /// in the app), written as one change per student.
    private func beforeTheDay() throws {
        let usesTable = workflow.reservation == nil && !workflow.sessions.isEmpty
        let payment = timeline.advancePayment(deadline: workflow.paymentDeadline)
        var notified = 0, deferred = 0, assigned = 0, preRegistered = 0, paid = 0, booked = 0, slips = 0, unmatched = 0
        let due = { (r: StudentRecord) in r.eligibility.isInScope && r.state.credential == nil && r.state.capture == nil && !r.state.missed }
        try stage("before the day", where: due, { position in
            let r = records[position]
            var steps: [(WorkflowStep, Moment)] = [(.notify, timeline.notification)]
            if defers(r) {
                steps.append((.deferCapture, timeline.notification))
            } else if usesTable {
                steps.append((.assignFromTable, timeline.notification))
            }
            let active = !defers(r) && !skipsPreRegistration(r)
            if active, !workflow.preRegistrationTasks.isEmpty { steps.append((.preRegister, timeline.preRegistration)) }
            if paysInAdvance, !classCollects, owesFee(r), !paysLate(r) {
                steps.append((.settle(individualPayment(r, at: payment)), payment))
            }
            if active, let reservation = workflow.reservation {
                if reservation.paysFee, owesFee(r) {
                    steps.append((.settle(individualPayment(r, at: timeline.reservation)), timeline.reservation))
                }
                if let session = workflow.sessions(for: r.student).first {
                    steps.append((.reserve(session: session), timeline.reservation))
                } else {
                    steps.append((.assignFromTable, timeline.reservation))
                }
            }
            // Chronological, keeping the order of steps at the same moment (paying before the booking it completes).
            let ordered = steps.enumerated().sorted { ($0.element.1, $0.offset) < ($1.element.1, $1.offset) }.map(\.element)
            let visit = try engine.perform(timed: ordered, at: position, goOnAfterRefusal: true)
            unmatched += visit.refusals.isEmpty ? 0 : 1
            for change in visit.changes {
                switch change {
                case .notified: notified += 1
                case .deferred: deferred += 1
                case let .assigned(a): if a.isReservation { booked += 1 } else { assigned += 1 }
                case .preRegistered: preRegistered += 1
                case .paid: paid += 1
                case .numbered: slips += 1
                default: break
                }
            }
        }, result: {
            var parts = ["\(notified) notified"]
            if deferred > 0 { parts.append("\(deferred) deferred") }
            if usesTable { parts.append("\(assigned) given their session from the table") }
            if !workflow.preRegistrationTasks.isEmpty { parts.append("\(preRegistered) pre-registered") }
            if slips > 0 { parts.append("\(slips) sequence slips handed out") }
            if let reservation = workflow.reservation { parts.append("\(booked) booked in \(reservation.app)") }
            if paid > 0 { parts.append("\(paid) paid") }
            if unmatched > 0 { parts.append("\(unmatched) with a step refused") }
            return parts.joined(separator: ", ")
        })
    }

    /// Where classes pay together, each class hands over its fees by the deadline (some on the capture morning).
    private func classPayments() throws {
        let moment = timeline.advancePayment(deadline: workflow.paymentDeadline)
        var payments = 0, received = Money.zero, late = 0
        let classes = try classesOwingFee()
        progress.begin("pay per class by \(workflow.paymentDeadline.map { "\($0)" } ?? "the deadline")", total: classes.count)
        for start in stride(from: 0, to: classes.count, by: batchSize) {
            try engine.batch {
                for (name, members) in classes[start..<min(start + batchSize, classes.count)] {
                    if dice.chance(rates.lateClass, "late class", name) { late += 1; continue }
                    if case let .recorded(payment) = try engine.recordPayment(classPayment(name, members, at: moment)) {
                        payments += 1
                        received = received + payment.amount
                    }
                }
            }
            progress.advance(min(start + batchSize, classes.count))
        }
        progress.end("\(payments) class payments, \(received)" + (late > 0 ? "; \(late) classes to pay on their capture morning" : ""))
    }

    /// The students each class pays for, classes in roster order; the same lists on every run.
    private func classesOwingFee() throws -> [(String, [Int32])] {
        try classes { owesFee($0) }
    }

    /// The classes of the students `include` picks, in roster order, each with its students' ordinals: a
    /// class's list is a few bytes a student, not its records.
    private func classes(where include: (StudentRecord) -> Bool) throws -> [(String, [Int32])] {
        var order: [String] = [], members: [String: [Int32]] = [:]
        try forEachStudent { r in
            guard include(r), let name = r.student.className else { return }
            if members[name] == nil { order.append(name) }
            members[name, default: []].append(try Self.compact(r.ordinal))
        }
        return order.map { ($0, members[$0]!) }
    }

    /// An ordinal in the four bytes a queue keeps of each student.
    private static func compact(_ ordinal: Int) throws -> Int32 {
        guard let compact = Int32(exactly: ordinal) else { throw StoreError.failed("student ordinal \(ordinal) is past what a capture queue keeps") }
        return compact
    }

    private func classPayment(_ name: String, _ members: [Int32], at moment: Moment, suffix: String = "") throws -> Payment {
        let numbers = try engine.positions(ofOrdinals: members.map(Int.init)).map { records[$0].number }
        return Payment(id: "SIM-\(seed)-class-\(name)\(suffix)", amount: (classRoute?.price ?? .zero) * numbers.count, at: moment,
                       students: numbers, className: name, channel: classChannel)
    }

    /// Where classes pay after their shoot, each class hands over the money for the students photographed
    /// that day, against the list its leader signs.
    private func classPaymentsAfterShoot(on day: CivilDate) throws {
        guard classPaysAfterShoot else { return }
        let classes = try classes { $0.eligibility.isInScope && $0.state.capture?.at.date == day && !$0.state.feeSettled }
        try engine.batch {
            for (name, members) in classes {
                _ = try engine.recordPayment(classPayment(name, members, at: Moment(day, TimeOfDay(18, 0)), suffix: "-\(day)"))
            }
        }
    }

    /// The station, day by day: students in session order, each through check-in, number, payment where the
    /// policy wants it first, and the camera. Without a timetable (walk-in within the announced windows, or
    /// online self-capture in the platform's window) each student comes on a day of their own.
    private func captureDays() throws {
        // The queue is built from the table and the decisions alone, so a student's place in it, and so the
        // minute stamped on their visit, does not depend on how far an earlier attempt got. It keeps four bytes
        // a student; the records are read again a batch at a time as the queue moves.
        var queues: [Int: [Int32]] = [:]
        var walkIns: [CivilDate: [Int32]] = [:]
        let dates = workflow.captureDates
        try forEachStudent { r in
            guard r.eligibility.isInScope && !defers(r) else { return }
            if workflow.sessions.isEmpty {
                guard !dates.isEmpty else { return }
                walkIns[dates[dice.pick(dates.count, "day", r.number)], default: []].append(try Self.compact(r.ordinal))
                return
            }
            guard let session = r.state.assignment?.session ?? workflow.sessions(for: r.student).first else { return }
            queues[session, default: []].append(try Self.compact(r.ordinal))
        }
        let order = queues.keys.sorted { a, b in
            let x = workflow.sessions[a], y = workflow.sessions[b]
            return (x.date, x.start.minutes, x.room ?? "", a) < (y.date, y.start.minutes, y.room ?? "", b)
        }
        let lateClasses = classCollects && !classPaysAfterShoot ? try classesOwingFee().filter { dice.chance(rates.lateClass, "late class", $0.0) } : []
        for day in Array(Set(order.map { workflow.sessions[$0].date } + walkIns.keys)).sorted() {
            let opens = institution.captureDays.first { $0.date == day }?.windows.first?.start
                ?? (workflow.primaryMode == .onlineSelf ? TimeOfDay(20, 0) : TimeOfDay(9, 0))
            let sessions = order.filter { workflow.sessions[$0].date == day }
            var photographed = 0, absent = 0, refused = 0, earlier = 0
            for (name, members) in lateClasses {
                guard let first = try members.first.flatMap({ try engine.positions(ofOrdinals: [Int($0)]).first }),
                      let session = records[first].state.assignment?.session ?? workflow.sessions(for: records[first].student).first,
                      workflow.sessions[session].date == day else { continue }
                try engine.batch { _ = try engine.recordPayment(classPayment(name, members, at: timeline.latePayment(on: day))) }
            }
            let total = sessions.reduce(0) { $0 + queues[$1]!.count } + (walkIns[day]?.count ?? 0)
            progress.begin("capture on \(day)", total: total)
            var waiting: [(session: Int?, arrival: Moment, ordinal: Int)] = []
            var done = 0
            func admit() throws {
                try engine.batch {
                    let positions = try engine.positions(ofOrdinals: waiting.map(\.ordinal))
                    guard positions.count == waiting.count else { throw StoreError.failed("a student of the capture queue is no longer stored") }
                    for (visit, position) in zip(waiting, positions) {
                        let r = records[position]
                        if r.state.capture != nil { earlier += 1; continue }
                        if isAbsent(r) { absent += 1; continue }
                        if try visitStation(position, session: visit.session, arrival: visit.arrival) { photographed += 1 } else { refused += 1 }
                    }
                }
                done += waiting.count
                progress.advance(done)
                waiting.removeAll(keepingCapacity: true)
            }
            for session in sessions {
                let assignment = workflow.assignment(session, source: .publishedTable)
                for (place, ordinal) in queues[session]!.enumerated() {
                    waiting.append((session, timeline.arrival(at: assignment, position: place), Int(ordinal)))
                    if waiting.count == batchSize { try admit() }
                }
            }
            for (place, ordinal) in (walkIns[day] ?? []).enumerated() {
                waiting.append((nil, Moment(day, opens + min(place / 2, 23 * 60 - opens.minutes)), Int(ordinal)))
                if waiting.count == batchSize { try admit() }
            }
            if !waiting.isEmpty { try admit() }
            progress.end("\(photographed) photographed, \(absent) absent" + (refused > 0 ? ", \(refused) turned away" : "")
                         + (earlier > 0 ? ", \(earlier) photographed before" : ""))
            try classPaymentsAfterShoot(on: day)
        }
    }

    /// One student at the station, as one visit: an on-site booking or late pre-registration where needed,
    /// check-in (the number follows when the policy issues it there), payment where the policy wants it
    /// before the camera (a late payer first meets the refusal), the photo, and payment after it where the
    /// policy allows that. True when photographed.
    private func visitStation(_ position: Int, session: Int?, arrival: Moment) throws -> Bool {
        let r = records[position]
        var steps: [(WorkflowStep, Moment)] = []
        let online = institution.onlineCapture.map { $0.identifiedBy.isEmpty ? nil : Credential.together($0.identifiedBy) } ?? nil
        var credential = workflow.primaryMode == .onlineSelf ? online ?? .collectionCode : institution.acceptedCredentials.first ?? .residentIDCard
        let later = { (minutes: Int) in Moment(arrival.date, arrival.time + minutes) }
        if let session, r.state.assignment == nil, institution.acceptedCredentials.contains(.onSiteReservation) {
            if workflow.reservation?.paysFee == true, owesFee(r), !r.state.feeSettled {
                steps.append((.settle(individualPayment(r, at: arrival)), arrival))
            }
            steps.append((.reserveOnSite(session: session), arrival))
            credential = .onSiteReservation
        } else if !workflow.preRegistrationTasks.isEmpty, !r.state.preRegistered {
            steps.append((.preRegister, arrival))
        }
        steps.append((.checkIn(credential), arrival))
        let unpaid = owesFee(r) && !classCollects && !r.state.feeSettled
        if workflow.captureRequiresPayment && unpaid {
            if paysLate(r) { steps.append((try photo(r, makeUp: false), later(1))) }
            steps.append((.settle(individualPayment(r, at: later(1))), later(1)))
            steps.append((try photo(r, makeUp: false), later(2)))
        } else {
            steps.append((try photo(r, makeUp: false), later(1)))
            if unpaid, !dice.chance(rates.leavingWithoutPaying, "leave", r.number) {
                steps.append((.settle(individualPayment(r, at: later(2))), later(2)))
            }
        }
        // A refused photo stops nothing else: the late payer pays, then is photographed.
        try engine.perform(timed: steps, at: position, goOnAfterRefusal: true)
        return records[position].state.capture != nil
    }

    func collectionOver() throws {
        var missed = 0, refunds = 0, owed = Money.zero
        let assess = institution.refund != nil
        let due = { (r: StudentRecord) in
            r.eligibility.isInScope && r.state.capture == nil && ((!r.state.deferred && !r.state.missed) || (assess && r.state.refund == nil && r.state.paid > .zero))
        }
        try stage("collection over", among: .withoutPhoto, where: due, { position in
            let r = records[position]
            let steps: [WorkflowStep] = (r.state.deferred || r.state.missed ? [] : [.markMissed]) + (assess ? [.assessRefund] : [])
            for change in try engine.perform(steps, at: position, moment: timeline.collectionOver).changes {
                if case .missed = change { missed += 1 }
                if case let .refundDue(refund) = change { refunds += 1; owed = owed + refund.amount }
            }
        }, result: { "\(missed) missed" + (assess ? ", \(refunds) refunds due (\(owed))" : "") })
    }

    func makeUps() throws {
        let routes = institution.makeUpRoutes
        var routed = 0, photographed = 0, noRoute = 0
        try stage("make-up", among: .withoutPhoto, where: { $0.state.missed && $0.state.capture == nil && $0.state.makeUp == nil }, { position in
            let r = records[position]
            // Only where the notice speaks of a make-up on campus does anyone ask for one.
            if institution.onCampusMakeUp.isStated, dice.chance(rates.onCampusMakeUpRequest, "on campus", r.number) {
                try engine.perform([.routeToMakeUp(.onCampus)], at: position, moment: timeline.makeUpRouting)
            }
            if records[position].state.makeUp == nil {
                guard !routes.isEmpty else { noRoute += 1; return }
                let route = routes[dice.pick(routes.count, "route", r.number)]
                var steps: [(WorkflowStep, Moment)] = [(.routeToMakeUp(.route(named: route.name)), timeline.makeUpRouting)]
                // A paper-only route hands prints in; no digital photo comes back from it.
                if route.result != .paperOnly, dice.chance(rates.makeUpCompleted, "make-up", r.number) {
                    steps.append((try photo(r, makeUp: true), timeline.makeUpCapture(deadline: route.deadline)))
                }
                try engine.perform(timed: steps, at: position)
            } else if dice.chance(rates.makeUpCompleted, "make-up", r.number) {
                try engine.perform([try photo(r, makeUp: true)], at: position,
                                   moment: timeline.makeUpCapture(deadline: records[position].state.makeUp?.deadline))
            }
            if records[position].state.makeUp != nil { routed += 1 }
            if records[position].state.capture != nil { photographed += 1 }
        }, result: { "\(routed) sent to make-up, \(photographed) photographed there" + (noRoute > 0 ? ", \(noRoute) with no route to go to" : "") })
    }

    /// Export, the verification window, and closing: one write per student, each step at its own day.
    func afterCapture() throws {
        let verifies = institution.verification != nil
        var exported = 0, closed = 0
        try stage(verifies ? "export, verify, close" : "export, close", where: { $0.state.capture != nil && !$0.state.closed }, { position in
            let r = records[position]
            guard let capture = r.state.capture else { return }
            let exportAt = timeline.export(of: capture)
            var steps: [(WorkflowStep, Moment)] = [(.export(batch: "export-" + exportAt.date.description), exportAt)]
            if verifies { steps.append((.openVerification, exportAt)) }
            let ends = verifies ? workflow.verificationEnds(capturedOn: capture.at.date) : nil
            steps.append((.close, timeline.closing(verificationEnds: ends, exported: exportAt)))
            let visit = try engine.perform(timed: steps, at: position)
            for change in visit.changes {
                if case .exported = change { exported += 1 }
                if case .closed = change { closed += 1 }
            }
        }, result: { "\(exported) exported, \(closed) closed" })
    }
}

import TucaiKernel
import TucaiRoster

/// Runs the workflow against a store. The engine keeps the campaign's students in memory, all of them or the
/// page its caller works through (`CampaignMemory`), and writes every accepted change through to the store
/// together with its events; the caller groups visits into transactions with `batch`. After a store error the
/// engine's memory may be ahead of the store, so the engine is then discarded and a new one loads what was
/// committed.
public final class CampaignEngine {
    public let workflow: Workflow
    public let store: any CampaignStore
    public let memory: CampaignMemory
    /// Every student (`wholeCampaign`), or the page loaded last and the students read since (`pages`).
    public private(set) var records: [StudentRecord]
    private var positions: [String: Int]
    private var sequenceTop: [String: Int] = [:]
    /// With `pages`, the series whose top has been read from the store; from then on this engine's issues keep it.
    private var topsRead: Set<String> = []
    /// `commitsByOthers` when the students in `readAgain` were read: while it is unchanged, they (with the tops of
    /// their series and the payments read with them) are what is stored.
    private var matchedGeneration: Int?
    private var readAgain: Set<String> = []
    private var seriesReadAgain: Set<String> = []
    private var sequenceHolders: [SequenceNumber: String] = [:]
    private var paymentsByID: [String: Payment] = [:]
    public private(set) var refusals = RefusalTally()

    /// One student's visit: the changes accepted, and the steps refused.
    public struct Visit: Sendable {
        public var changes: [CampaignEvent.Change]
        public var refusals: [WorkflowRefusal]
        /// The first refusal, which ended the visit unless it was told to go on.
        public var refusal: WorkflowRefusal? { refusals.first }
    }

    public enum PaymentOutcome: Sendable, Equatable {
        case recorded(Payment)
        /// The id was already recorded with the same particulars: the receipt of the first time.
        case duplicate(Payment)
        case refused(WorkflowRefusal)
    }

    /// Opens the campaign in `store`, claiming an empty store for `cohort`, and loads its students and payments,
    /// or none of them with `memory: .pages`.
    public init(workflow: Workflow, cohort: Cohort, store: any CampaignStore, memory: CampaignMemory = .wholeCampaign) throws {
        self.workflow = workflow
        self.store = store
        self.memory = memory
        try Self.claim(store, workflow: workflow, cohort: cohort)
        guard memory == .wholeCampaign else {
            records = []
            positions = [:]
            return
        }
        records = try store.students()
        positions = Dictionary(uniqueKeysWithValues: records.enumerated().map { ($1.number, $0) })
        for record in records { noteSequenceNumber(of: record) }
        for payment in try store.payments() { paymentsByID[payment.id] = payment }
    }

    /// Makes a page read from the store the students the caller works on, and returns their positions. With
    /// `pages` the page replaces what was held; with `wholeCampaign` every student is held already, and the
    /// engine's memory, which it writes through, is what the store holds.
    public func load(_ page: [StudentRecord]) -> [Int] {
        guard memory == .pages else {
            return page.map { record in
                if let position = positions[record.number] { return position }
                positions[record.number] = records.count
                records.append(record)
                noteSequenceNumber(of: record)
                return records.count - 1
            }
        }
        records = page
        positions = Dictionary(uniqueKeysWithValues: page.enumerated().map { ($1.number, $0) })
        paymentsByID.removeAll(keepingCapacity: true)
        readAgain.removeAll()
        for record in page { noteSequenceNumber(of: record) }
        return Array(page.indices)
    }

    /// Claims an empty `store` for the campaign of `workflow` and `cohort`, or checks a claimed one is it, and
    /// returns the day eligibility is judged against: the stored campaign's, so a re-run decides as the first did.
    @discardableResult
    public static func claim(_ store: any CampaignStore, workflow: Workflow, cohort: Cohort) throws -> CivilDate {
        let starts = workflow.fallbackCaptureStart(cohort: cohort)
        try store.claim(CampaignIdentity(institution: workflow.institution.identifier, cohort: cohort.level,
                                         graduationYear: cohort.graduationYear, captureStarts: starts))
        return try captureStarts(in: store, workflow: workflow)
    }

    /// The day eligibility is judged against: the stored campaign's, so that a re-run decides as the first did.
    public var captureStarts: CivilDate {
        get throws { try Self.captureStarts(in: store, workflow: workflow) }
    }

    private static func captureStarts(in store: any CampaignStore, workflow: Workflow) throws -> CivilDate {
        try store.identity()?.captureStarts ?? workflow.fallbackCaptureStart(cohort: nil)
    }

    /// The next students in import order after the one with `ordinal` (0 for the first), at most `limit`, as
    /// positions: read from the store and loaded with `pages`, found in memory otherwise.
    public func nextPage(after ordinal: Int, limit: Int) throws -> [Int] {
        guard memory == .pages else {
            let start = firstPosition { $0 > ordinal }
            return Array(start..<min(start + max(0, limit), records.endIndex))
        }
        return load(try store.students(after: ordinal, limit: limit))
    }

    /// As `nextPage(after:limit:)`, of only the students `filter` admits: with `pages` the store tests them
    /// before reading them.
    public func nextPage(after ordinal: Int, limit: Int, where filter: StudentFilter) throws -> [Int] {
        guard memory == .pages else {
            return Array(records.indices[firstPosition { $0 > ordinal }...].lazy.filter { filter.admits(self.records[$0]) }.prefix(max(0, limit)))
        }
        return load(try store.students(after: ordinal, limit: limit, where: filter))
    }

    /// The students with these ordinals, as positions in the same order; a student not stored is left out.
    public func positions(ofOrdinals ordinals: [Int]) throws -> [Int] {
        guard memory == .pages else {
            return ordinals.compactMap { ordinal in
                let position = firstPosition { $0 >= ordinal }
                return position < records.endIndex && records[position].ordinal == ordinal ? position : nil
            }
        }
        var page: [StudentRecord] = []
        page.reserveCapacity(ordinals.count)
        for ordinal in ordinals { if let record = try store.student(ordinal: ordinal) { page.append(record) } }
        return load(page)
    }

    /// The first position whose ordinal passes `test`, which holds from some position on: records are held in
    /// import order.
    private func firstPosition(where test: (Int) -> Bool) -> Int {
        var low = records.startIndex, high = records.endIndex
        while low < high {
            let middle = (low + high) / 2
            if test(records[middle].ordinal) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    public func position(of number: String) -> Int? { positions[number] }
    /// The payments held: every one with `wholeCampaign`, those read for the page with `pages`.
    public var payments: [Payment] { Array(paymentsByID.values) }
    public func payment(id: String) -> Payment? { paymentsByID[id] }

    /// A payment by id from memory, or with `pages` from the store, kept for the page.
    private func knownPayment(_ id: String) throws -> Payment? {
        if let payment = paymentsByID[id] { return payment }
        guard memory == .pages, let payment = try store.payment(id: id) else { return nil }
        paymentsByID[id] = payment
        return payment
    }

    /// Runs `body` as one store transaction.
    public func batch<T>(_ body: () throws -> T) throws -> T {
        do { return try store.transaction(body) } catch {
            // What this batch read or changed in memory was rolled back in the store: nothing remembered is
            // trusted until read again, whatever `commitsByOthers` says next.
            readAgain.removeAll()
            seriesReadAgain.removeAll()
            matchedGeneration = nil
            throw error
        }
    }

    // MARK: import

    public struct ImportTally: Sendable, Equatable {
        public var imported = 0
        /// Rows whose student is already stored exactly so.
        public var unchanged = 0
        /// Rows whose student number is stored with other particulars; the stored record is kept.
        public var conflicts: [RosterProblem] = []
        /// The students imported, counted by their eligibility's kind (`inScope`, `excluded`…).
        public var importedByEligibility: [String: Int] = [:]
        public init() {}
    }

    /// Stores the roster's students that are not stored yet, each with the eligibility the institution's
    /// cohort rules give and the reason, `batchSize` students per transaction.
    public func importEntries(_ entries: [RosterEntry], file: String, at: Moment, batchSize: Int = 1_000,
                              progress: (Int) -> Void = { _ in }) throws -> ImportTally {
        try RosterImport(workflow: workflow, store: store, captureStarts: try captureStarts)
            .run(entries, file: file, at: at, batchSize: batchSize, known: knownStudent, stored: keep, progress: progress)
    }

    /// The same for a roster read stretch by stretch; `problems` receives each stretch's bad rows before its rows are stored.
    public func importEntries(_ stream: RosterStream, at: Moment, batchSize: Int = 1_000, problems: ([RosterProblem]) throws -> Void,
                              progress: (Int) -> Void = { _ in }) throws -> ImportTally {
        try RosterImport(workflow: workflow, store: store, captureStarts: try captureStarts)
            .run(stream, at: at, batchSize: batchSize, problems: problems, known: knownStudent, stored: keep, progress: progress)
    }

    /// What the import compares a row with: the engine's memory of the whole campaign, or with pages nothing
    /// (the import then reads a student already stored from the store).
    private var knownStudent: ((String) -> StudentRecord?)? {
        memory == .wholeCampaign ? { number in self.positions[number].map { self.records[$0] } } : nil
    }

    /// Keeps the students an import added, when the engine keeps the whole campaign.
    private func keep(_ added: [StudentRecord]) {
        guard memory == .wholeCampaign else { return }
        for record in added {
            positions[record.number] = records.count
            records.append(record)
        }
    }

    // MARK: visits

    /// Applies `steps` to the student at `position` in order, stopping at the first refusal; the steps
    /// accepted before it stand. The policy's sequence number is issued as soon as the step that gives rise
    /// to it is accepted, unless the visit brings its own (a station's file).
    @discardableResult
    public func perform(_ steps: [WorkflowStep], at position: Int, moment: Moment, goOnAfterRefusal: Bool = false) throws -> Visit {
        try perform(timed: steps.map { ($0, moment) }, at: position, goOnAfterRefusal: goOnAfterRefusal)
    }

    /// As `perform(_:at:moment:)`, each step at its own moment: several days of one student's campaign
    /// written as one change to the store. With `goOnAfterRefusal`, a refused step is skipped and the
    /// rest are tried, for steps that do not depend on one another.
    @discardableResult
    public func perform(timed steps: [(WorkflowStep, Moment)], at position: Int, goOnAfterRefusal: Bool = false) throws -> Visit {
        var record = records[position]
        var events: [CampaignEvent] = []
        var refused: [WorkflowRefusal] = []
        var received: [Payment] = []
        let bringsNumber = steps.contains { if case .issueNumber(_?) = $0.0 { true } else { false } }
        if memory == .pages, let series = workflow.sequenceSeries(for: record) { try readTop(of: series) }
        for (step, moment) in steps {
            // What the checks below need from the store, read before them: they judge, they do not read.
            var heldBy: String?
            switch step {
            case let .settle(payment): _ = try knownPayment(payment.id)
            case let .issueNumber(number?): heldBy = try holder(of: number)
            default: break
            }
            do {
                var step = step
                if case let .settle(payment) = step {
                    guard let route = try check(payment, by: record.number),
                          !received.contains(where: { $0.id == payment.id }) else { continue }
                    received.append(payment)
                    step = .pay(paymentID: payment.id, amount: payment.amount, route: route.name)
                }
                for change in try apply(step, to: &record, at: moment, heldBy: heldBy) { events.append(CampaignEvent(record.number, at: moment, change)) }
            } catch {
                if case let .settle(payment) = step {
                    received.removeAll { $0.id == payment.id }
                    try keepOwedBack(payment, because: error.reason + (error.detail.map { " (\($0))" } ?? ""))
                }
                refused.append(error)
                refusals.count(error)
                if !goOnAfterRefusal { break }
                continue
            }
            // The step stands from here on, whatever becomes of the number: a refused number must not take
            // an accepted payment's row with it while its `.paid` event stays.
            if !bringsNumber, record.state.sequenceNumber == nil, numberIsDue(record), let series = workflow.sequenceSeries(for: record) {
                // The step may have given the student a series only now (a booking, an assignment).
                if memory == .pages { try readTop(of: series) }
                do {
                    for change in try apply(.issueNumber(nil), to: &record, at: moment) { events.append(CampaignEvent(record.number, at: moment, change)) }
                } catch {
                    refused.append(error)
                    refusals.count(error)
                    if !goOnAfterRefusal { break }
                }
            }
        }
        if !events.isEmpty {
            for payment in received { try store.insert(payment) }
            try store.save(record, events: events)
            records[position] = record
            for payment in received { paymentsByID[payment.id] = payment }
        }
        return Visit(changes: events.map(\.change), refusals: refused)
    }

    @discardableResult
    public func perform(_ steps: [WorkflowStep], student number: String, moment: Moment) throws -> Visit {
        guard let position = try positions[number] ?? (memory == .pages ? refresh(student: number, numbering: false).flatMap { positions[$0.number] } : nil) else {
            let refusal = WorkflowRefusal(student: number, step: steps.first?.description ?? "visit", reason: "no such student in this campaign")
            refusals.count(refusal)
            return Visit(changes: [], refusals: [refusal])
        }
        return try perform(steps, at: position, moment: moment)
    }

    /// Checks a payment as a whole and finds its route: an id seen before must stand for the same payment,
    /// and the payer, the amount for the students it covers and the channel must fit one of the policy's
    /// payment routes (`Workflow.route(for:covering:)`, the one place amounts are judged). nil for a
    /// duplicate of a recorded payment.
    @discardableResult
    private func check(_ payment: Payment, by student: String?) throws(WorkflowRefusal) -> PaymentRoute? {
        func refuse(_ reason: String, _ detail: String? = nil) -> WorkflowRefusal {
            WorkflowRefusal(student: student ?? payment.className.map { "class \($0)" } ?? payment.students.first ?? "-",
                            step: "payment \(payment.id)", reason: reason, detail: detail)
        }
        // Stores join a payment's and an event's fields with a control character; one inside would split them.
        guard !([payment.id, payment.className ?? "", payment.channel ?? ""] + payment.students).contains(where: { text in
            text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
        }) else { throw refuse("a payment's id, class, channel and student numbers hold no control characters") }
        if let first = paymentsByID[payment.id] {
            guard first.amount == payment.amount, first.students == payment.students, first.className == payment.className else {
                throw refuse("a payment id is recorded once; this one already stands for other particulars", "\(first)")
            }
            return nil
        }
        guard !payment.students.isEmpty, Set(payment.students).count == payment.students.count else {
            throw refuse("a payment covers each student once")
        }
        if let student, payment.students != [student] { throw refuse("a student's own payment covers that student alone") }
        guard let route = workflow.route(for: payment, covering: payment.students.count) else {
            let routes = workflow.institution.paymentRoutes.filter(\.charges)
            let payer = payment.isClassCollection ? "a class" : "a student alone"
            throw refuse("the payment fits none of \(workflow.name)'s payment routes",
                         "\(payment.amount) from \(payer) for \(payment.students.count) students; routes: "
                            + (routes.isEmpty ? "none that charges students" : routes.map { "\($0.name) (\($0.payer), \($0.price.map { "\($0)" } ?? "-") \($0.basis))" }.joined(separator: ", ")))
        }
        return route
    }

    /// `heldBy` is who holds the number a step brings, read before.
    private func apply(_ step: WorkflowStep, to record: inout StudentRecord, at moment: Moment, heldBy: String? = nil) throws(WorkflowRefusal) -> [CampaignEvent.Change] {
        var step = step
        if case .issueNumber(nil) = step, let series = workflow.sequenceSeries(for: record) {
            // The next number of the series is free by construction.
            step = .issueNumber(SequenceNumber(series: series, value: sequenceTop[series, default: 0] + 1))
        } else if case let .issueNumber(number?) = step, let holder = heldBy, holder != record.number {
            throw WorkflowRefusal(student: record.number, step: step.description,
                                  reason: "a sequence number belongs to one student only", detail: "\(number) is held by \(holder)")
        }
        var changes = try workflow.apply(step, to: &record, at: moment)
        if case .issueNumber = step, let number = record.state.sequenceNumber, !changes.isEmpty {
            // Reserve the number at once, so a later step of the same visit cannot take it again.
            sequenceTop[number.series] = max(sequenceTop[number.series, default: 0], number.value)
            if memory == .wholeCampaign { sequenceHolders[number] = record.number }
            changes = [.numbered(number)]
        }
        return changes
    }

    /// Whether the policy's point for issuing the number has been reached.
    private func numberIsDue(_ record: StudentRecord) -> Bool {
        let state = record.state
        // A student who missed the station, or was sent to a make-up, has no place in the day's numbering.
        guard state.capture == nil, state.makeUp == nil, !state.missed else { return false }
        switch workflow.numberingPoint {
        case .preRegistration?: return state.preRegistered
        case .assignment?: return state.assignment != nil
        case .checkIn?: return state.credential != nil
        case nil: return false
        }
    }

    private func noteSequenceNumber(of record: StudentRecord) {
        guard let number = record.state.sequenceNumber else { return }
        sequenceTop[number.series] = max(sequenceTop[number.series, default: 0], number.value)
        // With pages the holders are the store's to say: remembering them would hold the campaign after all.
        if memory == .wholeCampaign { sequenceHolders[number] = record.number }
    }

    /// With `pages`, the top of a series as stored, read once: this engine is the one writer, so its issues keep it.
    private func readTop(of series: String) throws {
        guard topsRead.insert(series).inserted, let top = try store.highestSequenceNumber(in: series) else { return }
        sequenceTop[series] = max(sequenceTop[series, default: 0], top)
    }

    // MARK: payments

    /// Records a payment once: the same id again gives the first receipt and writes nothing. The amount must
    /// be the fee for every student it covers, the payer must be who the policy says pays (each student, or
    /// the class), and every covered student must accept the payment, or none of it is recorded.
    ///
    /// One transaction: each covered student is read again first (and on a server held until it commits), so a
    /// station's check-in or photo written meanwhile is kept rather than overwritten by this engine's memory.
    public func recordPayment(_ payment: Payment) throws -> PaymentOutcome {
        try batch {
            for number in payment.students { try refresh(student: number, payments: [payment.id], numbering: false) }
            return try recordPaymentAsRead(payment)
        }
    }

    private func recordPaymentAsRead(_ payment: Payment) throws -> PaymentOutcome {
        let route: PaymentRoute
        _ = try knownPayment(payment.id)
        do {
            guard let matched = try check(payment, by: nil) else { return .duplicate(paymentsByID[payment.id]!) }
            route = matched
        } catch {
            return try keep(payment, refused: error)
        }
        let fee = route.price ?? .zero  // a route matches only when it charges a price
        var updated: [(Int, StudentRecord, CampaignEvent.Change)] = []
        for number in payment.students {
            guard let position = positions[number] else {
                return try keep(payment, refused: WorkflowRefusal(student: number, step: "payment \(payment.id)",
                                                                  reason: "no such student in this campaign"))
            }
            var record = records[position]
            do {
                let changes = try workflow.apply(.pay(paymentID: payment.id, amount: fee, route: route.name), to: &record, at: payment.at)
                updated.append((position, record, changes[0]))
            } catch {
                return try keep(payment, refused: error)
            }
        }
        try store.insert(payment)
        for (_, record, change) in updated { try store.save(record, events: [CampaignEvent(record.number, at: payment.at, change)]) }
        paymentsByID[payment.id] = payment
        for (position, record, _) in updated { records[position] = record }
        return .recorded(payment)
    }

    /// Reads one student, the top of their number series and the payments named again from the store, for an
    /// engine that shares its campaign with other writers (several stations): called inside the transaction
    /// that then changes the student, whose lock (`CampaignStore` requirement 1) keeps the others out until it
    /// commits. nil when the store has no such student. `numbering: false` leaves the series alone, for a
    /// caller that issues no number (a payment, an export): on a server the series' lock is then not taken.
    ///
    /// What was read again while no other connection has committed since (`commitsByOthers` unchanged) is what
    /// is stored, and is not read a second time: each student, and each series' top, by itself. Any commit by
    /// another connection makes everything the engine remembers suspect. The payments named are always read:
    /// another station may have stored one before this engine read anything.
    @discardableResult
    public func refresh(student number: String, payments ids: [String] = [], numbering: Bool = true) throws -> StudentRecord? {
        let generation = store.commitsByOthers
        if generation == nil || generation != matchedGeneration {
            readAgain.removeAll()
            seriesReadAgain.removeAll()
            matchedGeneration = generation
        }
        for id in ids { if let payment = try store.payment(id: id) { paymentsByID[id] = payment } }
        let record: StudentRecord
        if generation != nil, readAgain.contains(number), let position = positions[number] {
            record = records[position]
        } else {
            guard let stored = try store.student(number: number) else { return nil }
            record = stored
            readAgain.insert(number)
            if let position = positions[number] {
                records[position] = record
            } else {
                positions[number] = records.count
                records.append(record)
            }
            noteSequenceNumber(of: record)
        }
        if numbering, let series = workflow.sequenceSeries(for: record), generation == nil || !seriesReadAgain.contains(series) {
            if let top = try store.highestSequenceNumber(in: series) { sequenceTop[series] = max(sequenceTop[series, default: 0], top) }
            seriesReadAgain.insert(series)
        }
        return record
    }

    public func record(number: String) -> StudentRecord? { positions[number].map { records[$0] } }

    /// Who holds `number` in this campaign, if anyone: from memory, or with `pages` from the store.
    public func holder(of number: SequenceNumber) throws -> String? {
        if let holder = sequenceHolders[number] { return holder }
        return memory == .pages ? try store.holder(of: number) : nil
    }

    /// Money that reached the campaign but settles no fee, kept as received and owed back with `reason`. An id
    /// already standing for another payment keeps its first record; this one is kept under the id with a
    /// suffix ("WX-1#2"), so a second record of an id is never lost either.
    public func keepOwedBack(_ payment: Payment, because reason: String) throws {
        guard !([payment.id, payment.className ?? "", payment.channel ?? ""] + payment.students).contains(where: { text in
            text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
        }) else { return }
        var kept = payment
        kept.owedBack = reason
        if let first = try knownPayment(payment.id) {
            if first.amount == payment.amount, first.students == payment.students, first.className == payment.className { return }
            var n = 2
            while let other = try knownPayment("\(payment.id)#\(n)") {
                if other.amount == payment.amount, other.students == payment.students, other.className == payment.className { return }
                n += 1
            }
            kept.id = "\(payment.id)#\(n)"
        }
        try store.insert(kept)
        paymentsByID[kept.id] = kept
    }

    /// Counts the refusal and stores the money as owed back where it can be kept.
    private func keep(_ payment: Payment, refused refusal: WorkflowRefusal) throws -> PaymentOutcome {
        refusals.count(refusal)
        try keepOwedBack(payment, because: refusal.reason + (refusal.detail.map { " (\($0))" } ?? ""))
        return .refused(refusal)
    }
}

/// Refusals counted by their reason, with the first of each kept as an example.
public struct RefusalTally: Sendable {
    public private(set) var counts: [String: Int] = [:]
    public private(set) var examples: [String: WorkflowRefusal] = [:]
    public init() {}

    mutating func count(_ refusal: WorkflowRefusal) {
        counts[refusal.reason, default: 0] += 1
        if examples[refusal.reason] == nil { examples[refusal.reason] = refusal }
    }

    public var total: Int { counts.values.reduce(0, +) }
}

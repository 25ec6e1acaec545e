import TucaiKernel

/// What a registrar checks before the lists go to the registry: who in scope has no photo, who was
/// photographed without paying, who paid without being photographed (and what is owed back), where sequence
/// numbers skip or repeat, and who must still go to a make-up, by when. Personal numbers are masked.
public struct Reconciliation: Sendable {
    public enum Section: String, CaseIterable, Sendable {
        case notCaptured = "in scope, not captured"
        /// Photographed at the campus capture and the fee not (fully) paid; a make-up photo is paid to its agency.
        case capturedNotPaid = "captured, not paid"
        /// Paid and not photographed at the campus capture, with the refund the policy makes due.
        case paidNotCaptured = "paid, not captured"
        case sequence = "sequence gaps and duplicates"
        case makeUp = "make-up list"
        /// Money received that settles no fee (no route fits it, the fee was already paid, no such student):
        /// kept as received and owed back to whoever paid it.
        case owedBack = "owed back"
        /// Roster and event-file rows that did not go in, each with its reason, over every run.
        case refusedRows = "input rows refused or rejected"
        /// The stations' logs checked against the photos and the money: shifted photos, frames out of order
        /// or lost, money taken at a station for a student with no photo (`StationLogCheck`).
        case stations = "station log: scans × frames × payments"
    }

    /// One line of one list; each list fills the fields it needs.
    public struct Item: Sendable, Equatable {
        public var section: Section
        public var student = ""
        public var name = ""
        /// Masked.
        public var idNumber = ""
        public var unit = ""
        public var stage = ""
        public var paid: Money?
        public var owed: Money?
        public var refund: Money?
        public var due: CivilDate?
        public var series = ""
        public var number: Int?
        /// The last number of a run of numbers never issued, when the run is longer than `number` alone.
        public var through: Int?
        public var route = ""
        public var place = ""
        public var note = ""
    }

    /// Each list's lines, in `Section.allCases` order.
    private var lists: [ReconciliationList]
    private var tallies: [Tally]
    /// Fee per student, for the totals.
    public var fee: Money?
    /// Where every fen received went; `received == credited + owedBack` always.
    public var balance: MoneyBalance

    /// How many lines each list holds in memory before it moves them to a temporary file.
    public static let heldLines = 4096

    public init(records: [StudentRecord], payments: [Payment] = [], inputRows: [InputRow] = [], stationEntries: [StationEntry] = [],
                workflow: Workflow, heldLines: Int = Reconciliation.heldLines) throws {
        try self.init(students: { body in for r in records { try body(r) } }, payments: { body in for p in payments { try body(p) } },
                       inputRows: inputRows, stationEntries: stationEntries, workflow: workflow, heldLines: heldLines)
    }

    /// The campaign in `store`, read in one pass a page at a time: what is held is the lines printed, and four to
    /// eight bytes for each sequence number issued.
    public init(store: any CampaignStore, workflow: Workflow, heldLines: Int = Reconciliation.heldLines) throws {
        try self.init(students: { try store.forEachStudent($0) }, payments: { try store.forEachPayment($0) },
                      inputRows: try store.inputRows(), stationEntries: try store.stationEntries(), workflow: workflow, heldLines: heldLines)
    }

    /// `students` hands every student to its argument, in import order, each time it is called: once, and a
    /// second time only when two students hold one number (which a store refuses, so only for records
    /// gathered elsewhere).
    public init(students: ((StudentRecord) throws -> Void) throws -> Void, payments: ((Payment) throws -> Void) throws -> Void,
                inputRows: [InputRow], stationEntries: [StationEntry], workflow: Workflow, heldLines: Int = Reconciliation.heldLines) throws {
        let institution = workflow.institution
        fee = workflow.fee
        func item(_ section: Section, _ r: StudentRecord) -> Item {
            let s = r.student
            return Item(section: section, student: s.studentNumber, name: s.name, idNumber: s.idNumber.map(Masked.number) ?? "",
                        unit: r.state.assignment?.unit ?? [s.college, s.major, s.className].compactMap { $0 }.joined(separator: " "),
                        stage: r.stage.description)
        }
        var lists = Section.allCases.map { _ in ReconciliationList(heldAtMost: heldLines) }
        var tallies = Section.allCases.map { _ in Tally() }
        func list(_ line: Item) throws {
            let index = Section.allCases.firstIndex(of: line.section)!
            try lists[index].append(line)
            tallies[index].count(line)
        }
        var numbers = SequenceLedger()
        var balance = MoneyBalance()
        let named = StationLogCheck.studentsNamed(in: stationEntries)
        var captured = Set<String>()
        try students { r in
            let state = r.state
            balance.count(r)
            numbers.count(r)
            if state.capture != nil, named.contains(r.number) { captured.insert(r.number) }
            if r.eligibility.isInScope && state.capture == nil {
                var line = item(.notCaptured, r)
                if state.deferred {
                    line.note = "deferred to a later capture" + (institution.deferredStudentsPay.isYes && workflow.fee != nil ? "; pays all the same" : "")
                } else if let makeUp = state.makeUp {
                    line.note = "make-up: \(makeUp.route)" + (makeUp.deadline.map { " by \($0)" } ?? "")
                } else if state.missed {
                    line.note = institution.makeUpRoutes.isEmpty ? "missed; \(workflow.name) names no make-up route" : "missed; no make-up route chosen yet"
                } else if state.assignment == nil {
                    line.note = "no session"
                }
                try list(line)
            }
            if let fee = workflow.fee, state.owesCampusFee, !state.feeSettled {
                var line = item(.capturedNotPaid, r)
                line.paid = state.paid
                line.owed = fee - state.paid
                try list(line)
            }
            // A refund stays due when the student is photographed later at a make-up: the fee paid for a campus
            // capture that did not take place.
            if (state.paid > .zero && state.capture == nil) || state.refund != nil {
                var line = item(.paidNotCaptured, r)
                line.paid = state.paid
                if let refund = state.refund {
                    line.refund = refund.amount
                    line.due = refund.due
                    line.note = "refund due: \(refund.reason)" + (state.capture.map { "; photographed at make-up \($0.at.date)" } ?? "")
                } else if state.deferred && institution.deferredStudentsPay.isYes {
                    line.note = "deferred; the fee stands (\(workflow.name): students not photographed now pay all the same)"
                } else if institution.refund == nil {
                    line.note = "\(workflow.name) states no refund rule"
                } else {
                    line.note = "the refund rule does not apply (\(institution.refund!))"
                }
                try list(line)
            }
            if let makeUp = state.makeUp {
                var line = item(.makeUp, r)
                line.route = makeUp.route
                line.place = makeUp.place
                line.due = makeUp.deadline
                line.note = state.capture.map { "photographed \($0.at.date)" } ?? (makeUp.deadline == nil ? "awaiting; no deadline stated" : "awaiting")
                try list(line)
            }
        }
        try payments { payment in
            balance.count(payment)
            guard let reason = payment.owedBack else { return }
            try list(Item(section: .owedBack, student: payment.className.map { "class \($0)" } ?? payment.students.joined(separator: " "),
                          paid: payment.amount, series: payment.id, note: reason))
        }
        for row in inputRows {
            if let refusal = row.refusal { try list(Item(section: .refusedRows, number: row.line, place: row.source, note: refusal)) }
        }
        try numbers.forEachItem(students, list)
        for finding in StationLogCheck.findings(stationEntries, captured: captured) {
            try list(Item(section: .stations, student: finding.students.joined(separator: " "), series: finding.station, number: finding.frame, note: finding.note))
        }
        self.lists = lists
        self.tallies = tallies
        self.balance = balance
    }

    private func list(_ section: Section) -> ReconciliationList { lists[Section.allCases.firstIndex(of: section)!] }

    /// How many lines `section` has.
    public func count(in section: Section) -> Int { list(section).count }

    /// The lines of `section` in order, read a page at a time.
    public func forEach(in section: Section, _ body: (Item) throws -> Void) throws { try list(section).forEach(body) }

    /// The lines of `section`, all at once: for a campaign small enough to hold them, or a test.
    public func items(in section: Section) throws -> [Item] { try list(section).items }

    /// The order of the lists in `items` and the CSV, as they have always been exported: the refused rows and the
    /// money owed back beside the other money, before the refunds. The text report prints `Section.allCases`.
    public static let exportOrder: [Section] = [.notCaptured, .capturedNotPaid, .refusedRows, .owedBack, .paidNotCaptured, .sequence, .makeUp, .stations]

    /// Every list's lines, list by list in `exportOrder`, all at once.
    public var items: [Item] {
        get throws { try Self.exportOrder.flatMap { try items(in: $0) } }
    }

    /// How many numbers a gap or duplicate line stands for: a run of numbers never issued counts each.
    static func numbersCovered(by item: Item) -> Int {
        guard let number = item.number, let through = item.through else { return 1 }
        return through - number + 1
    }

    /// One line per list: how many, and the money involved.
    public var totals: [String] {
        zip(Section.allCases, zip(lists, tallies)).map { section, listed in
            let (list, tally) = listed
            var line = "\(section.rawValue): \(list.count)"
            switch section {
            case .capturedNotPaid: line += ", \(tally.owed) owed"
            case .paidNotCaptured: line += ", \(tally.paid) paid; \(tally.refunds) refunds due, \(tally.refunded)"
            case .sequence: line += " (\(tally.gaps) gaps, \(tally.duplicates) duplicates)"
            case .makeUp: line += " (\(tally.awaiting) awaiting)"
            case .owedBack: line += ", \(tally.paid)"
            case .refusedRows, .stations: break
            case .notCaptured: break
            }
            return line
        } + [balance.description]
    }

    /// What `totals` says of one list, counted as its lines are found.
    struct Tally: Sendable {
        var refunds = 0, gaps = 0, duplicates = 0, awaiting = 0
        var paid = Money.zero, owed = Money.zero, refunded = Money.zero

        mutating func count(_ item: Item) {
            paid = paid + (item.paid ?? .zero)
            owed = owed + (item.owed ?? .zero)
            if let refund = item.refund { refunds += 1; refunded = refunded + refund }
            if item.note.hasPrefix("gap") { gaps += Reconciliation.numbersCovered(by: item) }
            if item.note.hasPrefix("duplicate") { duplicates += 1 }
            if item.note.hasPrefix("awaiting") { awaiting += 1 }
        }
    }
}

extension StudentState {
    /// Whether the institution's fee is owed for a photo: taken at the campus capture, not at a make-up
    /// route the student pays for themself.
    var owesCampusFee: Bool { capture != nil && capture?.makeUpRoute == nil }
}

extension Reconciliation.Item {
    /// "12", or "12-15" for a run of numbers never issued; empty when the line names no number.
    public var numbers: String {
        guard let number else { return "" }
        return through.map { "\(number)-\($0)" } ?? "\(number)"
    }
}

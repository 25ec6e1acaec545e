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

    public var items: [Item]
    /// Fee per student, for the totals.
    public var fee: Money?
    /// Where every fen received went; `received == credited + owedBack` always.
    public var balance: MoneyBalance

    public init(records: [StudentRecord], payments: [Payment] = [], inputRows: [InputRow] = [], stationEntries: [StationEntry] = [],
                workflow: Workflow) {
        let institution = workflow.institution
        fee = workflow.fee
        var items: [Item] = []
        func item(_ section: Section, _ r: StudentRecord) -> Item {
            let s = r.student
            return Item(section: section, student: s.studentNumber, name: s.name, idNumber: s.idNumber.map(Masked.number) ?? "",
                        unit: r.state.assignment?.unit ?? [s.college, s.major, s.className].compactMap { $0 }.joined(separator: " "),
                        stage: r.stage.description)
        }
        for r in records where r.eligibility.isInScope && r.state.capture == nil {
            var line = item(.notCaptured, r)
            let state = r.state
            if state.deferred {
                line.note = "deferred to a later capture" + (institution.deferredStudentsPay.isYes && workflow.fee != nil ? "; pays all the same" : "")
            } else if let makeUp = state.makeUp {
                line.note = "make-up: \(makeUp.route)" + (makeUp.deadline.map { " by \($0)" } ?? "")
            } else if state.missed {
                line.note = institution.makeUpRoutes.isEmpty ? "missed; \(workflow.name) names no make-up route" : "missed; no make-up route chosen yet"
            } else if state.assignment == nil {
                line.note = "no session"
            }
            items.append(line)
        }
        if let fee = workflow.fee {
            for r in records where r.state.owesCampusFee && !r.state.feeSettled {
                var line = item(.capturedNotPaid, r)
                line.paid = r.state.paid
                line.owed = fee - r.state.paid
                items.append(line)
            }
        }
        for row in inputRows {
            guard let reason = row.refusal else { continue }
            items.append(Item(section: .refusedRows, number: row.line, place: row.source, note: reason))
        }
        for payment in payments {
            guard let reason = payment.owedBack else { continue }
            items.append(Item(section: .owedBack, student: payment.className.map { "class \($0)" } ?? payment.students.joined(separator: " "),
                              paid: payment.amount, series: payment.id, note: reason))
        }
        // A refund stays due when the student is photographed later at a make-up: the fee paid for a campus
        // capture that did not take place.
        for r in records where (r.state.paid > .zero && r.state.capture == nil) || r.state.refund != nil {
            var line = item(.paidNotCaptured, r)
            line.paid = r.state.paid
            if let refund = r.state.refund {
                line.refund = refund.amount
                line.due = refund.due
                line.note = "refund due: \(refund.reason)" + (r.state.capture.map { "; photographed at make-up \($0.at.date)" } ?? "")
            } else if r.state.deferred && institution.deferredStudentsPay.isYes {
                line.note = "deferred; the fee stands (\(workflow.name): students not photographed now pay all the same)"
            } else if institution.refund == nil {
                line.note = "\(workflow.name) states no refund rule"
            } else {
                line.note = "the refund rule does not apply (\(institution.refund!))"
            }
            items.append(line)
        }
        items += Reconciliation.sequenceItems(records)
        for r in records {
            guard let makeUp = r.state.makeUp else { continue }
            var line = item(.makeUp, r)
            line.route = makeUp.route
            line.place = makeUp.place
            line.due = makeUp.deadline
            line.note = r.state.capture.map { "photographed \($0.at.date)" } ?? (makeUp.deadline == nil ? "awaiting; no deadline stated" : "awaiting")
            items.append(line)
        }
        for finding in StationLogCheck.findings(stationEntries, records: records) {
            items.append(Item(section: .stations, student: finding.students.joined(separator: " "), series: finding.station,
                              number: finding.frame, note: finding.note))
        }
        self.items = items
        balance = MoneyBalance(records: records, payments: payments)
    }

    /// Per series, every number from 1 to the highest issued that no photographed student holds, and every
    /// number held by more than one student. Numbers never issued are listed as runs ("12-15"), so the list
    /// grows with the students, never with the size of a number a station got wrong.
    static func sequenceItems(_ records: [StudentRecord]) -> [Item] {
        var holders: [String: [Int: [StudentRecord]]] = [:]
        for r in records {
            guard let number = r.state.sequenceNumber else { continue }
            holders[number.series, default: [:]][number.value, default: []].append(r)
        }
        var items: [Item] = []
        for series in holders.keys.sorted() {
            let numbers = holders[series]!
            // The lowest positive number not yet accounted for.
            var next = 1
            for value in numbers.keys.sorted() {
                if value > next {
                    items.append(Item(section: .sequence, series: series, number: next, through: value - 1 > next ? value - 1 : nil,
                                      note: "gap: never issued"))
                }
                next = max(next, value + 1)
                let held = numbers[value]!
                if held.count > 1 {
                    items.append(Item(section: .sequence, student: held.map(\.number).joined(separator: " "), series: series, number: value,
                                      note: "duplicate: held by \(held.count) students"))
                } else if let only = held.first, only.state.capture == nil || only.state.capture?.makeUpRoute != nil {
                    items.append(Item(section: .sequence, student: only.number, name: only.student.name, series: series, number: value,
                                      note: "gap: issued, no photo in this series" + (only.state.capture != nil ? " (photographed at make-up)" : "")))
                }
            }
        }
        return items
    }

    public func items(in section: Section) -> [Item] { items.filter { $0.section == section } }

    /// How many numbers a gap or duplicate line stands for: a run of numbers never issued counts each.
    static func numbersCovered(by item: Item) -> Int {
        guard let number = item.number, let through = item.through else { return 1 }
        return through - number + 1
    }

    /// One line per list: how many, and the money involved.
    public var totals: [String] {
        Section.allCases.map { section in
            let list = items(in: section)
            var line = "\(section.rawValue): \(list.count)"
            switch section {
            case .capturedNotPaid: line += ", \(list.compactMap(\.owed).sum()) owed"
            case .paidNotCaptured:
                let refunds = list.filter { $0.refund != nil }
                line += ", \(list.compactMap(\.paid).sum()) paid; \(refunds.count) refunds due, \(refunds.compactMap(\.refund).sum())"
            case .sequence:
                line += " (\(list.filter { $0.note.hasPrefix("gap") }.map(Self.numbersCovered).reduce(0, +)) gaps, \(list.filter { $0.note.hasPrefix("duplicate") }.count) duplicates)"
            case .makeUp: line += " (\(list.filter { $0.note.hasPrefix("awaiting") }.count) awaiting)"
            case .owedBack: line += ", \(list.compactMap(\.paid).sum())"
            case .refusedRows, .stations: break
            case .notCaptured: break
            }
            return line
        } + [balance.description]
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

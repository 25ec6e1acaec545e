import TucaiKernel

/// What a campaign's dashboard shows, counted from the stored records: progress by college, unit, room and
/// day, each session's share photographed, the make-up queue with days left, and verification. The money
/// and the refunds are `Reconciliation`'s own, never counted again here, so the page and `tucai reconcile`
/// cannot state different figures.
public struct CampaignDashboard: Sendable {
    /// One row of a progress table. Every count is of students in scope.
    public struct Progress: Sendable, Equatable {
        public var key: String
        public var inScope = 0
        /// The whole fee settled.
        public var paid = 0
        public var photographed = 0
        /// Not photographed when the collective capture ended (whatever happened after).
        public var missed = 0
        /// Sent to a make-up route (photographed there or still awaited).
        public var makeUp = 0
        /// Sent to a make-up route and not photographed yet.
        public var awaitingMakeUp = 0
        /// Missed, not photographed and sent to no make-up route.
        public var missedUnplaced = 0

        public init(key: String) { self.key = key }

        mutating func count(_ state: StudentState) {
            inScope += 1
            if state.feeSettled { paid += 1 }
            if state.capture != nil { photographed += 1 }
            if state.missed { missed += 1 }
            if state.makeUp != nil { makeUp += 1 }
            if state.makeUp != nil && state.capture == nil { awaitingMakeUp += 1 }
            if state.missed && state.makeUp == nil && state.capture == nil { missedUnplaced += 1 }
        }
    }

    /// One session of the workflow's table with the students it was given and how many were photographed.
    public struct SessionProgress: Sendable, Equatable {
        public var session: Int
        public var assigned = 0
        public var photographed = 0
    }

    public struct MakeUpEntry: Sendable, Equatable {
        public var item: Reconciliation.Item
        /// Days from the reference date to the deadline; negative once it has passed, nil without a deadline.
        public var daysLeft: Int?
        public var awaiting: Bool
    }

    public var reconciliation: Reconciliation
    public var referenceDate: CivilDate
    public var total: Progress
    public var byCollege: [Progress]
    public var byUnit: [Progress]
    public var byRoom: [Progress]
    public var byDay: [Progress]
    /// Indexed like `Workflow.sessions`.
    public var sessions: [SessionProgress]
    /// Awaiting first, by deadline; then those photographed at their make-up: the first `listed`.
    public var makeUpQueue: ListHead<MakeUpEntry>
    /// Students of the make-up queue not photographed there yet.
    public var awaitingInQueue: Int
    /// Students in scope at each stage, every stage listed, in `CampaignStage`'s order.
    public var stages: [(stage: CampaignStage, count: Int)]
    /// The earliest and latest end of a verification window still open.
    public var verificationEnds: ClosedRange<CivilDate>?

    public static let noCollege = "（未注明学院）"
    public static let noSession = "（未分配场次）"
    public static let noRoom = "（未注明地点）"

    /// How many lines of each long list (refunds, the make-up queue) a dashboard holds to show.
    public static let listed = 300

    public init(records: [StudentRecord], payments: [Payment] = [], inputRows: [InputRow] = [], stationEntries: [StationEntry] = [],
                workflow: Workflow, referenceDate: CivilDate, listed: Int = Self.listed) throws {
        // Only the reconciliation's lists can throw here, moving past their held lines to a temporary file.
        try self.init(students: { body in for r in records { try body(r) } }, payments: { body in for p in payments { try body(p) } },
                       inputRows: inputRows, stationEntries: stationEntries, workflow: workflow, referenceDate: referenceDate, listed: listed)
    }

    /// The campaign in `store`, read a page at a time: the report holds its tables and the first lines of its
    /// lists, not the students.
    public init(store: any CampaignStore, workflow: Workflow, referenceDate: CivilDate, listed: Int = Self.listed) throws {
        try self.init(students: { try store.forEachStudent($0) }, payments: { try store.forEachPayment($0) },
                      inputRows: try store.inputRows(), stationEntries: try store.stationEntries(), workflow: workflow, referenceDate: referenceDate,
                      listed: listed)
    }

    /// `students` hands every student to its argument in import order, each time it is called (see `Reconciliation`).
    public init(students: ((StudentRecord) throws -> Void) throws -> Void, payments: ((Payment) throws -> Void) throws -> Void,
                inputRows: [InputRow], stationEntries: [StationEntry], workflow: Workflow, referenceDate: CivilDate, listed: Int = Self.listed) throws {
        reconciliation = try Reconciliation(students: students, payments: payments, inputRows: inputRows, stationEntries: stationEntries,
                                             workflow: workflow)
        self.referenceDate = referenceDate
        var total = Progress(key: "全部")
        var colleges: [String: Progress] = [:], units: [String: Progress] = [:], rooms: [String: Progress] = [:], days: [String: Progress] = [:]
        var sessions = workflow.sessions.indices.map { SessionProgress(session: $0) }
        var stageCounts: [CampaignStage: Int] = [:]
        var earliest: CivilDate?, latest: CivilDate?
        try students { r in
            guard r.eligibility.isInScope else { return }
            let state = r.state
            total.count(state)
            stageCounts[r.stage, default: 0] += 1
            let college = r.student.college ?? Self.noCollege
            colleges[college, default: Progress(key: college)].count(state)
            let assignment = state.assignment
            let unit = assignment?.unit ?? Self.noSession
            units[unit, default: Progress(key: unit)].count(state)
            let room = assignment.map { $0.room ?? Self.noRoom } ?? Self.noSession
            rooms[room, default: Progress(key: room)].count(state)
            let day = assignment.map { "\($0.date)" } ?? Self.noSession
            days[day, default: Progress(key: day)].count(state)
            if let assignment, sessions.indices.contains(assignment.session) {
                sessions[assignment.session].assigned += 1
                // A photo taken at a make-up route is not the session's work.
                if state.capture != nil && state.capture?.makeUpRoute == nil { sessions[assignment.session].photographed += 1 }
            }
            if state.verificationOpen && !state.closed, let end = state.verificationEnds {
                earliest = min(earliest ?? end, end); latest = max(latest ?? end, end)
            }
        }
        self.total = total
        // The placeholders sort last: they are what is missing, not a college or a day.
        func ordered(_ groups: [String: Progress]) -> [Progress] {
            groups.values.sorted { a, b in
                let aMissing = a.key.hasPrefix("（"), bMissing = b.key.hasPrefix("（")
                return aMissing != bMissing ? !aMissing : a.key < b.key
            }
        }
        byCollege = ordered(colleges); byUnit = ordered(units); byRoom = ordered(rooms); byDay = ordered(days)
        self.sessions = sessions
        stages = CampaignStage.allCases.filter { $0 != .notInScope }.map { ($0, stageCounts[$0] ?? 0) }
        verificationEnds = earliest.map { $0...(latest ?? $0) }
        let reconciliation = reconciliation
        var refundTotal = Money.zero
        refundsDue = try ListHead(limit: listed) { body in
            try reconciliation.forEach(in: .paidNotCaptured) { item in
                guard let refund = item.refund else { return }
                refundTotal = refundTotal + refund
                try body(item)
            }
        }
        self.refundTotal = refundTotal
        var awaiting = 0
        makeUpQueue = try ListHead(limit: listed, order: { a, b in
            if a.awaiting != b.awaiting { return a.awaiting }
            return (a.daysLeft ?? Int.max, a.item.student) < (b.daysLeft ?? Int.max, b.item.student)
        }) { body in
            try reconciliation.forEach(in: .makeUp) { item in
                let entry = MakeUpEntry(item: item, daysLeft: item.due.map { $0.dayNumber - referenceDate.dayNumber }, awaiting: item.note.hasPrefix("awaiting"))
                if entry.awaiting { awaiting += 1 }
                try body(entry)
            }
        }
        awaitingInQueue = awaiting
    }

    public var balance: MoneyBalance { reconciliation.balance }

    /// Refunds the policy makes due, one line per student, as `reconcile` lists them: the first `listed`.
    public let refundsDue: ListHead<Reconciliation.Item>
    /// Every refund due, listed or not.
    public let refundTotal: Money
}

import Foundation
import TucaiCampaign
import TucaiKernel

/// Brings back into the campaign what a station did on its own copy (`OfflineOrigin`) while the campaign's
/// database was out of reach. Each student the copy changed since it was made is replayed through the
/// campaign's engine, so every rule of the school applies as if the station had been online, in one
/// transaction per student: all of the student's visit goes in, or none of it. Then the money the copy kept
/// as owed back, and the copy's station log.
///
/// What the two sides disagree on is reported and recorded, never settled here: the same student photographed
/// at two stations, a sequence number the copy gave that another student holds in the campaign, any other
/// refusal of the rules. The student's row is recorded as refused (`tucai reconcile` lists it) and the
/// campaign keeps its own record, so a registrar decides with both photos in hand.
///
/// A merge is recorded in the campaign's input rows under the copy's name (its origin's digest), one row
/// per student (the line is the copy's event number of the student's last event merged), per log entry and
/// per payment kept owed back (their positions in the copy). A station may go on working on its copy and
/// merge again: only what is past those rows is new; merging an unchanged copy again changes nothing.
public final class StationMerge {
    /// What a merge reads from a station's copy.
    public struct Copy: Sendable {
        /// The copy's database, for messages.
        public var path: String
        public var origin: OfflineOrigin
        /// SHA-256 of the origin file: the copy's name in the campaign's input rows.
        public var digest: String
        public var identity: CampaignIdentity?
        /// The copy's whole history, in the order written.
        public var events: [CampaignEvent]
        /// Every payment the copy stores, in the order stored.
        public var payments: [Payment]
        /// The copy's whole station log.
        public var log: [StationEntry]

        public init(path: String, origin: OfflineOrigin, digest: String, identity: CampaignIdentity?, events: [CampaignEvent],
                    payments: [Payment], log: [StationEntry]) {
            self.path = path; self.origin = origin; self.digest = digest; self.identity = identity
            self.events = events; self.payments = payments; self.log = log
        }
    }

    /// A student of the copy left out of the campaign, with why.
    public struct Conflict: Sendable, Equatable, CustomStringConvertible {
        public enum Kind: String, Sendable {
            case photographedTwice = "photographed at two stations"
            case numberHeldTwice = "number held twice"
            case refused
        }
        public var kind: Kind
        public var student: String
        /// One line, ID numbers masked; it is also the refused input row's reason.
        public var message: String
        /// Recorded by an earlier merge of this copy and still standing.
        public var earlier: Bool

        init(_ kind: Kind, student: String, _ message: String, earlier: Bool = false) {
            self.kind = kind; self.student = student; self.message = Masked.idNumbers(in: message); self.earlier = earlier
        }

        /// A conflict read back from its stored row.
        init(stored message: String, student: String) {
            let kind = [Kind.photographedTwice, .numberHeldTwice].first { message.hasPrefix($0.rawValue) } ?? .refused
            self.init(kind, student: student, message, earlier: true)
        }

        public var description: String { message + (earlier ? " (recorded at an earlier merge of this copy)" : "") }
    }

    public struct Outcome: Sendable {
        /// Students whose visits changed the campaign.
        public var students = 0
        /// Events the campaign's engine wrote for them.
        public var events = 0
        /// Payments the campaign stores now that it did not before: settled by the visits, or kept owed back.
        public var payments = 0
        public var keptOwedBack = 0
        public var logEntries = 0
        /// Students merged by an earlier merge of this copy and unchanged in it since.
        public var alreadyMerged = 0
        /// Events in the copy that a station never writes, not brought: one line per student.
        public var skipped: [String] = []
        /// New conflicts first, then those an earlier merge recorded.
        public var conflicts: [Conflict] = []

        public var changedNothing: Bool { students == 0 && payments == 0 && logEntries == 0 && conflicts.allSatisfy(\.earlier) }
    }

    public let workflow: Workflow
    public let cohort: Cohort
    public let store: any CampaignStore
    /// Discarded after a student's transaction rolls back, whose changes its memory may still hold.
    private var engine: CampaignEngine

    public init(workflow: Workflow, cohort: Cohort, store: any CampaignStore) throws {
        self.workflow = workflow; self.cohort = cohort; self.store = store
        engine = try CampaignEngine(workflow: workflow, cohort: cohort, store: store)
    }

    /// The input-row sources a copy of `station` is recorded under.
    public static func sources(station: String) -> (students: String, log: String, payments: String) {
        let base = "station-merge:\(station)"
        return (base, base + " log", base + " payments")
    }

    public func merge(_ copy: Copy) throws -> Outcome {
        let origin = copy.origin
        guard copy.events.count >= origin.eventCount, copy.log.count >= origin.stationLogLength, copy.payments.count >= origin.paymentCount else {
            throw StationFileError(message: "\(copy.path): holds less than was copied into it (\(copy.events.count) events, \(origin.eventCount) copied); "
                                   + "it is not the copy \(OfflineOrigin.path(forCopy: copy.path)) describes")
        }
        if let copied = copy.identity, let campaign = try store.identity(), !copied.isSameCampaign(as: campaign) {
            throw StationFileError(message: "\(copy.path): a copy of the campaign \(copied), not of \(campaign)")
        }
        let sources = Self.sources(station: origin.station)
        let earlier = try store.inputRows().filter { $0.digest == copy.digest }
        let paymentsBefore = try store.payments().count
        var outcome = Outcome()

        // Students: where an earlier merge of this copy stopped, and whom it refused.
        var mergedUpTo: [String: Int] = [:]
        var refused: [(student: String, reason: String)] = []
        for row in earlier where row.source == sources.students && copy.events.indices.contains(row.line - 1) {
            let student = copy.events[row.line - 1].studentNumber
            mergedUpTo[student] = max(mergedUpTo[student] ?? 0, row.line)
            if let reason = row.refusal, !refused.contains(where: { $0.student == student }) { refused.append((student, reason)) }
        }
        var order: [String] = []
        var pending: [String: [(line: Int, event: CampaignEvent)]] = [:]
        for index in origin.eventCount..<copy.events.count {
            let event = copy.events[index]
            guard index + 1 > mergedUpTo[event.studentNumber] ?? 0 else { continue }
            if pending[event.studentNumber] == nil { order.append(event.studentNumber) }
            pending[event.studentNumber, default: []].append((index + 1, event))
        }
        outcome.alreadyMerged = mergedUpTo.keys.filter { pending[$0] == nil && !refused.map(\.student).contains($0) }.count
        var photos: [String: Set<String>] = [:]
        for event in copy.events { if case let .captured(capture) = event.change { photos[event.studentNumber, default: []].insert(capture.sha256) } }
        let paymentsByID = Dictionary(copy.payments.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let context = Context(copy: copy, source: sources.students, photos: photos, payments: paymentsByID)
        for student in order {
            let earlierReason = refused.first { $0.student == student }?.reason
            try merge(student, pending[student]!, earlierReason: earlierReason, context, into: &outcome)
        }
        for (student, reason) in refused where !outcome.conflicts.contains(where: { $0.student == student }) {
            outcome.conflicts.append(Conflict(stored: reason, student: student))
        }

        // Money the copy kept as owed back belongs to the campaign's balance whatever became of the students.
        let paymentsDone = Set(earlier.filter { $0.source == sources.payments }.map(\.line))
        for index in origin.paymentCount..<copy.payments.count where !paymentsDone.contains(index + 1) {
            let payment = copy.payments[index]
            guard let reason = payment.owedBack else { continue }
            do {
                try engine.batch {
                    try engine.keepOwedBack(payment, because: reason)
                    try store.record(InputRow(source: sources.payments, digest: copy.digest, line: index + 1))
                }
                outcome.keptOwedBack += 1
            } catch StoreError.duplicateInputRow {
                engine = try CampaignEngine(workflow: workflow, cohort: cohort, store: store)
            }
        }

        // The log as the station wrote it, conflicts included: reconcile's scan × frame check reads it.
        let logDone = Set(earlier.filter { $0.source == sources.log }.map(\.line))
        try engine.batch {
            for index in origin.stationLogLength..<copy.log.count where !logDone.contains(index + 1) {
                do {
                    try store.transaction {
                        try store.record(copy.log[index])
                        try store.record(InputRow(source: sources.log, digest: copy.digest, line: index + 1))
                    }
                    outcome.logEntries += 1
                } catch StoreError.duplicateInputRow {}
            }
        }
        outcome.payments = try store.payments().count - paymentsBefore
        return outcome
    }

    /// What every student's merge reads from the copy.
    private struct Context {
        var copy: Copy
        var source: String
        /// The photos each student had in the copy, before the copy was made or after.
        var photos: [String: Set<String>]
        var payments: [String: Payment]
        var station: String { copy.origin.station }
    }

    /// A student's merge stopped, with the conflict to report.
    private struct Stop: Error { var conflict: Conflict }

    private func merge(_ student: String, _ events: [(line: Int, event: CampaignEvent)], earlierReason: String?, _ context: Context,
                       into outcome: inout Outcome) throws {
        let line = events.last!.line
        let row = { (refusal: String?) in InputRow(source: context.source, digest: context.copy.digest, line: line, refusal: refusal) }
        // A student refused once stays refused for everything the copy did after: half a visit is never merged.
        if let earlierReason {
            try recordRefused(row(earlierReason))
            outcome.conflicts.append(Conflict(stored: earlierReason, student: student))
            return
        }
        var steps: [(WorkflowStep, Moment)] = []
        var skipped: [String] = []
        var numbers: [SequenceNumber] = []
        var taken: [Payment] = []
        var shared: [Payment] = []
        var photo: PhotoCapture?
        var stop: Conflict?
        for (_, event) in events {
            switch event.change {
            case let .checkedIn(credential): steps.append((.checkIn(credential), event.at))
            case let .numbered(number):
                steps.append((.issueNumber(number), event.at))
                numbers.append(number)
            case let .paid(id, _, _):
                guard let payment = context.payments[id] else {
                    stop = Conflict(.refused, student: student, "student \(student): payment \(id), credited in \(context.copy.path), is not among its payments; not merged")
                    break
                }
                taken.append(payment)
                // A station takes money for the student waiting; a payment for several is credited as a whole.
                if payment.students == [student] { steps.append((.settle(payment), event.at)) } else { shared.append(payment) }
            case let .captured(capture):
                steps.append((.capture(path: capture.path, sha256: capture.sha256), event.at))
                photo = capture
            case let .photoUnbound(_, reason): steps.append((.unbindPhoto(reason: reason), event.at))
            default: skipped.append(event.change.kind)
            }
        }
        if !skipped.isEmpty {
            outcome.skipped.append("student \(student): \(skipped.count) event\(skipped.count == 1 ? "" : "s") a station does not write, not brought ("
                                   + skipped.joined(separator: ", ") + ")")
        }
        let money = taken.isEmpty ? "" : " (the copy's payment " + taken.map { "\($0.id) \($0.amount)" }.joined(separator: ", ") + " is not recorded either)"
        var applied = 0
        do {
            if let stop { throw Stop(conflict: stop) }
            try engine.batch {
                guard let record = try engine.refresh(student: student, payments: taken.map(\.id)), let position = engine.position(of: student) else {
                    throw Stop(conflict: Conflict(.refused, student: student, "student \(student) of station \(context.station) is not in the campaign; not merged"))
                }
                // The campaign's photo is one the copy never had: another station took it.
                if let photo, let held = record.state.capture, !(context.photos[student] ?? []).contains(held.sha256) {
                    throw Stop(conflict: Conflict(.photographedTwice, student: student,
                                                  "\(Conflict.Kind.photographedTwice.rawValue): \(student) \(record.student.name) — \(held.path) in the campaign, "
                                                    + "\(photo.path) at station \(context.station); not merged" + money))
                }
                for number in numbers {
                    if let holder = try engine.holder(of: number), holder != student {
                        throw Stop(conflict: numberHeldTwice(number, student: student, holder: holder, context).noting(money))
                    }
                }
                for payment in shared {
                    if case let .refused(refusal) = try engine.recordPayment(payment) {
                        throw Stop(conflict: Conflict(.refused, student: student, refusal.description + "; not merged from station \(context.station)"))
                    }
                }
                let visit = try engine.perform(timed: steps, at: position)
                if let refusal = visit.refusal {
                    throw Stop(conflict: Conflict(.refused, student: student, refusal.description + "; not merged from station \(context.station)" + money))
                }
                try store.record(row(nil))
                applied = visit.changes.count
            }
        } catch let stopped as Stop {
            stop = stopped.conflict
        } catch let error as StoreError {
            switch error {
            // Another station numbered someone with it after this engine loaded the campaign.
            case let .duplicateSequenceNumber(number, holder):
                stop = numberHeldTwice(number, student: student, holder: holder, context).noting(money)
            // A merge of the same copy running at the same time took the student first.
            case .duplicateInputRow:
                engine = try CampaignEngine(workflow: workflow, cohort: cohort, store: store)
                outcome.alreadyMerged += 1
                return
            default: throw error
            }
        }
        guard let stop else {
            // A student whose events were all done already, or none a station writes, is not counted as merged.
            if applied > 0 || !shared.isEmpty { outcome.students += 1 }
            outcome.events += applied
            return
        }
        engine = try CampaignEngine(workflow: workflow, cohort: cohort, store: store)
        try recordRefused(row(stop.message))
        outcome.conflicts.append(stop)
    }

    /// Records a refused row; one a merge of the same copy running at the same time recorded first stands.
    private func recordRefused(_ row: InputRow) throws {
        do { try store.record(row) } catch StoreError.duplicateInputRow {}
    }

    private func numberHeldTwice(_ number: SequenceNumber, student: String, holder: String, _ context: Context) -> Conflict {
        let name = { (number: String) in self.engine.record(number: number).map { " " + $0.student.name } ?? "" }
        return Conflict(.numberHeldTwice, student: student,
                        "\(Conflict.Kind.numberHeldTwice.rawValue): \(number) given to \(student)\(name(student)) at station \(context.station) "
                            + "and held by \(holder)\(name(holder)) in the campaign; not merged")
    }
}

extension StationMerge.Conflict {
    /// The conflict with `note` added to its line.
    func noting(_ note: String) -> Self {
        var noted = self
        noted.message = Masked.idNumbers(in: message + note)
        return noted
    }
}

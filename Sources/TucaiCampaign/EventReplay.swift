import Foundation
import TucaiKernel
import TucaiDigest

/// Replays real event files (see `EventFile`) into a stored campaign instead of simulating. Before the rows,
/// every student is notified and, unless students book, given their session from the published table. The
/// rows then run in time order across all files, each through the workflow's rules: a payment as a payment
/// (where booking takes the fee, it also books the student's session), a check-in with the credential shown
/// (which stands for the pre-registration that credential needs; an on-site booking credential books on the
/// spot), and a capture with its photo path and SHA-256, checked against the file when the file is there.
/// After the rows, the collective capture is over: missed students, refunds and make-up routes are settled,
/// and photographed students are exported, verified and closed. A row the files get wrong or the policy
/// refuses is reported with its file and line, and the replay goes on.
final class EventReplay {
    let engine: CampaignEngine
    let files: [EventFile]
    let batchSize: Int
    let progress: any CampaignProgress
    private(set) var problems: [String] = []
    /// Event files changed since their rows were replayed, left alone this run.
    private(set) var changedFiles: [String] = []
    /// The folder input files are named relative to (the campaign's); nil names them by their whole path.
    var campaignFolder: String?

    init(engine: CampaignEngine, files: [EventFile], batchSize: Int, progress: any CampaignProgress) {
        self.engine = engine
        self.files = files
        self.batchSize = batchSize
        self.progress = progress
    }

    /// Reads every event file, so that a file that cannot be replayed stops the run before anything is stored.
    static func read(_ urls: [URL]) throws(CampaignRunFailure) -> [EventFile] {
        do {
            return try urls.map { url throws(EventFile.Failure) in try EventFile(url: url) }
        } catch {
            throw CampaignRunFailure(error.description)
        }
    }

    private var workflow: Workflow { engine.workflow }

    func run() throws {
        let timeline = CampaignTimeline(workflow: workflow)
        let listed = engine.records.indices.filter { engine.records[$0].eligibility.isInScope && !engine.records[$0].state.notified }
        let usesTable = workflow.reservation == nil && !workflow.sessions.isEmpty
        progress.begin("notify", total: listed.count)
        for chunk in stride(from: 0, to: listed.count, by: batchSize) {
            try engine.batch {
                for position in listed[chunk..<min(chunk + batchSize, listed.count)] {
                    try engine.perform(usesTable ? [.notify, .assignFromTable] : [.notify], at: position, moment: timeline.notification)
                }
            }
            progress.advance(min(chunk + batchSize, listed.count))
        }
        progress.end("\(listed.count) notified")

        // Rows already applied or refused by an earlier run are not applied again: a resumed run takes up
        // exactly where the last committed batch ended. A file changed since is reported and left alone.
        var recorded: [String: (digests: Set<String>, lines: Set<Int>)] = [:]
        for row in try engine.store.inputRows() {
            recorded[row.source, default: ([], [])].digests.insert(row.digest)
            recorded[row.source]!.lines.insert(row.line)
        }
        var rows: [(moment: Moment, file: EventFile, row: EventFile.Row)] = []
        var unreadable: [InputRow] = []
        for file in files {
            let source = sourceName(file)
            if let earlier = recorded[source], earlier.digests != [file.digest] {
                changedFiles.append(source)
                problems.append("\(file.url.path): changed since \(earlier.lines.count) of its rows were replayed into this campaign; "
                                + "its rows are not applied again (replay a changed file under a new name)")
                continue
            }
            let done = recorded[source]?.lines ?? []
            let timeField = switch file.kind {
            case .payments: "paid_at"
            case .checkIns: "checked_in_at"
            case .captures: "captured_at"
            }
            for row in file.rows where !done.contains(row.line) {
                lastReason = nil
                // Stores join a change's fields with a control character, so one inside a field would split
                // it and corrupt the student's history; none belongs in an id, a number, a path or a time.
                if let (field, scalar) = Self.controlCharacter(in: row) {
                    problem(file, row, field: field, "holds the control character \(Self.codePoint(scalar)), which no event field may hold")
                    unreadable.append(inputRow(file, row, refused: lastReason))
                    continue
                }
                guard let moment = row.fields[timeField].flatMap({ Moment(iso: $0) }) else {
                    problem(file, row, field: timeField, "'\(row.fields[timeField] ?? "")' is not a Beijing time like 2022-11-19 08:41 "
                            + "(seconds and +08:00 may follow; other zones are not accepted)")
                    unreadable.append(inputRow(file, row, refused: lastReason))
                    continue
                }
                rows.append((moment, file, row))
            }
        }
        // Stable: rows at the same minute keep their files' order.
        let order = rows.indices.sorted { (rows[$0].moment, $0) < (rows[$1].moment, $1) }
        var applied = 0
        try engine.batch { for row in unreadable { try engine.store.record(row) } }
        progress.begin("replay \(files.count) event file\(files.count == 1 ? "" : "s")", total: order.count)
        for chunk in stride(from: 0, to: order.count, by: batchSize) {
            try engine.batch {
                for index in order[chunk..<min(chunk + batchSize, order.count)] {
                    let (moment, file, row) = rows[index]
                    lastReason = nil
                    let ok = try apply(row, of: file, at: moment)
                    if ok { applied += 1 }
                    // The row's outcome commits with its effect, in this batch's transaction.
                    try engine.store.record(inputRow(file, row, refused: ok ? nil : lastReason ?? "refused"))
                }
            }
            progress.advance(min(chunk + batchSize, order.count))
        }
        progress.end("\(applied) of \(order.count) rows applied")

        let after = CampaignSimulation(engine: engine, seed: 0, rates: Self.noSimulatedChoices, batchSize: batchSize, progress: progress)
        try after.collectionOver()
        try after.makeUps()
        try after.afterCapture()
    }

    /// After a replay nobody is simulated: no-one asks for an on-campus make-up or is photographed there.
    static let noSimulatedChoices: SimulationRates = {
        var rates = SimulationRates()
        rates.onCampusMakeUpRequest = 0
        rates.makeUpCompleted = 0
        return rates
    }()

    /// The first field, by name, holding a character below U+0020 or U+007F, and that character.
    static func controlCharacter(in row: EventFile.Row) -> (String, Unicode.Scalar)? {
        for name in row.fields.keys.sorted() {
            if let scalar = row.fields[name]!.unicodeScalars.first(where: { $0.value < 0x20 || $0.value == 0x7F }) { return (name, scalar) }
        }
        return nil
    }

    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// The highest number a station's file may give: a series is one day and room of this campaign, so a
    /// number beyond ten times the campaign's students is a typing error (and would have reconciliation
    /// account for every number below it). A floor keeps small test campaigns from tripping it.
    private var highestSequenceNumber: Int { max(1_000, engine.records.count * 10) }

    /// Positions of the students of each class, built once per replay: class payments would otherwise scan
    /// every student for every row. Classes do not change during a campaign; scope and deferral are read
    /// from the current state when a payment comes.
    private lazy var positionsByClass: [String: [Int]] = {
        var index: [String: [Int]] = [:]
        for (position, record) in engine.records.enumerated() {
            if let name = record.student.className { index[name, default: []].append(position) }
        }
        return index
    }()

    /// The reason of the last problem reported, for the row's stored outcome.
    private var lastReason: String?

    private func problem(_ file: EventFile, _ row: EventFile.Row, field: String? = nil, _ reason: String) {
        let text = Masked.idNumbers(in: (field.map { "field '\($0)': " } ?? "") + reason)
        lastReason = lastReason.map { $0 + "; " + text } ?? text
        problems.append("\(file.url.path):\(row.line): " + text)
    }

    private func inputRow(_ file: EventFile, _ row: EventFile.Row, refused reason: String?) -> InputRow {
        InputRow(source: sourceName(file), digest: file.digest, line: row.line, refusal: reason)
    }

    func sourceName(_ file: EventFile) -> String { InputRow.source(file.url.path, campaignFolder: campaignFolder) }

    /// The (source, digest) of every file this replay reads.
    var inputs: [(source: String, digest: String)] { files.map { (sourceName($0), $0.digest) } }


    /// Applies one row; false when it was refused or malformed (and reported).
    private func apply(_ row: EventFile.Row, of file: EventFile, at moment: Moment) throws -> Bool {
        let number = row.fields["student_number"] ?? ""
        switch file.kind {
        case .payments:
            guard let given = row.fields["payment_id"], !given.isEmpty else { problem(file, row, field: "payment_id", "is empty"); return false }
            // An ID number typed as the payment's id would be stored and printed as its key: it is masked.
            let id = Masked.idNumbers(in: given)
            guard let fen = row.fields["amount_fen"].flatMap({ Int($0) }), fen > 0 else {
                problem(file, row, field: "amount_fen", "'\(row.fields["amount_fen"] ?? "")' is not a positive whole number of fen")
                return false
            }
            let payment: Payment
            if let className = row.fields["class"], !className.isEmpty, number.isEmpty {
                // A class that pays after its shoot pays for the students actually photographed and not yet
                // paid for (the signed list); one that pays ahead pays for its students in scope.
                let afterShoot = workflow.institution.paymentRoutes.contains { $0.payer == .classCollector && $0.basis == .perStudentPhotographed }
                let inScope = (positionsByClass[className] ?? []).map { engine.records[$0] }.filter(\.eligibility.isInScope)
                var members = inScope.filter { r in
                    if afterShoot { return r.state.capture != nil && !r.state.feeSettled }
                    return !r.state.deferred || workflow.institution.deferredStudentsPay.isYes
                }.map(\.number)
                // Money for a class none of whose students is photographed yet goes to the engine for the whole
                // class, so the route's own rule says why it is refused, and the money is kept as owed back.
                if members.isEmpty, afterShoot { members = inScope.map(\.number) }
                guard !members.isEmpty else {
                    problem(file, row, field: "class", "no student in scope is in class '\(className)'")
                    // The money came all the same: kept as received and owed back, never dropped.
                    try engine.keepOwedBack(Payment(id: id, amount: Money(fen: fen), at: moment, students: [], className: className,
                                                    channel: row.fields["channel"]), because: lastReason ?? "no student in the class")
                    return false
                }
                payment = Payment(id: id, amount: Money(fen: fen), at: moment, students: members, className: className, channel: row.fields["channel"])
            } else {
                guard !number.isEmpty else { problem(file, row, field: "student_number", "is empty (and no class is given)"); return false }
                payment = Payment(id: id, amount: Money(fen: fen), at: moment, students: [engine.position(of: number) == nil ? Masked.idNumbers(in: number) : number], channel: row.fields["channel"])
            }
            switch try engine.recordPayment(payment) {
            case let .refused(refusal):
                problem(file, row, refusal.description)
                return false
            case .duplicate: return true
            case .recorded:
                if let reservation = workflow.reservation, reservation.paysFee, payment.students.count == 1,
                   let position = engine.position(of: number), engine.records[position].state.assignment == nil,
                   let session = workflow.sessions(for: engine.records[position].student).first {
                    let steps: [WorkflowStep] = (workflow.preRegistrationTasks.isEmpty ? [] : [.preRegister]) + [.reserve(session: session)]
                    if let refusal = try engine.perform(steps, at: position, moment: moment).refusal { problem(file, row, refusal.description) }
                }
                return true
            }

        case .checkIns:
            let known = workflow.institution.knownCredentials
            guard let credential = row.fields["credential"].flatMap({ Credential.parse($0, among: known) }) else {
                problem(file, row, field: "credential", "'\(row.fields["credential"] ?? "")' is not a credential; one of "
                        + known.map(\.id).joined(separator: ", ") + ", or several joined by +")
                return false
            }
            guard let position = engine.position(of: number) else { problem(file, row, field: "student_number", "no student \(number) in this campaign"); return false }
            let record = engine.records[position]
            var steps: [WorkflowStep] = []
            if credential == .onSiteReservation, record.state.assignment == nil, let session = workflow.sessions(for: record.student).first {
                steps.append(.reserveOnSite(session: session))
            } else if !workflow.preRegistrationTasks.isEmpty, !record.state.preRegistered {
                steps.append(.preRegister)
            }
            steps.append(.checkIn(credential))
            var brought: SequenceNumber?
            if let text = row.fields["sequence_number"], !text.isEmpty {
                guard let value = Int(text), value > 0 else { problem(file, row, field: "sequence_number", "'\(text)' is not a positive whole number"); return false }
                guard value <= highestSequenceNumber else {
                    problem(file, row, field: "sequence_number", "\(value) is beyond \(highestSequenceNumber), ten times the campaign's students; "
                            + "a station numbers each day and room from 1")
                    return false
                }
                var assigned = record
                if assigned.state.assignment == nil, let session = workflow.sessions(for: record.student).first {
                    assigned.state.assignment = workflow.assignment(session, source: .onSiteReservation)
                }
                if let series = workflow.sequenceSeries(for: assigned) {
                    brought = SequenceNumber(series: series, value: value)
                    steps.append(.issueNumber(brought!))
                }
            }
            // A station row is one visit: a number another student holds refuses the whole row, so the
            // check-in does not stand without it (and no number is issued later that the station never gave).
            if let brought, let holder = try engine.holder(of: brought), holder != number {
                problem(file, row, field: "sequence_number", "\(brought) is already held by student \(holder); the check-in is not recorded")
                return false
            }
            if let refusal = try engine.perform(steps, at: position, moment: moment).refusal {
                problem(file, row, refusal.description)
                return false
            }
            return true

        case .captures:
            guard let position = engine.position(of: number) else { problem(file, row, field: "student_number", "no student \(number) in this campaign"); return false }
            let path = row.fields["photo_path"] ?? ""
            var sha = (row.fields["sha256"] ?? "").lowercased()
            let photo = URL(fileURLWithPath: path, relativeTo: file.url.deletingLastPathComponent())
            if !path.isEmpty, let bytes = try? Data(contentsOf: photo) {
                let actual = SHA256.hex(bytes)
                // A station export that leaves the digest out is taken at the file's word.
                if sha.isEmpty { sha = actual }
                guard actual == sha else {
                    problem(file, row, field: "sha256", "the photo file's SHA-256 is \(actual), not the \(sha) the row gives")
                    return false
                }
            }
            if let refusal = try engine.perform([.capture(path: path, sha256: sha)], at: position, moment: moment).refusal {
                problem(file, row, refusal.description)
                return false
            }
            return true
        }
    }
}

/// A campaign run cannot go on: an unreadable event file, for one. One line.
public struct CampaignRunFailure: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

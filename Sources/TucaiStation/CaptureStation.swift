import Foundation
import TucaiCampaign
import TucaiKernel

/// The program at one camera: it identifies the student in front of it from a scan, numbers them durably
/// before the number is shown, asks for the money the school takes at the station, and binds the next camera
/// file to that student and no other. The school's policy (through the campaign's workflow and its rules)
/// decides what is accepted and what is due; the station adds what only a station knows: who is waiting at
/// this camera, in which order scans and frames came, and the drift guards over that order.
///
/// Several stations may share one campaign: each change is made inside a store transaction that first reads
/// the student, the top of the number series and the receipt again (`CampaignEngine.refresh`), so a station
/// never numbers or charges from a stale copy. Every outcome is written to the stations' log in the same
/// transaction as its effect.
public final class CaptureStation {
    public struct Configuration: Sendable {
        /// The station's name, unique in the campaign: it starts every file name the station writes.
        public var station: String
        /// The room the station photographs in, when the campaign's table names rooms.
        public var room: String?
        /// Where bound photos go (`<station>-<day>-<number>-<学号>.jpg`), with `registration/` for the CHSI photos
        /// and `unbound/` for camera files bound to no one.
        public var photos: String
        /// The campaign's name in slip tokens.
        public var campaignID: String
        public var clock: StationClock

        public init(station: String, room: String?, photos: String, campaignID: String, clock: StationClock) {
            self.station = station; self.room = room; self.photos = photos; self.campaignID = campaignID; self.clock = clock
        }
    }

    /// The student at the camera.
    public struct Waiting: Sendable, Equatable {
        public var student: String
        /// The number shown and written into the file name: the school's sequence number where it issues one,
        /// else the station's own count of the day.
        public var ticket: Int
        public var sequenceNumber: SequenceNumber?
        public var scannedAt: Int
        public var due: Money
        /// Set by `retake`: the next file replaces this student's photo.
        public var retake: Bool
    }

    /// A question the station asked the operator, which must be answered before anything else.
    public enum Question: Sendable, Equatable {
        /// A second scan came while a student was waiting without a photo.
        case secondScan(line: String, student: String)
        /// A camera file whose frame number or camera time runs backwards.
        case suspectFile(path: String, reason: String)
    }

    /// What one line or file did, for the screen and for scripts.
    public struct Outcome: Sendable, Equatable {
        public enum Kind: String, Sendable { case ok, refused, flag, info }
        public var kind: Kind
        public var message: String
    }

    public let configuration: Configuration
    public let engine: CampaignEngine
    let slipKey: [UInt8]
    public internal(set) var waiting: Waiting?
    public internal(set) var question: Question?
    /// The last binding, which `undo` and `retake` act on.
    public internal(set) var lastBound: (student: String, ticket: Int, file: String)?
    var lastFrame: Int?
    var lastCameraSeconds: Int?
    /// The station's own count of today's scans, continued from its log when it restarts.
    private var dayCount = 0
    /// The number this station gave each student today, so a student scanned again keeps it.
    private var ticketsToday: [String: Int] = [:]
    /// The last outcomes, newest last, for the screen.
    public private(set) var recent: [Outcome] = []

    public init(engine: CampaignEngine, configuration: Configuration) throws {
        self.engine = engine
        self.configuration = configuration
        slipKey = try engine.store.signingKey(purpose: "slip")
        try restoreFromLog()
        try FileManager.default.createDirectory(atPath: configuration.photos + "/registration", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: configuration.photos + "/unbound", withIntermediateDirectories: true)
    }

    public var workflow: Workflow { engine.workflow }
    var now: Int { configuration.clock.unixSeconds() }
    var day: CivilDate { Moment(unixSeconds: now).date }

    /// The station's log of today picks up where it stopped: the day's count, and the last frame and camera time
    /// for the drift guards. A student scanned and not photographed before a restart is scanned again.
    private func restoreFromLog() throws {
        for entry in try engine.store.stationEntries() where entry.station == configuration.station && entry.moment.date == day {
            if entry.kind == .scan, let ticket = Self.ticket(in: entry.note) {
                dayCount = max(dayCount, ticket)
                if let student = entry.student { ticketsToday[student] = ticket }
            }
            if entry.kind == .bound || entry.kind == .unbound {
                if let frame = entry.frame { lastFrame = frame }
                if let seconds = entry.cameraSeconds { lastCameraSeconds = seconds }
            }
        }
    }

    /// "#12 …" → 12.
    static func ticket(in note: String) -> Int? {
        guard note.hasPrefix("#") else { return nil }
        return Int(note.dropFirst().prefix { $0.isNumber })
    }

    // MARK: lines

    /// Handles one typed or scanned line.
    @discardableResult
    public func handle(line: String) -> Outcome {
        let input = StationInput(line: line)
        if case .blank = input { return Outcome(kind: .info, message: "") }
        if let question, !answers(question, input) {
            return report(.refused, question.prompt)
        }
        do {
            switch input {
            case .blank: return Outcome(kind: .info, message: "")
            case let .unreadable(reason): return try refuse(reason, student: nil)
            // One transaction per scan: the lookup, the check-in, the number and the log line under one lock, committed
            // before the number is shown.
            case let .idCard(idNumber): return try engine.batch { try scanIDCard(idNumber) }
            case let .slip(token): return try engine.batch { try scanSlip(token) }
            case let .command(command): return try perform(command)
            }
        } catch {
            return report(.refused, "the campaign's store failed: \(Masked.idNumbers(in: "\(error)")); nothing of this line was kept")
        }
    }

    private func answers(_ question: Question, _ input: StationInput) -> Bool {
        switch (question, input) {
        case (.secondScan, .command(.skip)), (.secondScan, .command(.keep)), (.suspectFile, .command(.accept)),
             (.suspectFile, .command(.reject)), (_, .command(.help)), (_, .command(.quit)), (_, .command(.next)):
            true
        default: false
        }
    }

    private func scanIDCard(_ idNumber: String) throws -> Outcome {
        let masked = Masked.number(idNumber)
        let numbers = try engine.store.studentNumbers(withIDNumber: idNumber)
        guard let student = numbers.first else { return try refuse("no student with ID number \(masked) in this campaign", student: nil) }
        guard numbers.count == 1 else {
            return try refuse("ID number \(masked) is stored for \(numbers.count) students (\(numbers.joined(separator: ", "))): the registrar must settle which one", student: nil)
        }
        return try scan(student: student, credential: .residentIDCard, line: idNumber)
    }

    private func scanSlip(_ token: String) throws -> Outcome {
        switch SlipCheck.verify(token, campaign: configuration.campaignID, key: slipKey) {
        case let .valid(student):
            return try scan(student: student, credential: slipCredential, line: token)
        case let .refused(reason, forged):
            let outcome = try refuse(reason, student: nil, flag: forged)
            return outcome
        }
    }

    /// The credential a Tucai slip stands for: the printed document the school hands out, where it accepts one.
    var slipCredential: Credential {
        let printed: [Credential] = [.sequenceSlip, .photoSlip, .reservationQRCode]
        let accepted = workflow.institution.acceptedCredentials
        return printed.first { slip in accepted.contains { $0.partIDs == slip.partIDs } } ?? .photoSlip
    }

    private func scan(student number: String, credential: Credential, line: String) throws -> Outcome {
        if let waiting, waiting.student == number {
            return report(.info, "\(number) is already at the camera (#\(waiting.ticket))")
        }
        if let waiting, !waiting.retake {
            question = .secondScan(line: line, student: number)
            try log(.flag, student: waiting.student, note: "second scan (\(number)) before a photo of #\(waiting.ticket) \(waiting.student)")
            return report(.flag, "\(waiting.student) (#\(waiting.ticket)) was scanned and has no photo; now \(number) is scanned. " + question!.prompt)
        }
        return try checkIn(number, credential: credential)
    }

    /// Checks the student in and numbers them. Called inside the scan's transaction (`handle(line:)`), so the
    /// student, the top of the series and the log are read and written under one lock.
    private func checkIn(_ number: String, credential: Credential) throws -> Outcome {
        let moment = Moment(unixSeconds: now)
        guard let record = try engine.refresh(student: number) else {
            return try refuse("no student \(number) in this campaign", student: nil)
        }
        // The duplicate guard comes before any money is asked for.
        if let capture = record.state.capture {
            return try refuse("\(number) \(record.student.name) is already photographed (\((capture.path as NSString).lastPathComponent), \(capture.at))",
                              student: number, flag: true)
        }
        if let room = configuration.room, let assigned = record.state.assignment?.room, assigned != room {
            return try refuse("\(number) \(record.student.name) is photographed in \(assigned), not at this station's \(room)", student: number)
        }
        let visit = try engine.perform([.checkIn(credential)], student: number, moment: moment)
        if let refusal = visit.refusal {
            return try refuse((refusal.rule.map { "[\($0)] " } ?? "") + refusal.reason + (refusal.detail.map { " (\($0))" } ?? ""), student: number)
        }
        let current = engine.record(number: number) ?? record
        let ticket = current.state.sequenceNumber?.value ?? ticketsToday[number] ?? dayCount + 1
        let due = dueBeforeCapture(current)
        // The number is in the log, committed with the check-in, before the screen shows it.
        try log(.scan, student: number, note: "#\(ticket) \(credential.chinese)"
                + (current.state.sequenceNumber.map { " \($0)" } ?? "") + (due > .zero ? " due \(due)" : ""))
        dayCount = max(dayCount, ticket)
        ticketsToday[number] = ticket
        waiting = Waiting(student: number, ticket: ticket, sequenceNumber: current.state.sequenceNumber, scannedAt: now, due: due, retake: false)
        return report(.ok, "#\(ticket) \(Self.card(of: current))" + (due > .zero ? " — due \(due)" + routeName : " — camera ready"))
    }

    private var routeName: String {
        workflow.studentRoute.map { route in " by \(route.channel?.chinese ?? route.name)" } ?? ""
    }

    /// What the student still owes before the camera, where the school's rules hold the camera for it.
    func dueBeforeCapture(_ record: StudentRecord) -> Money {
        guard workflow.captureRequiresPayment, !record.state.feeSettled, let price = workflow.studentRoute?.price else { return .zero }
        return price - record.state.paid
    }

    /// Name, masked ID number, 学号 and unit: what the operator reads back to the student.
    static func card(of record: StudentRecord) -> String {
        let s = record.student
        return "\(s.studentNumber) \(s.name)" + (s.idNumber.map { " \(Masked.number($0))" } ?? "")
            + " " + [s.college, s.className ?? s.major].compactMap { $0 }.joined(separator: " ")
    }

    // MARK: commands

    private func perform(_ command: OperatorCommand) throws -> Outcome {
        switch command {
        case .help: return report(.info, OperatorCommand.helpText)
        case .quit: return report(.info, "station \(configuration.station) closed")
        case .next: return report(.info, nextStudents())
        case let .pay(receipt, amount): return try pay(receipt: receipt, amount: amount)
        case .skip:
            if case let .secondScan(line, student)? = question {
                let left = waiting!
                question = nil
                try log(.choice, student: left.student, note: "skip: \(left.student) left; \(student) takes the camera")
                try release(left, because: "left the queue after the scan")
                return try scanAgain(line)
            }
            guard let left = waiting else { return report(.refused, "nobody is waiting at the camera") }
            try release(left, because: "left without a photo (skip)")
            return report(.ok, "\(left.student) (#\(left.ticket)) released without a photo")
        case .keep:
            guard case let .secondScan(_, student)? = question, let kept = waiting else { return report(.refused, "nothing to keep") }
            question = nil
            try log(.choice, student: kept.student, note: "keep: \(kept.student) stays; the scan of \(student) is set aside")
            return report(.ok, "\(kept.student) (#\(kept.ticket)) stays at the camera; scan \(student) again when it is their turn")
        case .accept, .reject:
            guard case let .suspectFile(path, reason)? = question else { return report(.refused, "no camera file is waiting for a decision") }
            question = nil
            try log(.choice, student: waiting?.student, file: (path as NSString).lastPathComponent,
                    note: "\(command == .accept ? "accept" : "reject"): \(reason)")
            if command == .accept { return try bind(path: path, checked: true) }
            return try setAside(path: path, because: "rejected by the operator: \(reason)", flag: false)
        case .retake:
            guard let last = lastBound else { return report(.refused, "no photo taken yet to retake") }
            if let waiting, waiting.student != last.student {
                return report(.refused, "\(waiting.student) is at the camera: a retake is of the student just photographed")
            }
            waiting = Waiting(student: last.student, ticket: last.ticket, sequenceNumber: nil, scannedAt: now, due: .zero, retake: true)
            return report(.ok, "the next photo is a retake of \(last.student) (#\(last.ticket)); both files are kept")
        case .undo:
            guard let last = lastBound else { return report(.refused, "no binding to undo") }
            if let waiting, waiting.student != last.student {
                return report(.refused, "\(waiting.student) is at the camera: undo is for the photo just taken, before the next scan")
            }
            var result: Outcome?
            try engine.batch {
                _ = try engine.refresh(student: last.student)
                let visit = try engine.perform([.unbindPhoto(reason: "undone at station \(configuration.station)")], student: last.student,
                                               moment: Moment(unixSeconds: now))
                if let refusal = visit.refusal { result = try refuse(refusal.reason + (refusal.detail.map { " (\($0))" } ?? ""), student: last.student); return }
                // Out of the photos folder, so nobody takes it for a bound photo; kept, never deleted.
                let aside = unboundPath(for: last.file)
                try Self.move(configuration.photos + "/" + last.file, to: aside)
                try? FileManager.default.removeItem(atPath: configuration.photos + "/registration/" + last.file)
                try log(.undone, student: last.student, file: "unbound/" + (aside as NSString).lastPathComponent,
                        note: "#\(last.ticket) \(last.file) kept unbound")
                lastBound = nil
                waiting = Waiting(student: last.student, ticket: last.ticket, sequenceNumber: nil, scannedAt: now, due: .zero, retake: false)
                result = report(.ok, "\(last.file) moved to unbound/; \(last.student) (#\(last.ticket)) waits for a photo again")
            }
            return result!
        }
    }

    /// Handles the second scan again once the operator said the first student left.
    private func scanAgain(_ line: String) throws -> Outcome {
        let outcome = handle(line: line)
        return outcome
    }

    private func release(_ left: Waiting, because reason: String) throws {
        try log(.released, student: left.student, note: "#\(left.ticket) \(reason)")
        waiting = nil
    }

    private func pay(receipt: String, amount: Money?) throws -> Outcome {
        guard let waiting, !waiting.retake else { return report(.refused, "nobody is waiting at the camera to pay") }
        guard let route = workflow.studentRoute, route.charges else {
            return report(.refused, "\(workflow.name) takes no money from students")
        }
        let amount = amount ?? (waiting.due > .zero ? waiting.due : route.price ?? .zero)
        let payment = Payment(id: receipt, amount: amount, at: Moment(unixSeconds: now), students: [waiting.student],
                              channel: route.channel?.id)
        var result: Outcome?
        try engine.batch {
            _ = try engine.refresh(student: waiting.student, payments: [receipt])
            let before = engine.payment(id: receipt)
            let visit = try engine.perform([.settle(payment)], student: waiting.student, moment: Moment(unixSeconds: now))
            if let refusal = visit.refusal {
                result = try refuse("payment \(receipt) not taken: " + refusal.reason + (refusal.detail.map { " (\($0))" } ?? "")
                                    + (engine.payment(id: receipt) != nil || engine.payments.contains { $0.id.hasPrefix(receipt + "#") } ? "; the money is kept as owed back" : ""),
                                    student: waiting.student)
                return
            }
            if before != nil, visit.changes.isEmpty {
                result = report(.info, "receipt \(receipt) is already recorded for \(before!.students.joined(separator: ", "))")
                return
            }
            let record = engine.record(number: waiting.student)!
            let due = dueBeforeCapture(record)
            try log(.payment, student: waiting.student, note: "\(receipt) \(amount)")
            self.waiting?.due = due
            result = report(.ok, "\(amount) received for \(waiting.student) (receipt \(receipt))" + (due > .zero ? "; still due \(due)" : "; camera ready"))
        }
        return result!
    }

    /// The next students of this room, by number then 学号: the ones the operator should call.
    private func nextStudents(limit: Int = 5) -> String {
        let today = day
        let candidates = engine.records.filter { record in
            guard record.eligibility.isInScope, record.state.capture == nil, let slot = record.state.assignment, slot.date == today else { return false }
            if let room = configuration.room, let assigned = slot.room { return assigned == room }
            return true
        }
        let ordered = candidates.sorted { a, b in
            let x = a.state.assignment!, y = b.state.assignment!
            if x.start != y.start { return x.start < y.start }
            return (a.state.sequenceNumber?.value ?? Int.max, a.number) < (b.state.sequenceNumber?.value ?? Int.max, b.number)
        }
        guard !ordered.isEmpty else { return "nobody else is due at this station today" }
        return "next: " + ordered.prefix(limit).map { r in
            "\(r.state.sequenceNumber.map { "#\($0.value) " } ?? "")\(r.number) \(r.student.name) (\(r.state.assignment!.start)–\(r.state.assignment!.end))"
        }.joined(separator: "; ") + (ordered.count > limit ? "; \(ordered.count - limit) more" : "")
    }

    // MARK: the log and the screen

    func log(_ kind: StationEntry.Kind, student: String? = nil, frame: Int? = nil, cameraSeconds: Int? = nil, file: String? = nil,
             sha256: String? = nil, note: String) throws {
        try engine.store.record(StationEntry(station: configuration.station, unixSeconds: now, kind: kind, student: student, frame: frame,
                                             cameraSeconds: cameraSeconds, file: file, sha256: sha256, note: Masked.idNumbers(in: note)))
    }

    func refuse(_ reason: String, student: String?, flag: Bool = false) throws -> Outcome {
        let masked = Masked.idNumbers(in: reason)
        try log(flag ? .flag : .refused, student: student, note: masked)
        return report(flag ? .flag : .refused, masked)
    }

    @discardableResult
    func report(_ kind: Outcome.Kind, _ message: String) -> Outcome {
        let outcome = Outcome(kind: kind, message: Masked.idNumbers(in: message))
        recent.append(outcome)
        if recent.count > 6 { recent.removeFirst(recent.count - 6) }
        return outcome
    }
}

extension CaptureStation.Question {
    /// What the operator must type.
    public var prompt: String {
        switch self {
        case let .secondScan(_, student): "answer: 'skip' (the first student left; \(student) takes the camera) or 'keep' (the first stays; set \(student)'s scan aside)"
        case let .suspectFile(path, reason): "\((path as NSString).lastPathComponent): \(reason); answer: 'accept' (bind it to the student waiting) or 'reject'"
        }
    }
}

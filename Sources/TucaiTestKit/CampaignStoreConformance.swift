import TucaiKernel

/// The requirements of `CampaignStore` as checks that any store must pass. A store's test runs every check
/// on a fresh, empty store; a check returns the requirements it found broken, as sentences.
public enum CampaignStoreConformance {
    public struct Check: Sendable, CustomStringConvertible {
        public let name: String
        let body: @Sendable (any CampaignStore) throws -> [String]
        public func run(on store: any CampaignStore) throws -> [String] { try body(store) }
        public var description: String { name }
    }

    public static let checks: [Check] = [
        Check(name: "claim records the campaign and refuses another", body: claim),
        Check(name: "insert numbers students in import order and refuses a known number", body: insertOrder),
        Check(name: "everything saved reads back equal", body: roundTrip),
        Check(name: "a batch insert is one insert after another", body: batchInsert),
        Check(name: "a failed transaction leaves nothing behind", body: rollback),
        Check(name: "a nested transaction joins the outer one", body: nested),
        Check(name: "a refused write inside a transaction writes nothing", body: refusedInside),
        Check(name: "a student refused in a batch leaves no part of itself", body: refusedBatchInside),
        Check(name: "history is append-only and in order", body: history),
        Check(name: "a payment id is stored once", body: payments),
        Check(name: "a sequence number has one holder", body: sequenceNumbers),
        Check(name: "saving an unknown student fails", body: unknownStudent),
        Check(name: "an input row is recorded once, with its transaction", body: inputRows),
        Check(name: "signing keys are stable and differ by purpose", body: signingKeys),
        Check(name: "an ID number finds its students", body: idNumberLookup),
        Check(name: "the top of a series is the largest number held", body: seriesTop),
        Check(name: "the station log is kept in order, with its transaction", body: stationLog),
        Check(name: "pages read in import order make up the campaign", body: pages),
        Check(name: "a filtered page holds what the filter admits, in import order", body: filteredPages),
    ]

    // MARK: sample data

    public static let identity = CampaignIdentity(institution: "fake", cohort: .undergraduate, graduationYear: 2023,
                                                  captureStarts: CivilDate(2022, 11, 19))
    static let at = Moment(CivilDate(2022, 11, 14), TimeOfDay(9))

    public static func student(_ number: String) -> Student {
        Student(studentNumber: number, name: "测试\(number.suffix(2))", idNumber: "53010219990101001X", college: "经济学院",
                major: "经济学", className: "经济1901", level: .bachelor, enrolmentYear: 2019, programLength: 4,
                expectedGraduation: YearMonth(2023, 6), previousCapture: CivilDate(2021, 5, 1), graduatesOnTime: false,
                graduatingEarly: true, categories: [.international, .combinedMasterDoctoral])
    }

    static func record(_ number: String) -> StudentRecord {
        StudentRecord(student: student(number), eligibility: .inScope(because: "2023届本科毕业生"), rosterLine: 7)
    }

    /// A new student whose state is full and holds sequence number `sequence`: two of them clash.
    static func record(_ number: String, holding sequence: Int) -> StudentRecord {
        var record = record(number)
        record.state = fullState(sequence: sequence)
        return record
    }

    /// A state with every field set, so that a round trip that drops one is seen.
    public static func fullState(sequence: Int) -> StudentState {
        let day = CivilDate(2022, 11, 19)
        return StudentState(
            notified: true, preRegistered: true,
            assignment: SessionAssignment(session: 3, source: .reservation, unit: "茶学", room: "C区202", date: day,
                                          start: TimeOfDay(8, 30), end: TimeOfDay(9, 10)),
            paid: .yuan(30), feeSettled: true, credential: .reservationQRCode,
            sequenceNumber: SequenceNumber(series: SequenceNumber.series(date: day, place: "C区202"), value: sequence),
            capture: PhotoCapture(path: "photos/\(sequence).jpg", sha256: String(repeating: "ab", count: 32),
                                  at: Moment(day, TimeOfDay(8, 41)), makeUpRoute: "散拍、补拍"),
            exportBatch: "export-2022-11-21", verificationOpen: true, verificationEnds: CivilDate(2023, 1, 1),
            closed: true, missed: true,
            makeUp: MakeUpAssignment(route: "散拍、补拍", place: "新华楼3楼312室", onCampus: false, deadline: CivilDate(2023, 4, 30)),
            deferred: true, refund: Refund(amount: .yuan(30), due: CivilDate(2022, 11, 24), reason: "reserved but not captured"))
    }

    static func allChanges(_ state: StudentState) -> [CampaignEvent.Change] {
        [.imported(.exempt(because: "两年内已采集")), .notified, .preRegistered, .assigned(state.assignment!),
         .paid(paymentID: "P-1", amount: .yuan(30), late: true), .checkedIn(.reservationQRCode),
         .numbered(state.sequenceNumber!), .captured(state.capture!),
         .photoUnbound(sha256: state.capture!.sha256, reason: "retake"), .photoRejected(sha256: state.capture!.sha256, reason: "照片有误"),
         .exported(batch: "export-2022-11-21"),
         .verificationOpened(until: CivilDate(2023, 1, 1)), .verificationOpened(until: nil), .closed, .missed,
         .routedToMakeUp(state.makeUp!), .refundDue(state.refund!), .deferred]
    }

    // MARK: checks

    static func claim(_ store: any CampaignStore) throws -> [String] {
        var failures: [String] = []
        if try store.identity() != nil { failures.append("a new store already holds a campaign") }
        try store.claim(identity)
        if try store.identity() != identity { failures.append("identity() does not return the claimed campaign") }
        var moved = identity
        moved.captureStarts = CivilDate(2022, 11, 26)
        do { try store.claim(moved) } catch { failures.append("claiming the same campaign with another capture start failed: \(error)") }
        var other = identity
        other.institution = "other"
        do {
            try store.claim(other)
            failures.append("claiming another institution's campaign succeeded")
        } catch .wrongCampaign {
        } catch { failures.append("claiming another campaign threw \(error), not wrongCampaign") }
        if try store.identity()?.institution != identity.institution { failures.append("a refused claim changed the identity") }
        return failures
    }

    static func insertOrder(_ store: any CampaignStore) throws -> [String] {
        var failures: [String] = []
        let numbers = ["2019003", "2019001", "2019002"]
        var ordinals: [Int] = []
        for number in numbers {
            guard let stored = try store.insert(record(number), event: CampaignEvent(number, at: at, .imported(.inScope(because: "x")))) else {
                failures.append("insert of new student \(number) returned nil"); continue
            }
            ordinals.append(stored.ordinal)
        }
        if ordinals != ordinals.sorted() || Set(ordinals).count != ordinals.count || ordinals.contains(where: { $0 < 1 }) {
            failures.append("ordinals \(ordinals) are not increasing from 1")
        }
        var changed = record("2019001")
        changed.student.name = "另一个人"
        if try store.insert(changed, event: CampaignEvent("2019001", at: at, .notified)) != nil {
            failures.append("insert of a known student number did not return nil")
        }
        if try store.student(number: "2019001")?.student.name != record("2019001").student.name {
            failures.append("insert of a known student number changed the stored student")
        }
        if try store.history(of: "2019001").count != 1 { failures.append("insert of a known student number appended an event") }
        if try store.students().map(\.number) != numbers { failures.append("students() is not in import order") }
        if try store.student(number: "2019999") != nil { failures.append("student(number:) found a student never stored") }
        return failures
    }

    static func batchInsert(_ store: any CampaignStore) throws -> [String] {
        var failures: [String] = []
        _ = try store.insert(record("2019002"), event: CampaignEvent("2019002", at: at, .imported(.inScope(because: "x"))))
        var full = record("2019005")
        full.state = fullState(sequence: 0)
        full.state.sequenceNumber = nil
        let numbers = ["2019003", "2019002", "2019001", "2019005", "2019004"]
        let batch = numbers.map { number in
            (record: number == "2019005" ? full : record(number), event: CampaignEvent(number, at: at, .imported(.inScope(because: "批 \(number), \"quoted\" {x}"))))
        }
        let stored = try store.insert(batch)
        if try store.studentCount() != store.students().count || store.studentCount() != 5 {
            failures.append("studentCount() says \(try store.studentCount()) where \(try store.students().count) students are stored")
        }
        if stored.map({ $0 == nil }) != [false, true, false, false, false] {
            failures.append("a batch insert did not skip exactly the stored number: \(stored.map { $0.map(String.init) ?? "nil" })")
        }
        for (number, ordinal) in zip(numbers, stored) {
            guard let ordinal, let read = try store.student(number: number), read.ordinal != ordinal else { continue }
            failures.append("a batch insert gave \(number) the ordinal \(ordinal), but it is stored under \(read.ordinal)")
        }
        let ordinals = stored.compactMap { $0 }
        if ordinals != ordinals.sorted() || Set(ordinals).count != ordinals.count { failures.append("batch ordinals \(ordinals) are not increasing") }
        if try store.students().map(\.number) != ["2019002", "2019003", "2019001", "2019005", "2019004"] {
            failures.append("students() after a batch is not in import order")
        }
        if let read = try store.student(number: "2019005"), read.state != full.state || read.student != full.student {
            failures.append("a batch-inserted student does not read back equal")
        }
        if try store.history(of: "2019004") != [batch[4].event] { failures.append("a batch-inserted student's first event differs") }
        if try store.history(of: "2019002").count != 1 { failures.append("a batch appended an event to a student already stored") }
        return failures
    }

    static func roundTrip(_ store: any CampaignStore) throws -> [String] {
        var failures: [String] = []
        guard var stored = try store.insert(record("2019001"), event: CampaignEvent("2019001", at: at, .imported(.inScope(because: "2023届")))) else {
            return ["insert of a new student returned nil"]
        }
        if stored.student != student("2019001") { failures.append("the stored student differs from the one inserted") }
        stored.state = fullState(sequence: 1)
        let events = allChanges(stored.state).enumerated().map { index, change in
            let at = Moment(CivilDate(2022, 11, 19), TimeOfDay(minutes: 500 + index))
            // A photo is taken at the moment of the event that records it.
            if case var .captured(capture) = change {
                capture.at = at
                return CampaignEvent("2019001", at: at, .captured(capture))
            }
            return CampaignEvent("2019001", at: at, change)
        }
        try store.save(stored, events: events)
        let back = try store.student(number: "2019001")
        if back != stored { failures.append("the record reads back as \(String(describing: back)), not \(stored)") }
        if try store.students() != [stored] { failures.append("students() differs from the record saved") }
        let history = try store.history(of: "2019001")
        if Array(history.dropFirst()) != events { failures.append("the history reads back differently: \(history)") }
        var bare = try store.student(number: "2019001")!
        bare.state = StudentState()
        try store.save(bare, events: [])
        if try store.student(number: "2019001") != bare { failures.append("an empty state does not read back empty") }
        var redecided = bare
        redecided.eligibility = .excluded(because: "another reason")
        try store.save(redecided, events: [])
        if try store.student(number: "2019001")?.eligibility != bare.eligibility {
            failures.append("save changed the eligibility decided at import")
        }
        return failures
    }

    static func rollback(_ store: any CampaignStore) throws -> [String] {
        struct Abort: Error {}
        var failures: [String] = []
        _ = try store.insert(record("2019001"), event: CampaignEvent("2019001", at: at, .notified))
        let eventsBefore = try store.eventCount()
        do {
            try store.transaction {
                _ = try store.insert(record("2019002"), event: CampaignEvent("2019002", at: at, .notified))
                var first = try store.student(number: "2019001")!
                first.state.notified = true
                try store.save(first, events: [CampaignEvent("2019001", at: at, .notified)])
                try store.insert(Payment(id: "P-9", amount: .yuan(30), at: at, students: ["2019001"]))
                if try store.student(number: "2019002") == nil { failures.append("a read inside a transaction missed its own insert") }
                throw Abort()
            }
            failures.append("transaction did not rethrow the body's error")
        } catch is Abort {}
        if try store.student(number: "2019002") != nil { failures.append("a rolled-back insert remained") }
        if try store.student(number: "2019001")?.state.notified == true { failures.append("a rolled-back save remained") }
        if try store.payment(id: "P-9") != nil { failures.append("a rolled-back payment remained") }
        if try store.eventCount() != eventsBefore { failures.append("rolled-back events remained") }
        let kept = try store.transaction { try store.insert(record("2019003"), event: CampaignEvent("2019003", at: at, .notified)) }
        if try kept == nil || store.student(number: "2019003") == nil { failures.append("a committed transaction did not keep its insert") }
        return failures
    }

    static func nested(_ store: any CampaignStore) throws -> [String] {
        struct Abort: Error {}
        do {
            try store.transaction {
                try store.transaction {
                    _ = try store.insert(record("2019001"), event: CampaignEvent("2019001", at: at, .notified))
                }
                throw Abort()
            }
        } catch is Abort {}
        return try store.student(number: "2019001") == nil ? [] : ["an inner transaction's write survived the outer one's failure"]
    }

    /// A batch whose last student's sequence number is taken, inside the caller's transaction, which catches the
    /// refusal and commits: the refused student leaves no part of itself (a student row without its state
    /// would make the number count as stored), and each student before it is stored whole or not at all.
    /// (Stores differ on those: one after another keeps them, a store that writes the batch as one takes them back.)
    static func refusedBatchInside(_ store: any CampaignStore) throws -> [String] {
        var failures: [String] = []
        let holder = record("2019001", holding: 7), clashing = record("2019004", holding: 7)
        try store.transaction {
            _ = try store.insert(holder, event: CampaignEvent("2019001", at: at, .notified))
            do {
                _ = try store.insert(["2019002", "2019003"].map { (record: record($0), event: CampaignEvent($0, at: at, .notified)) }
                                     + [(record: clashing, event: CampaignEvent("2019004", at: at, .notified))])
                failures.append("a batch holding a taken sequence number was inserted")
            } catch StoreError.duplicateSequenceNumber {
            } catch { failures.append("a batch holding a taken sequence number threw \(error), not duplicateSequenceNumber") }
        }
        let stored = try store.students().map(\.number)
        if stored.first != "2019001" || stored.contains("2019004") || !Set(stored).isSubset(of: ["2019001", "2019002", "2019003"]) {
            failures.append("after the outer commit the store holds \(stored)")
        }
        if try store.eventCount() != stored.count { failures.append("\(try store.eventCount()) events stored for \(stored.count) students") }
        if try store.insert(record("2019004"), event: CampaignEvent("2019004", at: at, .notified)) == nil {
            failures.append("student 2019004, refused in a batch, cannot be inserted now: part of it was kept")
        }
        return failures
    }

    /// The outer transaction catches each failure and commits: what failed must not be committed with it.
    static func refusedInside(_ store: any CampaignStore) throws -> [String] {
        struct Abort: Error {}
        var failures: [String] = []
        let holder = record("2019001", holding: 5), clashing = record("2019002", holding: 5)
        try store.transaction {
            _ = try store.insert(holder, event: CampaignEvent("2019001", at: at, .notified))
            do {
                _ = try store.insert(clashing, event: CampaignEvent("2019002", at: at, .notified))
                failures.append("a student holding a taken sequence number was inserted")
            } catch StoreError.duplicateSequenceNumber {
            } catch { failures.append("inserting a taken sequence number threw \(error), not duplicateSequenceNumber") }
            do {
                try store.transaction {
                    _ = try store.insert(record("2019003"), event: CampaignEvent("2019003", at: at, .notified))
                    throw Abort()
                }
            } catch is Abort {}
        }
        if try store.students().map(\.number) != ["2019001"] {
            failures.append("after the outer commit the store holds \(try store.students().map(\.number)), not just 2019001")
        }
        if try store.eventCount() != 1 { failures.append("\(try store.eventCount()) events stored, not the one committed") }
        // A half-written student (its roster row without its state) would make the number count as stored.
        for number in ["2019002", "2019003"] where try store.insert(record(number), event: CampaignEvent(number, at: at, .notified)) == nil {
            failures.append("student \(number), refused earlier, cannot be inserted now: part of it was kept")
        }
        return failures
    }

    static func history(_ store: any CampaignStore) throws -> [String] {
        var failures: [String] = []
        _ = try store.insert(record("2019001"), event: CampaignEvent("2019001", at: at, .imported(.inScope(because: "x"))))
        _ = try store.insert(record("2019002"), event: CampaignEvent("2019002", at: at, .imported(.inScope(because: "y"))))
        var r = try store.student(number: "2019001")!
        r.state.notified = true
        try store.save(r, events: [CampaignEvent("2019001", at: at, .notified), CampaignEvent("2019001", at: at, .preRegistered)])
        r.state.missed = true
        try store.save(r, events: [CampaignEvent("2019001", at: at, .missed)])
        let kinds = try store.history(of: "2019001").map(\.change.kind)
        if kinds != ["imported", "notified", "preRegistered", "missed"] { failures.append("history reads \(kinds)") }
        if try store.history(of: "2019002").count != 1 { failures.append("another student's history gained events") }
        if try store.eventCount() != 5 { failures.append("eventCount is \(try store.eventCount()), not 5") }
        return failures
    }

    static func payments(_ store: any CampaignStore) throws -> [String] {
        var failures: [String] = []
        let individual = Payment(id: "WX-1", amount: .yuan(30), at: at, students: ["2019001"], channel: "WeChat Pay")
        let unmatched = Payment(id: "WX-2", amount: .yuan(60), at: at, students: ["2019001"], channel: "WeChat Pay",
                                owedBack: "the fee is already paid in full")
        let collected = Payment(id: "CLASS-190111", amount: .yuan(45), at: at, students: ["2019001", "2019002", "2019003"],
                                className: "190111")
        try store.insert(individual)
        try store.insert(collected)
        try store.insert(unmatched)
        do {
            try store.insert(Payment(id: "WX-1", amount: .yuan(99), at: at, students: ["2019009"]))
            failures.append("a second payment with a stored id was accepted")
        } catch .duplicatePayment {
        } catch { failures.append("a second payment with a stored id threw \(error), not duplicatePayment") }
        if try store.payment(id: "WX-1") != individual { failures.append("the payment does not read back as first stored") }
        if try store.payment(id: "CLASS-190111") != collected { failures.append("a class payment does not read back equal") }
        if try store.payment(id: "WX-2")?.owedBack != unmatched.owedBack { failures.append("money owed back does not keep its reason") }
        if try store.payments() != [individual, collected, unmatched] { failures.append("payments() is not the three payments in order") }
        var each: [Payment] = []
        try store.forEachPayment { each.append($0) }
        if each != [individual, collected, unmatched] { failures.append("forEachPayment does not give the three payments in order") }
        return failures
    }

    static func inputRows(_ store: any CampaignStore) throws -> [String] {
        var failures: [String] = []
        let applied = InputRow(source: "payments.csv", digest: String(repeating: "a", count: 64), line: 2)
        let refused = InputRow(source: "payments.csv", digest: String(repeating: "a", count: 64), line: 3,
                               refusal: "the payment fits none of the routes")
        try store.record(applied)
        try store.record(refused)
        do {
            try store.record(InputRow(source: "payments.csv", digest: String(repeating: "a", count: 64), line: 2, refusal: "again"))
            failures.append("a row already recorded was recorded again")
        } catch .duplicateInputRow {
        } catch { failures.append("recording a row twice threw \(error), not duplicateInputRow") }
        do {
            try store.transaction {
                try store.record(InputRow(source: "checkins.csv", digest: String(repeating: "c", count: 64), line: 2))
                throw StoreError.failed("rolled back")
            }
        } catch {}
        // The same line of another version of the file is another row.
        let edited = InputRow(source: "payments.csv", digest: String(repeating: "b", count: 64), line: 2, refusal: "the fee is already paid")
        try store.record(edited)
        if try store.inputRows() != [applied, refused, edited] { failures.append("inputRows() is not the rows recorded, in order, with their refusals and digests") }
        return failures
    }

    static func signingKeys(_ store: any CampaignStore) throws -> [String] {
        var failures: [String] = []
        let slip = try store.signingKey(purpose: "slip")
        if slip.count != 32 { failures.append("a signing key has \(slip.count) bytes, not 32") }
        if try store.signingKey(purpose: "slip") != slip { failures.append("the same purpose gave two keys") }
        if try store.signingKey(purpose: "export") == slip { failures.append("two purposes gave the same key") }
        if Set(slip).count < 8 { failures.append("the key is not random-looking: \(Set(slip).count) distinct bytes") }
        return failures
    }

    static func idNumberLookup(_ store: any CampaignStore) throws -> [String] {
        var failures: [String] = []
        var other = record("2019003")
        other.student.idNumber = "530102199901010028"
        _ = try store.insert(record("2019001"), event: CampaignEvent("2019001", at: at, .notified))
        _ = try store.insert(other, event: CampaignEvent("2019003", at: at, .notified))
        _ = try store.insert(record("2019002"), event: CampaignEvent("2019002", at: at, .notified))
        if try store.studentNumbers(withIDNumber: "53010219990101001X") != ["2019001", "2019002"] {
            failures.append("the ID number did not find both its students in import order")
        }
        if try store.studentNumbers(withIDNumber: "53010219990101001x") != ["2019001", "2019002"] {
            failures.append("a lower-case check letter did not find the students")
        }
        if try store.studentNumbers(withIDNumber: "530102199901010028") != ["2019003"] { failures.append("the second number found the wrong students") }
        if try !store.studentNumbers(withIDNumber: "110101200001010015").isEmpty { failures.append("an unknown number found students") }
        return failures
    }

    static func seriesTop(_ store: any CampaignStore) throws -> [String] {
        var failures: [String] = []
        let series = fullState(sequence: 1).sequenceNumber!.series
        if try store.highestSequenceNumber(in: series) != nil { failures.append("an empty series has a top") }
        for (number, value) in [("2019001", 3), ("2019002", 11), ("2019003", 7)] {
            var stored = try store.insert(record(number), event: CampaignEvent(number, at: at, .notified))!
            stored.state = fullState(sequence: value)
            try store.save(stored, events: [])
        }
        if try store.highestSequenceNumber(in: series) != 11 { failures.append("the top of the series is not 11") }
        if try store.highestSequenceNumber(in: series + "x") != nil { failures.append("another series took this one's numbers") }
        return failures
    }

    static func stationLog(_ store: any CampaignStore) throws -> [String] {
        var failures: [String] = []
        let scan = StationEntry(station: "A", unixSeconds: 1_668_818_000, kind: .scan, student: "2019001", note: "#1")
        let photo = StationEntry(station: "A", unixSeconds: 1_668_818_031, kind: .bound, student: "2019001", frame: 12,
                                 cameraSeconds: 1_668_818_029, file: "photos/A-1.jpg", sha256: String(repeating: "ab", count: 32), note: "")
        try store.record(scan)
        do {
            try store.transaction {
                try store.record(StationEntry(station: "B", unixSeconds: 1_668_818_001, kind: .scan, student: "2019002"))
                throw StoreError.failed("rolled back")
            }
        } catch {}
        try store.record(photo)
        if try store.stationEntries() != [scan, photo] { failures.append("stationEntries() is not the entries recorded, in order, whole") }
        return failures
    }

    static func sequenceNumbers(_ store: any CampaignStore) throws -> [String] {
        var failures: [String] = []
        var first = try store.insert(record("2019001"), event: CampaignEvent("2019001", at: at, .notified))!
        var second = try store.insert(record("2019002"), event: CampaignEvent("2019002", at: at, .notified))!
        first.state = fullState(sequence: 5)
        try store.save(first, events: [])
        try store.save(first, events: [CampaignEvent("2019001", at: at, .closed)])
        second.state = fullState(sequence: 5)
        do {
            try store.save(second, events: [CampaignEvent("2019002", at: at, .numbered(second.state.sequenceNumber!))])
            failures.append("a second holder of one sequence number was accepted")
        } catch .duplicateSequenceNumber {
        } catch { failures.append("a second holder threw \(error), not duplicateSequenceNumber") }
        if try store.student(number: "2019002")?.state.sequenceNumber != nil { failures.append("the refused save changed the state") }
        if try store.history(of: "2019002").count != 1 { failures.append("the refused save appended its events") }
        if try store.holder(of: first.state.sequenceNumber!) != "2019001" { failures.append("holder(of:) does not name the holder of number 5") }
        second.state = fullState(sequence: 6)
        do { try store.save(second, events: []) } catch { failures.append("the next number was refused: \(error)") }
        try store.transaction {
            second.state = fullState(sequence: 7)
            try store.save(second, events: [])
            if try store.holder(of: second.state.sequenceNumber!) != "2019002" { failures.append("holder(of:) misses a number saved in the same transaction") }
        }
        if try store.holder(of: fullState(sequence: 6).sequenceNumber!) != nil { failures.append("holder(of:) names a holder for a number given up") }
        return failures
    }

    /// Nine students, the second, fifth, sixth and ninth photographed: each filter's pages of 2 and its count
    /// give what the filter admits of `students()`, the first student included and the last left out.
    static func filteredPages(_ store: any CampaignStore) throws -> [String] {
        var failures: [String] = []
        let numbers = (1...9).map { "201901\($0)" }
        _ = try store.insert(numbers.map { (record($0), CampaignEvent($0, at: at, .notified)) })
        for index in [1, 4, 5, 8] {
            var stored = try store.student(number: numbers[index])!
            stored.state = fullState(sequence: index + 1)
            try store.save(stored, events: [CampaignEvent(stored.number, at: at, .captured(stored.state.capture!))])
        }
        let all = try store.students()
        for filter in StudentFilter.allCases {
            let expected = all.filter(filter.admits).map(\.number)
            var paged: [String] = [], after = 0
            while true {
                let page = try store.students(after: after, limit: 2, where: filter)
                if page.count > 2 { failures.append("a \(filter) page of 2 held \(page.count) students") }
                guard let last = page.last else { break }
                paged += page.map(\.number)
                after = last.ordinal
            }
            if paged != expected { failures.append("\(filter) pages read \(paged) where students() admitted are \(expected)") }
            if try store.studentCount(where: filter) != expected.count {
                failures.append("studentCount(where: \(filter)) is \(try store.studentCount(where: filter)), not \(expected.count)")
            }
            if try !store.students(after: all[7].ordinal, limit: 0, where: filter).isEmpty { failures.append("a \(filter) page of 0 is not empty") }
        }
        if all.filter(StudentFilter.withoutPhoto.admits).count != 5 { failures.append("the four students photographed read back without their photo") }
        return failures
    }

    /// Seven students read three at a time, and pages after a given student.
    static func pages(_ store: any CampaignStore) throws -> [String] {
        var failures: [String] = []
        let numbers = (1...7).map { "201900\($0)" }
        _ = try store.insert(numbers.map { (record($0), CampaignEvent($0, at: at, .notified)) })
        let all = try store.students()
        var paged: [StudentRecord] = []
        var after = 0
        while true {
            let page = try store.students(after: after, limit: 3)
            if page.count > 3 { failures.append("a page of 3 held \(page.count) students") }
            guard let last = page.last else { break }
            paged += page
            after = last.ordinal
        }
        if paged != all { failures.append("pages of 3 read \(paged.map(\.number)) where students() is \(all.map(\.number))") }
        if try store.students(after: all[4].ordinal, limit: 10).map(\.number) != Array(numbers.suffix(2)) {
            failures.append("the page after the fifth student is not the last two")
        }
        if try !store.students(after: all[6].ordinal, limit: 10).isEmpty { failures.append("a page after the last student is not empty") }
        if try store.student(ordinal: all[2].ordinal)?.number != numbers[2] { failures.append("student(ordinal:) does not find the third student") }
        var each: [String] = []
        try store.forEachStudent(pageSize: 2) { each.append($0.number) }
        if each != numbers { failures.append("forEachStudent read \(each)") }
        return failures
    }

    static func unknownStudent(_ store: any CampaignStore) throws -> [String] {
        do {
            try store.save(record("2019404"), events: [])
            return ["saving a student never inserted succeeded"]
        } catch .unknownStudent {
            return try store.students().isEmpty ? [] : ["saving an unknown student created it"]
        } catch { return ["saving an unknown student threw \(error), not unknownStudent"] }
    }
}

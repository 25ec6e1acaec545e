import Foundation
import Testing
import TucaiKernel
import TucaiStoreRows
@testable import TucaiSQLite
import TucaiTestKit

/// What the SQLite store adds to the protocol: a file that survives reopening, a schema version, and refusal
/// of files that are not campaign databases.
@Suite struct SQLiteStoreTests {
    @Test func aReopenedFileHoldsWhatWasCommitted() throws {
        let directory = TemporaryDirectory()
        let path = directory.path("c.sqlite")
        do {
            let store = try SQLiteCampaignStore(path: path)
            try store.claim(CampaignStoreConformance.identity)
            let at = Moment(CivilDate(2022, 11, 14), TimeOfDay(9))
            _ = try store.insert(StudentRecord(student: CampaignStoreConformance.student("2019001"), eligibility: .inScope(because: "x")),
                                 event: CampaignEvent("2019001", at: at, .imported(.inScope(because: "x"))))
        }
        let reopened = try SQLiteCampaignStore(path: path, create: false)
        #expect(try reopened.identity() == CampaignStoreConformance.identity)
        #expect(try reopened.students().map(\.number) == ["2019001"])
        #expect(try reopened.schemaVersion() >= 1)
    }

    /// Requirement 15: a station trusts its memory only while no other station has committed.
    @Test func anotherConnectionsCommitIsSeenAndOnesOwnIsNot() throws {
        let directory = TemporaryDirectory()
        let path = directory.path("c.sqlite")
        let mine = try SQLiteCampaignStore(path: path), theirs = try SQLiteCampaignStore(path: path)
        try mine.claim(CampaignStoreConformance.identity)
        func entry(_ station: String) -> StationEntry { StationEntry(station: station, unixSeconds: 1_668_818_000, kind: .scan, note: "#1") }
        let first = try mine.transaction { try mine.record(entry("A")); return mine.commitsByOthers }
        #expect(first != nil)
        #expect(try mine.transaction { mine.commitsByOthers } == first, "its own commit is not another's")
        try theirs.transaction { try theirs.record(entry("B")) }
        let second = try mine.transaction { mine.commitsByOthers }
        #expect(second != first, "the other connection's commit is seen")
        #expect(try mine.transaction { mine.commitsByOthers } == second, "and counted once")
    }

    /// A filter's SQL says what `read` says: a photo is read only with its path, digest and moment all there, so
    /// a row with any of them missing (a file edited by hand) is one `withoutPhoto` pages and counts. Every one
    /// of the eight ways to leave the three columns set or empty, one student each.
    @Test func aFilterSelectsTheRowsReadAsItAdmits() throws {
        let directory = TemporaryDirectory()
        let path = directory.path("c.sqlite")
        let at = Moment(CivilDate(2022, 11, 14), TimeOfDay(9))
        let numbers = (0..<8).map { "20190\($0)" }
        do {
            let store = try SQLiteCampaignStore(path: path)
            try store.claim(CampaignStoreConformance.identity)
            for number in numbers {
                _ = try store.insert(StudentRecord(student: CampaignStoreConformance.student(number), eligibility: .inScope(because: "x")),
                                     event: CampaignEvent(number, at: at, .notified))
            }
            let db = try SQLiteConnection(path: path, create: false)
            for (index, _) in numbers.enumerated() {
                let path = index & 1 == 0 ? "NULL" : "'p.jpg'", digest = index & 2 == 0 ? "NULL" : "'\(String(repeating: "a", count: 64))'"
                let taken = index & 4 == 0 ? "NULL" : "1668818000"
                try db.execute("UPDATE states SET photo_path = \(path), photo_sha256 = \(digest), photo_taken_at = \(taken) WHERE ordinal = \(index + 1)")
            }
        }
        let store = try SQLiteCampaignStore(path: path, create: false)
        let admitted = try store.students().filter(StudentFilter.withoutPhoto.admits).map(\.number)
        #expect(admitted == Array(numbers.prefix(7)), "only the row with all three columns reads as photographed")
        #expect(try store.students(after: 0, limit: 100, where: .withoutPhoto).map(\.number) == admitted)
        #expect(try store.studentCount(where: .withoutPhoto) == admitted.count)
    }

    /// A save rewrites only the columns that changed since the row was last read or written in a transaction:
    /// whatever changes from save to save, in a transaction or out of one, after a rollback or another
    /// connection's write, a second connection reads back every field of what was saved last.
    @Test func aSaveOfSomeChangedFieldsReadsBackWhole() throws {
        #expect(StateColumns.all.names == StudentRows.stateColumns, "the groups cover every state column once, in order")
        #expect(StateColumns([.paid, .capture]).names == ["paid_fen", "photo_path", "photo_sha256", "photo_taken_at", "photo_make_up_route"])
        let directory = TemporaryDirectory()
        let path = directory.path("c.sqlite")
        let store = try SQLiteCampaignStore(path: path), other = try SQLiteCampaignStore(path: path)
        try store.claim(CampaignStoreConformance.identity)
        let at = Moment(CivilDate(2022, 11, 14), TimeOfDay(9))
        let numbers = (1...3).map { "20190\($0)" }
        for number in numbers {
            _ = try store.insert(StudentRecord(student: CampaignStoreConformance.student(number), eligibility: .inScope(because: "x")),
                                 event: CampaignEvent(number, at: at, .notified))
        }
        // Seeded, so that a failure names its round and replays.
        var generator = SplitMix64(seed: 20_261_202)
        let full = CampaignStoreConformance.fullState(sequence: 1)
        // Each field is either empty or one of two values, so a save changes anything from none to all of them.
        func randomState(_ sequence: Int) -> StudentState {
            func pick<T>(_ a: T, _ b: T, _ c: T) -> T { [a, b, c].randomElement(using: &generator)! }
            var other = full
            other.assignment?.room = "A101"; other.capture?.path = "elsewhere.jpg"; other.makeUp?.place = "图书馆"
            other.refund?.reason = "deferred"; other.credential = .residentIDCard
            return StudentState(
                notified: Bool.random(using: &generator), preRegistered: Bool.random(using: &generator),
                assignment: pick(nil, full.assignment, other.assignment), paid: pick(.zero, .yuan(30), .yuan(45)),
                feeSettled: Bool.random(using: &generator), credential: pick(nil, full.credential, other.credential),
                sequenceNumber: pick(nil, SequenceNumber(series: "A", value: sequence), SequenceNumber(series: "B", value: sequence)),
                capture: pick(nil, full.capture, other.capture), exportBatch: pick(nil, "e1", "e2"),
                verificationOpen: Bool.random(using: &generator), verificationEnds: pick(nil, CivilDate(2023, 1, 1), CivilDate(2023, 2, 1)),
                closed: Bool.random(using: &generator), missed: Bool.random(using: &generator),
                makeUp: pick(nil, full.makeUp, other.makeUp), deferred: Bool.random(using: &generator),
                refund: pick(nil, full.refund, other.refund))
        }
        for round in 0..<750 {
            let index = Int.random(in: 0..<3, using: &generator)
            var record = try store.student(number: numbers[index])!
            record.state = randomState(1_000 * index + round)
            switch round % 5 {
            case 0: try store.save(record, events: [CampaignEvent(record.number, at: at, .notified)])
            case 4:
                // Read and saved in one transaction, as the engine works through a page.
                try store.transaction {
                    var read = try store.student(number: record.number)!
                    read.state = record.state
                    try store.save(read, events: [])
                }
            case 1: try store.transaction { try store.save(record, events: [CampaignEvent(record.number, at: at, .notified)]) }
            case 2:
                // Saved, then taken back: the next save must not trust what this one wrote.
                var undone = record
                undone.state = randomState(1_000 * index + round + 500)
                struct TakenBack: Error {}
                if round % 10 == 2 {
                    _ = try? store.transaction { try store.save(undone, events: []); throw TakenBack() }
                    try store.transaction { try store.save(record, events: []) }
                } else {
                    // Taken back inside a transaction that goes on, to a savepoint.
                    try store.transaction {
                        _ = try? store.transaction { try store.save(undone, events: []); throw TakenBack() }
                        try store.save(record, events: [])
                    }
                }
            default:
                // Another connection writes the row: the next save of this one must not trust what it read before.
                var theirs = try other.student(number: numbers[index])!
                theirs.state = randomState(1_000 * index + round + 700)
                try other.save(theirs, events: [])
                try store.save(record, events: [])
            }
            let read = try other.student(number: record.number)!
            #expect(read.state == record.state, "round \(round): \(read.state) read back where \(record.state) was saved")
            #expect(read.stage == record.stage, "round \(round)")
            if read.state != record.state { break }
        }
        let partial = store.updates.keys.filter { $0 != .all && $0 != StateColumns.all.subtracting(.sequence) }
        #expect(partial.count > 10, "saves wrote only the groups that changed: \(partial.count) sets of groups")
    }

    @Test func aMissingFileIsNotCreatedWhenOpeningForReading() throws {
        let directory = TemporaryDirectory()
        let path = directory.path("absent.sqlite")
        #expect(throws: StoreError.self) { try SQLiteCampaignStore(path: path, create: false) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aFileThatIsNotACampaignIsRefusedWithItsName() throws {
        let directory = TemporaryDirectory()
        let path = directory.path("roster.csv")
        try Data("学号,姓名\n2019001,张三\n".utf8).write(to: URL(fileURLWithPath: path))
        do {
            _ = try SQLiteCampaignStore(path: path, create: false)
            Issue.record("a CSV file opened as a campaign database")
        } catch {
            #expect(error.description.hasPrefix(path))
        }
    }
}

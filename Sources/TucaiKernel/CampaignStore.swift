/// Where a campaign keeps its students (with their eligibility and its reason), their current state, their
/// append-only histories and the payments received. The engine works only through this protocol, so that a
/// server database can be added later without touching the engine. `SQLiteCampaignStore` (module TucaiSQLite)
/// keeps one campaign per SQLite file; `InMemoryCampaignStore` (TucaiTestKit) keeps one in memory for tests;
/// `CampaignStoreConformance` (TucaiTestKit) checks the requirements below against any store.
///
/// Requirements:
/// 1. **Atomic transactions.** What `transaction`'s body writes is stored entirely or not at all: when the body
///    throws, or the process dies before `transaction` returns, none of it remains. A write outside any
///    transaction is a transaction of its own. A transaction opened inside another joins it: its writes
///    commit with the outer one, and when its own body throws they are undone while the outer one may go on.
///    So a write refused inside a caller's transaction (requirements 4-6) writes nothing there either.
/// 2. **State and history together.** `save` replaces the student's current state and appends the events as
///    one write: no reader ever sees the new state without its events, or the events without the state. The
///    roster's data and the eligibility are written once, by `insert`; `save` leaves them as they are.
/// 3. **Append-only history.** Events are never changed or removed; `history(of:)` returns a student's
///    events in the order they were appended.
/// 4. **One student per number.** `insert` of a student number already stored writes nothing and returns nil.
/// 5. **One payment per id.** `insert(_: Payment)` of an id already stored throws `.duplicatePayment` and
///    writes nothing; `payment(id:)` returns the payment exactly as first stored.
/// 6. **One holder per sequence number.** `save` of a record whose sequence number another student already
///    holds throws `.duplicateSequenceNumber` and writes nothing.
/// 7. **Import order.** `insert` gives each record an `ordinal` greater than every earlier one, and
///    `students()` returns records in that order.
/// 8. **One campaign.** `claim` on an empty store records the campaign; on a store that holds another
///    campaign (institution, cohort level or year differ) it throws `.wrongCampaign`. Claiming the same
///    campaign again changes nothing.
/// 9. **Round trip.** Everything saved reads back equal: students, eligibility, state, events, payments
///    (a payment owed back with its reason).
/// 10. **Input rows once.** `record(_: InputRow)` of a (source, digest, line) already recorded throws
///    `.duplicateInputRow` and writes nothing; `inputRows()` returns them in the order recorded. Recorded in
///    the transaction that applies the row, a row's outcome commits with its effect or not at all.
///
/// 11. **Keys that stay.** `signingKey(purpose:)` returns 32 bytes derived from the campaign's own secret, the
///    same every time the campaign is opened, different for each purpose and each campaign, and never stored
///    where the campaign's data is (a copy of the database alone cannot forge a slip).
/// 12. **ID numbers found, not read.** `studentNumbers(withIDNumber:)` finds the students stored with an ID
///    number (an ID-card reader's line), in import order, without the store keeping the number in clear.
/// 13. **The top of a series.** `highestSequenceNumber(in:)` is the largest value any student holds in the series,
///    as committed, read inside the caller's transaction: several stations numbering one room ask it inside
///    the transaction that issues the next number, which the store serialises (requirement 1) and requirement
///    6 backs.
/// 14. **Station logs.** `record(_: StationEntry)` appends to the log; `stationEntries()` returns every entry in
///    the order recorded, and an entry recorded inside a transaction commits with it or not at all.
///
/// 15. **Others' commits counted.** Read inside a transaction, `commitsByOthers` is a number that differs from
///    the one read in this store's previous transactions whenever another connection has committed to the campaign
///    in between, and stays the same across this store's own commits. A caller that keeps the value read when its
///    memory last matched the store may trust that memory while the value is unchanged; the moment it changes,
///    everything remembered may be stale, not only what the current transaction touches. nil (the default)
///    means the store cannot tell, which is always safe: the caller reads again.
///
/// 16. **Pages in import order.** `students(after:limit:)` returns the students whose ordinal is above the one
///     given, in import order, at most `limit` of them: reading page after page from 0 gives `students()`, so
///     a campaign of millions is read in the memory of a page. `forEachPayment` gives `payments()` one by one.
/// 17. **The holder of a number.** `holder(of:)` is the student holding a sequence number, as committed or
///     written in the caller's transaction; nil when nobody does.
/// 18. **Filtered pages.** `students(after:limit:where:)` is `students(after:limit:)` of only the students the
///     filter admits (`StudentFilter.admits`), at most `limit` of them, and `studentCount(where:)` counts them:
///     the store tests the state's columns before reading a student, so a pass over the few without a photo
///     does not read the millions with one.
///
/// A store serves one writer at a time; the engine never shares one between threads.
public protocol CampaignStore: AnyObject {
    /// The campaign this store holds, or nil when it is new.
    func identity() throws(StoreError) -> CampaignIdentity?
    /// Records the campaign in a new store; checks it against the stored one otherwise.
    func claim(_ identity: CampaignIdentity) throws(StoreError)

    /// Runs `body` as one atomic transaction (requirement 1) and returns its result.
    func transaction<T>(_ body: () throws -> T) throws -> T

    /// Stores a new student with its first event; nil, writing nothing, when the number is already stored.
    func insert(_ record: StudentRecord, event: CampaignEvent) throws(StoreError) -> StudentRecord?
    /// Stores new students with their first events as `insert(_:event:)` would one after another, in order, and
    /// gives the ordinal each was stored under: nil for each number already stored. (Ordinals, not records: a
    /// record is most of a kilobyte, and a batch is thousands.) A server's store sends them at once. A student
    /// refused (its sequence number is taken) throws and leaves no part of itself; the batch's students before
    /// it may be kept or not.
    func insert(_ batch: [(record: StudentRecord, event: CampaignEvent)]) throws(StoreError) -> [Int?]
    /// Every student, in import order.
    func students() throws(StoreError) -> [StudentRecord]
    /// The students whose ordinal is above `ordinal`, in import order, at most `limit` (requirement 16).
    func students(after ordinal: Int, limit: Int) throws(StoreError) -> [StudentRecord]
    /// How many students are stored: `students().count` without reading them (default: reads them).
    func studentCount() throws(StoreError) -> Int
    /// The students above `ordinal` that `filter` admits, in import order, at most `limit` (requirement 18).
    func students(after ordinal: Int, limit: Int, where filter: StudentFilter) throws(StoreError) -> [StudentRecord]
    /// How many students `filter` admits (requirement 18).
    func studentCount(where filter: StudentFilter) throws(StoreError) -> Int
    func student(number: String) throws(StoreError) -> StudentRecord?
    /// Replaces a stored student's current state and appends `events` to the history (requirement 2); the
    /// roster data and eligibility stay as inserted.
    func save(_ record: StudentRecord, events: [CampaignEvent]) throws(StoreError)
    func history(of studentNumber: String) throws(StoreError) -> [CampaignEvent]
    /// Events in the whole store.
    func eventCount() throws(StoreError) -> Int

    func insert(_ payment: Payment) throws(StoreError)
    func payment(id: String) throws(StoreError) -> Payment?
    /// Every payment, in the order stored.
    func payments() throws(StoreError) -> [Payment]
    /// Every payment, in the order stored, handed to `body` one at a time (requirement 16).
    func forEachPayment(_ body: (Payment) throws -> Void) throws

    /// Records what became of one input row (requirement 10).
    func record(_ row: InputRow) throws(StoreError)
    /// Every input row recorded, in the order recorded.
    func inputRows() throws(StoreError) -> [InputRow]

    /// A key for `purpose` ("slip"), stable for the campaign (requirement 11).
    func signingKey(purpose: String) throws(StoreError) -> [UInt8]
    /// The students stored with this resident ID number, in import order (requirement 12).
    func studentNumbers(withIDNumber idNumber: String) throws(StoreError) -> [String]
    /// The student holding `number`, nil when nobody does (requirement 17).
    func holder(of number: SequenceNumber) throws(StoreError) -> String?
    /// The largest sequence number held in `series`, nil when none is (requirement 13).
    func highestSequenceNumber(in series: String) throws(StoreError) -> Int?
    /// Appends one line to the stations' log (requirement 14).
    func record(_ entry: StationEntry) throws(StoreError)
    /// The stations' log, in the order recorded.
    func stationEntries() throws(StoreError) -> [StationEntry]
    /// A count that changes when another connection commits, nil when unknown (requirement 15).
    var commitsByOthers: Int? { get }
}

extension CampaignStore {
    public var commitsByOthers: Int? { nil }

    public func studentCount() throws(StoreError) -> Int { try students().count }

    /// Reads every student and keeps a page, so reading page after page costs the square of the campaign: enough
    /// for a store of a few thousand students; a store of a real campaign answers it with an index.
    public func students(after ordinal: Int, limit: Int) throws(StoreError) -> [StudentRecord] {
        Array(try students().lazy.filter { $0.ordinal > ordinal }.prefix(max(0, limit)))
    }

    /// Reads page after page and keeps what the filter admits: right for any store, but it reads every student.
    public func students(after ordinal: Int, limit: Int, where filter: StudentFilter) throws(StoreError) -> [StudentRecord] {
        var kept: [StudentRecord] = [], after = ordinal
        while kept.count < limit {
            let page = try students(after: after, limit: max(limit, 500))
            guard let last = page.last else { break }
            for record in page where filter.admits(record) && kept.count < limit { kept.append(record) }
            after = last.ordinal
        }
        return kept
    }

    public func studentCount(where filter: StudentFilter) throws(StoreError) -> Int {
        var count = 0, after = 0
        while true {
            let page = try students(after: after, limit: 2_000)
            guard let last = page.last else { return count }
            count += page.count(where: filter.admits)
            after = last.ordinal
        }
    }

    public func forEachPayment(_ body: (Payment) throws -> Void) throws {
        for payment in try payments() { try body(payment) }
    }

    public func holder(of number: SequenceNumber) throws(StoreError) -> String? {
        try students().first { $0.state.sequenceNumber == number }?.number
    }

    /// The student with this ordinal, nil when there is none.
    public func student(ordinal: Int) throws(StoreError) -> StudentRecord? {
        try students(after: ordinal - 1, limit: 1).first.flatMap { $0.ordinal == ordinal ? $0 : nil }
    }

    /// Every student, in import order, read a page of `pageSize` at a time and handed to `body` one by one.
    public func forEachStudent(pageSize: Int = 2_000, _ body: (StudentRecord) throws -> Void) throws {
        var after = 0
        while true {
            let page = try students(after: after, limit: pageSize)
            guard let last = page.last else { return }
            for record in page { try body(record) }
            after = last.ordinal
        }
    }

    public func insert(_ batch: [(record: StudentRecord, event: CampaignEvent)]) throws(StoreError) -> [Int?] {
        var ordinals: [Int?] = []
        ordinals.reserveCapacity(batch.count)
        for (record, event) in batch { ordinals.append(try insert(record, event: event)?.ordinal) }
        return ordinals
    }
}

extension CampaignIdentity {
    /// Whether two identities name the same campaign; the capture start may move with a config's dates
    /// without making it another campaign.
    public func isSameCampaign(as other: CampaignIdentity) -> Bool {
        institution == other.institution && cohort == other.cohort && graduationYear == other.graduationYear
    }
}

import TucaiKernel

/// A campaign store in memory, for tests of the engine: it keeps every requirement of `CampaignStore`
/// (checked by `CampaignStoreConformance`), and a transaction is a snapshot restored when the body throws.
public final class InMemoryCampaignStore: CampaignStore {
    private struct Contents {
        var identity: CampaignIdentity?
        var records: [StudentRecord] = []
        var indexByNumber: [String: Int] = [:]
        var histories: [String: [CampaignEvent]] = [:]
        var eventCount = 0
        var payments: [Payment] = []
        var paymentIndex: [String: Int] = [:]
        var sequenceHolders: [SequenceNumber: String] = [:]
        var inputRows: [InputRow] = []
        var inputRowKeys: Set<String> = []
        var stationEntries: [StationEntry] = []
    }

    /// The campaign's secret, drawn when the store is made; signing keys are derived from it per purpose.
    private let secret: [UInt8] = (0..<32).map { _ in UInt8.random(in: 0...255) }

    private var contents = Contents()

    public init() {}

    public func identity() throws(StoreError) -> CampaignIdentity? { contents.identity }

    public func claim(_ identity: CampaignIdentity) throws(StoreError) {
        if let stored = contents.identity {
            guard stored.isSameCampaign(as: identity) else { throw .wrongCampaign(stored: stored, requested: identity) }
            return
        }
        contents.identity = identity
    }

    /// A nested transaction snapshots too, as SQLite's savepoints do: when its body throws, its writes are
    /// undone and the outer transaction may go on.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        let saved = contents
        do {
            return try body()
        } catch {
            contents = saved
            throw error
        }
    }

    public func insert(_ record: StudentRecord, event: CampaignEvent) throws(StoreError) -> StudentRecord? {
        guard contents.indexByNumber[record.number] == nil else { return nil }
        if let number = record.state.sequenceNumber, let holder = contents.sequenceHolders[number] {
            throw .duplicateSequenceNumber(number, heldBy: holder)
        }
        var stored = record
        stored.ordinal = (contents.records.last?.ordinal ?? 0) + 1
        contents.indexByNumber[record.number] = contents.records.count
        contents.records.append(stored)
        contents.histories[record.number, default: []].append(event)
        contents.eventCount += 1
        if let number = record.state.sequenceNumber { contents.sequenceHolders[number] = record.number }
        return stored
    }

    public func students() throws(StoreError) -> [StudentRecord] { contents.records }

    /// Records are kept in ordinal order: a page starts where a binary search finds it.
    public func students(after ordinal: Int, limit: Int) throws(StoreError) -> [StudentRecord] {
        let records = contents.records
        var low = records.startIndex, high = records.endIndex
        while low < high {
            let middle = (low + high) / 2
            if records[middle].ordinal > ordinal { high = middle } else { low = middle + 1 }
        }
        return Array(records[low..<min(low + max(0, limit), records.endIndex)])
    }

    public func student(number: String) throws(StoreError) -> StudentRecord? {
        contents.indexByNumber[number].map { contents.records[$0] }
    }

    public func save(_ record: StudentRecord, events: [CampaignEvent]) throws(StoreError) {
        guard let index = contents.indexByNumber[record.number] else { throw .unknownStudent(record.number) }
        let old = contents.records[index]
        if let number = record.state.sequenceNumber, let holder = contents.sequenceHolders[number], holder != record.number {
            throw .duplicateSequenceNumber(number, heldBy: holder)
        }
        if let number = old.state.sequenceNumber, number != record.state.sequenceNumber {
            contents.sequenceHolders[number] = nil
        }
        if let number = record.state.sequenceNumber { contents.sequenceHolders[number] = record.number }
        var stored = old
        stored.state = record.state
        contents.records[index] = stored
        contents.histories[record.number, default: []].append(contentsOf: events)
        contents.eventCount += events.count
    }

    public func history(of studentNumber: String) throws(StoreError) -> [CampaignEvent] {
        contents.histories[studentNumber] ?? []
    }

    public func eventCount() throws(StoreError) -> Int { contents.eventCount }

    public func insert(_ payment: Payment) throws(StoreError) {
        guard contents.paymentIndex[payment.id] == nil else { throw .duplicatePayment(payment.id) }
        contents.paymentIndex[payment.id] = contents.payments.count
        contents.payments.append(payment)
    }

    public func payment(id: String) throws(StoreError) -> Payment? {
        contents.paymentIndex[id].map { contents.payments[$0] }
    }

    public func payments() throws(StoreError) -> [Payment] { contents.payments }

    public func record(_ row: InputRow) throws(StoreError) {
        guard contents.inputRowKeys.insert("\(row.source)\u{1F}\(row.digest)\u{1F}\(row.line)").inserted else {
            throw .duplicateInputRow(source: row.source, line: row.line)
        }
        contents.inputRows.append(row)
    }

    public func inputRows() throws(StoreError) -> [InputRow] { contents.inputRows }

    public func signingKey(purpose: String) throws(StoreError) -> [UInt8] {
        // Not a cryptographic derivation: enough for tests that a key is stable and differs by purpose.
        var mix = SplitMix64(seed: purpose.utf8.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 })
        return secret.map { $0 ^ UInt8(truncatingIfNeeded: mix.next()) }
    }

    public func studentNumbers(withIDNumber idNumber: String) throws(StoreError) -> [String] {
        let wanted = idNumber.uppercased()
        return contents.records.filter { $0.student.idNumber?.uppercased() == wanted }.map(\.number)
    }

    public func holder(of number: SequenceNumber) throws(StoreError) -> String? { contents.sequenceHolders[number] }

    public func highestSequenceNumber(in series: String) throws(StoreError) -> Int? {
        contents.sequenceHolders.keys.filter { $0.series == series }.map(\.value).max()
    }

    public func record(_ entry: StationEntry) throws(StoreError) { contents.stationEntries.append(entry) }

    public func stationEntries() throws(StoreError) -> [StationEntry] { contents.stationEntries }
}

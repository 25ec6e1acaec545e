import Foundation
import TucaiDigest
import TucaiKernel
import TucaiStoreRows

/// A campaign kept in its own schema on a PostgreSQL server, which every station of the campaign reaches:
/// meets every requirement of `CampaignStore` with several stations (processes or machines) writing at once.
/// `PostgresSchema` says which constraint or lock gives each guarantee; the isolation level is READ COMMITTED.
///
/// Resident ID numbers are sealed as in SQLite (`IDNumberKey`), under a key file that stays on the stations'
/// machines (`PostgresLocation.keyPath`), never on the server: a dump of the server cannot read them nor forge a
/// slip. Every station of a campaign needs a copy of the same key file.
public final class PostgresCampaignStore: CampaignStore {
    public let location: PostgresLocation
    let db: PostgresConnection
    let idKey: IDNumberKey
    public var keyPath: String { idKey.path }
    private var depth = 0

    /// Opens the campaign at `location`, creating its schema when `create` is true and it does not exist, and
    /// brings the schema up to date. The key file is created when neither it nor the campaign has one yet;
    /// a campaign whose numbers are sealed does not open without its own key file.
    public init(location: PostgresLocation, create: Bool = true) throws(StoreError) {
        self.location = location
        do throws(PostgresError) {
            db = try PostgresConnection(conninfo: location.conninfo)
            // A quoted identifier: the name is checked to be letters, digits and _ (`PostgresLocation`).
            try db.execute("SET search_path TO \"\(location.campaign)\"")
            try Self.migrate(db, campaign: location.campaign, create: create)
        } catch {
            throw .unavailable("\(location): \(error.message)")
        }
        idKey = try Self.key(db, location: location)
    }

    private static func migrate(_ db: PostgresConnection, campaign: String, create: Bool) throws(PostgresError) {
        try db.execute("BEGIN")
        do throws(PostgresError) {
            // Stations opening a new campaign at once: one creates it, the others wait and find it made.
            _ = try db.query("SELECT pg_advisory_xact_lock($1::bigint)", [String(lockKey("schema", campaign))], prepare: false)
            if try db.text("SELECT 1 FROM pg_namespace WHERE nspname = $1", [campaign]) == nil {
                guard create else { throw PostgresError(state: nil, message: "no campaign '\(campaign)' in this database (run 'tucai campaign run' first)") }
                try db.execute("CREATE SCHEMA \"\(campaign)\"; CREATE TABLE schema_version (version integer NOT NULL); INSERT INTO schema_version VALUES (0)")
            }
            let version = Int(try db.text("SELECT version FROM schema_version") ?? "") ?? 0
            if version > PostgresSchema.version {
                throw PostgresError(state: nil, message: "written by a newer tucai (schema version \(version); this build reads up to \(PostgresSchema.version))")
            }
            for next in version..<PostgresSchema.version {
                try db.execute(PostgresSchema.migrations[next])
                try db.execute("UPDATE schema_version SET version = \(next + 1)")
            }
            try db.execute("COMMIT")
        } catch {
            try? db.execute("ROLLBACK")
            throw error
        }
    }

    /// The key file, checked against the fingerprint the campaign stores; the first opener records it.
    private static func key(_ db: PostgresConnection, location: PostgresLocation) throws(StoreError) -> IDNumberKey {
        func failed(_ error: PostgresError) -> StoreError { .unavailable("\(location): \(error.message)") }
        let stored: String?
        do throws(PostgresError) { stored = try db.text("SELECT fingerprint FROM id_number_key") } catch { throw failed(error) }
        let key: IDNumberKey
        do throws(IDNumberKey.Failure) {
            if let loaded = try IDNumberKey.load(path: location.keyPath) {
                key = loaded
            } else if stored != nil {
                throw IDNumberKey.Failure(message: "\(location.keyPath): missing; it is the key to the resident ID numbers sealed in \(location), "
                                          + "which cannot be read again without it: copy it from a station that has it, or from a backup")
            } else {
                key = try IDNumberKey.create(path: location.keyPath)
            }
        } catch {
            throw .unavailable(error.message)
        }
        var fingerprint = stored
        if fingerprint == nil {
            do throws(PostgresError) {
                _ = try db.query("INSERT INTO id_number_key (one, fingerprint) VALUES (1, $1) ON CONFLICT (one) DO NOTHING", [key.fingerprint])
                fingerprint = try db.text("SELECT fingerprint FROM id_number_key")
            } catch { throw failed(error) }
        }
        guard fingerprint == key.fingerprint else {
            throw .unavailable("\(location.keyPath): not the key of \(location); its ID numbers were sealed with another key file")
        }
        return key
    }

    /// A 64-bit advisory lock key for one thing of one campaign (FNV-1a), the same in every station.
    static func lockKey(_ what: String, _ campaign: String, _ detail: String = "") -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "tucai/\(campaign)/\(what)/\(detail)".utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return Int64(bitPattern: hash)
    }

    // MARK: identity

    public func identity() throws(StoreError) -> CampaignIdentity? {
        try run { () throws(PostgresError) -> CampaignIdentity? in
            let rows = try db.query("SELECT key, value FROM campaign")
            var values: [String: String] = [:]
            for i in 0..<rows.count { values[rows[i].text(0) ?? ""] = rows[i].text(1) }
            return CampaignRows.identity(from: values)
        }
    }

    public func claim(_ identity: CampaignIdentity) throws(StoreError) {
        if let stored = try self.identity() {
            guard stored.isSameCampaign(as: identity) else { throw .wrongCampaign(stored: stored, requested: identity) }
            return
        }
        try writing { () throws(PostgresError) in
            for (key, value) in CampaignRows.rows(of: identity) {
                _ = try db.query("INSERT INTO campaign (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING", [key, value])
            }
        }
        // Two stations claiming a new campaign at once: the first one's claim stands, the other is checked against it.
        if let stored = try self.identity(), !stored.isSameCampaign(as: identity) {
            throw .wrongCampaign(stored: stored, requested: identity)
        }
    }

    // MARK: transactions

    /// A transaction inside another is a savepoint, undone alone when its body throws.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        if depth > 0 {
            try run { () throws(PostgresError) in try db.execute("SAVEPOINT nested") }
            depth += 1
            let result: T
            do {
                result = try body()
            } catch {
                depth -= 1
                try? db.execute("ROLLBACK TO SAVEPOINT nested; RELEASE SAVEPOINT nested")
                throw error
            }
            depth -= 1
            try run { () throws(PostgresError) in try db.execute("RELEASE SAVEPOINT nested") }
            return result
        }
        try run { () throws(PostgresError) in try db.execute("BEGIN") }
        depth = 1
        do {
            let result = try body()
            depth = 0
            // A transaction in which a statement failed answers COMMIT with ROLLBACK, not an error.
            let tag = try run { () throws(PostgresError) in try db.commandTag("COMMIT") }
            guard tag == "COMMIT" else { throw StoreError.failed("\(location): the transaction was rolled back by the server") }
            return result
        } catch {
            depth = 0
            try? db.execute("ROLLBACK")
            throw error
        }
    }

    /// A write that is its own transaction unless one is open. No savepoint inside one: every refusable write
    /// is written so that the server refuses it without an error (`ON CONFLICT DO NOTHING`, a guarded UPDATE),
    /// and any other error leaves the whole transaction to be rolled back.
    private func writing<T>(_ body: () throws(PostgresError) -> T) throws(StoreError) -> T {
        do {
            if depth > 0 { return try body() }
            return try transaction { () throws -> T in try body() }
        } catch {
            throw storeError(error)
        }
    }

    /// Any error of a store call as the store's own.
    private func storeError(_ error: any Error) -> StoreError {
        switch error {
        case let error as StoreError: error
        case let error as PostgresError: .failed("\(location): \(error.message)")
        default: .failed("\(location): \(error)")
        }
    }

    private func run<T>(_ body: () throws(PostgresError) -> T) throws(StoreError) -> T {
        do { return try body() } catch { throw .failed("\(location): \(error.message)") }
    }

    // MARK: students

    private static let stateParameters = StudentRows.stateColumns.indices.map { index in
        "$\(index + 2)::\(PostgresSchema.type(of: StudentRows.stateColumns[index], in: "states"))"
    }
    private static let studentParameters = StudentRows.insertedColumns.indices.map { index in
        "$\(index + 1)::\(PostgresSchema.type(of: StudentRows.insertedColumns[index], in: "students"))"
    }
    private static let firstEventParameter = StudentRows.insertedColumns.count + StudentRows.stateColumns.count + 1

    /// One round trip: the student row, its state (taking the new ordinal) and its first event, or nothing
    /// when the number is already stored. The state's parameters are numbered after the student's.
    private static let insertStudent: String = {
        let stateOffset = StudentRows.insertedColumns.count - 1
        let stateValues = StudentRows.stateColumns.indices.map { index in
            "$\(index + 2 + stateOffset)::\(PostgresSchema.type(of: StudentRows.stateColumns[index], in: "states"))"
        }
        let e = firstEventParameter
        return """
            WITH s AS (INSERT INTO students (\(StudentRows.insertedColumns.joined(separator: ", ")))
                       VALUES (\(studentParameters.joined(separator: ", "))) ON CONFLICT (student_number) DO NOTHING RETURNING ordinal),
                 t AS (INSERT INTO states (ordinal, \(StudentRows.stateColumns.joined(separator: ", ")))
                       SELECT ordinal, \(stateValues.joined(separator: ", ")) FROM s RETURNING ordinal),
                 e AS (INSERT INTO events (student, at, kind, detail) SELECT ordinal, $\(e)::bigint, $\(e + 1)::text, $\(e + 2)::text FROM t)
            SELECT ordinal FROM s
            """
    }()

    public func insert(_ record: StudentRecord, event: CampaignEvent) throws(StoreError) -> StudentRecord? {
        let parameters = PostgresParameters(count: Self.firstEventParameter + 2)
        StudentRows.bindNew(record, to: parameters, key: idKey)
        StudentRows.bindState(record, to: parameters, from: Int32(StudentRows.insertedColumns.count + 1))
        parameters.bind(Int32(Self.firstEventParameter), event.at.unixSeconds)
        parameters.bind(Int32(Self.firstEventParameter + 1), event.change.kind)
        parameters.bind(Int32(Self.firstEventParameter + 2), event.change.detail)
        let insert = { () throws(PostgresError) -> StudentRecord? in
            let rows = try self.db.query(Self.insertStudent, parameters.values)
            guard rows.count == 1, let ordinal = rows[0].int(0) else { return nil }
            var stored = record
            stored.ordinal = ordinal
            return stored
        }
        guard let number = record.state.sequenceNumber else { return try writing(insert) }
        // A new student that already holds a number (rare: a merge) may clash with another's: the state row is
        // then refused by the unique index, which aborts whatever it is in, so it goes in a savepoint.
        if let holder = try holder(of: number, other: record.number) { throw .duplicateSequenceNumber(number, heldBy: holder) }
        do {
            return try transaction { () throws -> StudentRecord? in try insert() }
        } catch let error as PostgresError where error.isUniqueViolation {
            throw .duplicateSequenceNumber(number, heldBy: try holder(of: number, other: record.number) ?? "another station's student")
        } catch {
            throw storeError(error)
        }
    }

    /// A roster's students in one round trip: every column of every row as one array parameter, unnested and
    /// cast to its column's type; the students, their states and first events written as `insertStudent` writes
    /// one, in the order given, a number already stored skipped.
    private static let insertStudents: String = {
        let columns = StudentRows.insertedColumns + StudentRows.stateColumns + ["event_at", "event_kind", "event_detail"]
        let names = columns.indices.map { "c\($0)" }
        let types = StudentRows.insertedColumns.map { PostgresSchema.type(of: $0, in: "students") }
            + StudentRows.stateColumns.map { PostgresSchema.type(of: $0, in: "states") } + ["bigint", "text", "text"]
        func value(_ index: Int) -> String { "i.\(names[index])::\(types[index])" }
        let states = StudentRows.insertedColumns.count
        let event = states + StudentRows.stateColumns.count
        return """
            WITH i AS (SELECT * FROM unnest(\(names.indices.map { "$\($0 + 1)::text[]" }.joined(separator: ", ")))
                       WITH ORDINALITY AS i(\(names.joined(separator: ", ")), n)),
                 s AS (INSERT INTO students (\(StudentRows.insertedColumns.joined(separator: ", ")))
                       SELECT \((0..<states).map(value).joined(separator: ", ")) FROM i ORDER BY i.n
                       ON CONFLICT (student_number) DO NOTHING RETURNING ordinal, student_number),
                 t AS (INSERT INTO states (ordinal, \(StudentRows.stateColumns.joined(separator: ", ")))
                       SELECT s.ordinal, \((states..<event).map(value).joined(separator: ", ")) FROM s JOIN i ON i.c0 = s.student_number),
                 e AS (INSERT INTO events (student, at, kind, detail)
                       SELECT s.ordinal, \(value(event)), \(value(event + 1)), \(value(event + 2)) FROM s JOIN i ON i.c0 = s.student_number
                       ORDER BY s.ordinal)
            SELECT student_number, ordinal FROM s
            """
    }()

    public func insert(_ batch: [(record: StudentRecord, event: CampaignEvent)]) throws(StoreError) -> [Int?] {
        // A student who already holds a number goes alone, where a clash is named (`insert(_:event:)`).
        guard batch.count > 1, batch.allSatisfy({ $0.record.state.sequenceNumber == nil }),
              Set(batch.map(\.record.number)).count == batch.count else {
            var ordinals: [Int?] = []
            for (record, event) in batch { ordinals.append(try insert(record, event: event)?.ordinal) }
            return ordinals
        }
        let width = Self.firstEventParameter + 2
        var columns = Array(repeating: [String?](), count: width)
        for (record, event) in batch {
            let row = PostgresParameters(count: width)
            StudentRows.bindNew(record, to: row, key: idKey)
            StudentRows.bindState(record, to: row, from: Int32(StudentRows.insertedColumns.count + 1))
            row.bind(Int32(Self.firstEventParameter), event.at.unixSeconds)
            row.bind(Int32(Self.firstEventParameter + 1), event.change.kind)
            row.bind(Int32(Self.firstEventParameter + 2), event.change.detail)
            for (column, value) in row.values.enumerated() { columns[column].append(value) }
        }
        let ordinals = try writing { () throws(PostgresError) -> [String: Int] in
            let rows = try db.query(Self.insertStudents, columns.map { PostgresArray.texts($0) })
            var ordinals: [String: Int] = [:]
            for i in 0..<rows.count { if let number = rows[i].text(0), let ordinal = rows[i].int(1) { ordinals[number] = ordinal } }
            return ordinals
        }
        return batch.map { record, _ in ordinals[record.number] }
    }

    /// Replaces the state and appends the events in one round trip. The UPDATE writes nothing when another
    /// student holds the number, which the server checks on the unique index.
    private static let saveStudent: String = {
        let series = StudentRows.stateColumns.firstIndex(of: "sequence_series")! + 2
        let value = StudentRows.stateColumns.firstIndex(of: "sequence_value")! + 2
        let e = StudentRows.stateColumns.count + 2
        return """
            WITH u AS (UPDATE states SET \(StudentRows.stateColumns.indices.map { "\(StudentRows.stateColumns[$0]) = \(stateParameters[$0])" }.joined(separator: ", "))
                       WHERE ordinal = $1::bigint AND NOT EXISTS (SELECT 1 FROM states o WHERE o.sequence_series = $\(series)::text
                             AND o.sequence_value = $\(value)::bigint AND o.ordinal <> $1::bigint)
                       RETURNING ordinal),
                 e AS (INSERT INTO events (student, at, kind, detail)
                       SELECT u.ordinal, x.at, x.kind, x.detail FROM u
                       CROSS JOIN unnest($\(e)::bigint[], $\(e + 1)::text[], $\(e + 2)::text[]) WITH ORDINALITY AS x(at, kind, detail, n)
                       ORDER BY x.n)
            SELECT count(*) FROM u
            """
    }()

    public func save(_ record: StudentRecord, events: [CampaignEvent]) throws(StoreError) {
        let ordinal = try record.ordinal > 0 ? record.ordinal : ordinalOf(record.number)
        guard let ordinal else { throw .unknownStudent(record.number) }
        let parameters = PostgresParameters(count: StudentRows.stateColumns.count + 4)
        parameters.bind(1, ordinal)
        StudentRows.bindState(record, to: parameters, from: 2)
        let e = Int32(StudentRows.stateColumns.count + 2)
        parameters.bind(e, PostgresArray.integers(events.map(\.at.unixSeconds)))
        parameters.bind(e + 1, PostgresArray.texts(events.map(\.change.kind)))
        parameters.bind(e + 2, PostgresArray.texts(events.map(\.change.detail)))
        let updated = try writing { () throws(PostgresError) -> Bool in
            try db.query(Self.saveStudent, parameters.values)[0].int(0) == 1
        }
        guard !updated else { return }
        if let number = record.state.sequenceNumber, let holder = try holder(of: number, other: record.number) {
            throw .duplicateSequenceNumber(number, heldBy: holder)
        }
        throw .unknownStudent(record.number)
    }

    private func holder(of number: SequenceNumber, other student: String) throws(StoreError) -> String? {
        try run { () throws(PostgresError) -> String? in
            try db.text("SELECT student_number FROM students JOIN states USING (ordinal) WHERE sequence_series = $1 AND sequence_value = $2::bigint AND student_number <> $3",
                        [number.series, String(number.value), student])
        }
    }

    private func ordinalOf(_ number: String) throws(StoreError) -> Int? {
        try run { () throws(PostgresError) -> Int? in
            try db.text("SELECT ordinal FROM students WHERE student_number = $1", [number]).flatMap { Int($0) }
        }
    }

    private func records(_ rows: PostgresRows) throws(StoreError) -> [StudentRecord] {
        var records: [StudentRecord] = []
        records.reserveCapacity(rows.count)
        for i in 0..<rows.count {
            do throws(UnreadableRow) { records.append(try StudentRows.read(rows[i], key: idKey)) } catch {
                throw .failed("\(location): \(error.description)")
            }
        }
        return records
    }

    public func students() throws(StoreError) -> [StudentRecord] {
        try records(try run { () throws(PostgresError) in try db.query(StudentRows.select + " ORDER BY ordinal") })
    }

    /// Inside a transaction the page's state rows are locked until it ends, as `student(number:)`'s are: the
    /// caller works through the page and saves it.
    public func students(after ordinal: Int, limit: Int) throws(StoreError) -> [StudentRecord] {
        try records(try run { () throws(PostgresError) in
            try db.query(StudentRows.select + " WHERE ordinal > $1 ORDER BY ordinal LIMIT $2" + (depth > 0 ? " FOR UPDATE OF states" : ""),
                         [String(ordinal), String(max(0, limit))])
        })
    }

    public func students(after ordinal: Int, limit: Int, where filter: StudentFilter) throws(StoreError) -> [StudentRecord] {
        try records(try run { () throws(PostgresError) in
            try db.query(StudentRows.select + " WHERE ordinal > $1 AND \(StudentRows.condition(filter)) ORDER BY ordinal LIMIT $2"
                            + (depth > 0 ? " FOR UPDATE OF states" : ""), [String(ordinal), String(max(0, limit))])
        })
    }

    public func studentCount(where filter: StudentFilter) throws(StoreError) -> Int {
        try run { () throws(PostgresError) in Int(try db.text("SELECT count(*) FROM states WHERE \(StudentRows.condition(filter))") ?? "0") ?? 0 }
    }

    public func holder(of number: SequenceNumber) throws(StoreError) -> String? {
        try run { () throws(PostgresError) in
            try db.text("SELECT student_number FROM students JOIN states USING (ordinal) WHERE sequence_series = $1 AND sequence_value = $2",
                        [number.series, String(number.value)])
        }
    }

    /// Inside a transaction the student's state row is locked (`FOR UPDATE`) until it ends: a station that
    /// reads a student to change it holds it, and a second station scanning the same student waits for the
    /// first one's commit and reads what it wrote, so neither update is lost.
    public func student(number: String) throws(StoreError) -> StudentRecord? {
        let sql = StudentRows.select + " WHERE student_number = $1" + (depth > 0 ? " FOR UPDATE OF states" : "")
        return try records(try run { () throws(PostgresError) in try db.query(sql, [number]) }).first
    }

    private static func event(_ row: PostgresRow, student: String, offset: Int32) -> CampaignEvent? {
        let at = Moment(unixSeconds: row.int(offset) ?? 0)
        guard let change = CampaignEvent.Change(kind: row.text(offset + 1) ?? "", detail: row.text(offset + 2) ?? "", at: at) else { return nil }
        return CampaignEvent(student, at: at, change)
    }

    public func history(of studentNumber: String) throws(StoreError) -> [CampaignEvent] {
        let rows = try run { () throws(PostgresError) in
            try db.query("SELECT at, kind, detail FROM events WHERE student = (SELECT ordinal FROM students WHERE student_number = $1) ORDER BY id", [studentNumber])
        }
        var events: [CampaignEvent] = []
        for i in 0..<rows.count {
            guard let event = Self.event(rows[i], student: studentNumber, offset: 0) else {
                throw .failed("\(location): event of unknown kind '\(rows[i].text(1) ?? "")' for student \(studentNumber)")
            }
            events.append(event)
        }
        return events
    }

    /// The whole history of the campaign, in the order written, each event with its student's number.
    public func events() throws(StoreError) -> [CampaignEvent] {
        let rows = try run { () throws(PostgresError) in
            try db.query("SELECT student_number, at, kind, detail FROM events JOIN students ON students.ordinal = events.student ORDER BY id")
        }
        var events: [CampaignEvent] = []
        for i in 0..<rows.count {
            guard let event = Self.event(rows[i], student: rows[i].text(0) ?? "", offset: 1) else {
                throw .failed("\(location): event of unknown kind '\(rows[i].text(2) ?? "")'")
            }
            events.append(event)
        }
        return events
    }

    public func studentCount() throws(StoreError) -> Int {
        try run { () throws(PostgresError) in Int(try db.text("SELECT count(*) FROM students") ?? "0") ?? 0 }
    }

    public func eventCount() throws(StoreError) -> Int {
        try run { () throws(PostgresError) in Int(try db.text("SELECT count(*) FROM events") ?? "0") ?? 0 }
    }

    // MARK: payments

    private static let paymentSeparator = "\u{1F}"

    public func insert(_ payment: Payment) throws(StoreError) {
        let inserted = try writing { () throws(PostgresError) -> Bool in
            try db.query("INSERT INTO payments (id, amount_fen, at, students, class_name, channel, owed_back) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING",
                         [payment.id, String(payment.amount.fen), String(payment.at.unixSeconds),
                          payment.students.joined(separator: Self.paymentSeparator), payment.className, payment.channel, payment.owedBack]).changed == 1
        }
        if !inserted { throw .duplicatePayment(payment.id) }
    }

    private static let selectPayments = "SELECT id, amount_fen, at, students, class_name, channel, owed_back FROM payments"

    private static func payment(_ s: PostgresRow) -> Payment {
        let students = (s.text(3) ?? "").split(separator: Character(paymentSeparator), omittingEmptySubsequences: true).map(String.init)
        return Payment(id: s.text(0) ?? "", amount: Money(fen: s.int(1) ?? 0), at: Moment(unixSeconds: s.int(2) ?? 0),
                       students: students, className: s.text(4), channel: s.text(5), owedBack: s.text(6))
    }

    /// Inside a transaction, first takes the receipt's advisory lock, held to the transaction's end: a second
    /// station holding the same receipt waits until the first one's transaction ends, then reads what it stored
    /// (a new statement under READ COMMITTED), instead of inserting it again and being refused.
    public func payment(id: String) throws(StoreError) -> Payment? {
        let rows = try run { () throws(PostgresError) in
            if depth > 0 { _ = try db.query("SELECT pg_advisory_xact_lock($1::bigint)", [String(Self.lockKey("payment", location.campaign, id))]) }
            return try db.query(Self.selectPayments + " WHERE id = $1", [id])
        }
        return rows.count > 0 ? Self.payment(rows[0]) : nil
    }

    public func payments() throws(StoreError) -> [Payment] {
        let rows = try run { () throws(PostgresError) in try db.query(Self.selectPayments + " ORDER BY seq") }
        return (0..<rows.count).map { Self.payment(rows[$0]) }
    }

    public func forEachPayment(_ body: (Payment) throws -> Void) throws { try forEachPayment(pageSize: 10_000, body) }

    /// A page at a time, each page after the last one's `seq`: a national campaign's payments are read in the
    /// memory of a page. The body must not write to this store.
    public func forEachPayment(pageSize: Int, _ body: (Payment) throws -> Void) throws {
        var after = 0
        while true {
            let rows = try run { () throws(PostgresError) in
                try db.query("SELECT id, amount_fen, at, students, class_name, channel, owed_back, seq FROM payments WHERE seq > $1::bigint ORDER BY seq LIMIT $2::bigint",
                             [String(after), String(max(1, pageSize))])
            }
            guard rows.count > 0 else { return }
            for i in 0..<rows.count { try body(Self.payment(rows[i])) }
            after = rows[rows.count - 1].int(7) ?? Int.max
        }
    }

    // MARK: input rows

    public func record(_ row: InputRow) throws(StoreError) {
        let inserted = try writing { () throws(PostgresError) -> Bool in
            try db.query("INSERT INTO input_rows (source, digest, line, refusal) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
                         [row.source, PhotoCapture.storedDigest(row.digest), String(row.line), row.refusal]).changed == 1
        }
        if !inserted { throw .duplicateInputRow(source: row.source, line: row.line) }
    }

    public func inputRows() throws(StoreError) -> [InputRow] {
        let rows = try run { () throws(PostgresError) in try db.query("SELECT source, digest, line, refusal FROM input_rows ORDER BY seq") }
        return (0..<rows.count).map { i in
            InputRow(source: rows[i].text(0) ?? "", digest: PhotoCapture.digest(fromStored: rows[i].text(1) ?? ""),
                     line: rows[i].int(2) ?? 0, refusal: rows[i].text(3))
        }
    }

    // MARK: stations

    public func signingKey(purpose: String) throws(StoreError) -> [UInt8] { idKey.derived(purpose: purpose) }

    public func studentNumbers(withIDNumber idNumber: String) throws(StoreError) -> [String] {
        let rows = try run { () throws(PostgresError) in
            try db.query("SELECT student_number FROM students WHERE id_lookup = $1 ORDER BY ordinal", [idKey.lookupHash(of: idNumber)])
        }
        return (0..<rows.count).map { rows[$0].text(0) ?? "" }
    }

    /// Inside a transaction, first takes the series' advisory lock, held to the transaction's end: the next
    /// station asking waits until this one has committed the number it issues, and then (a new statement under
    /// READ COMMITTED) reads it. Numbers are therefore issued one at a time per series, without gaps, and a
    /// station is never refused a number because another station's transaction was half-way.
    public func highestSequenceNumber(in series: String) throws(StoreError) -> Int? {
        try run { () throws(PostgresError) -> Int? in
            if depth > 0 {
                _ = try db.query("SELECT pg_advisory_xact_lock($1::bigint)", [String(Self.lockKey("series", location.campaign, series))])
            }
            return try db.text("SELECT max(sequence_value) FROM states WHERE sequence_series = $1 AND sequence_value IS NOT NULL", [series])
                .flatMap { Int($0) }
        }
    }

    public func record(_ entry: StationEntry) throws(StoreError) {
        try writing { () throws(PostgresError) in
            _ = try db.query("INSERT INTO station_log (station, at, kind, student, frame, camera_at, file, sha256, note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                             [entry.station, String(entry.unixSeconds), entry.kind.rawValue, entry.student, entry.frame.map { String($0) },
                              entry.cameraSeconds.map { String($0) }, entry.file, entry.sha256.map(PhotoCapture.storedDigest), entry.note])
        }
    }

    public func stationEntries() throws(StoreError) -> [StationEntry] {
        let rows = try run { () throws(PostgresError) in
            try db.query("SELECT station, at, kind, student, frame, camera_at, file, sha256, note FROM station_log ORDER BY seq")
        }
        return (0..<rows.count).compactMap { i in
            let s = rows[i]
            guard let kind = s.text(2).flatMap(StationEntry.Kind.init(rawValue:)) else { return nil }
            return StationEntry(station: s.text(0) ?? "", unixSeconds: s.int(1) ?? 0, kind: kind, student: s.text(3),
                                frame: s.int(4), cameraSeconds: s.int(5), file: s.text(6),
                                sha256: s.text(7).map(PhotoCapture.digest(fromStored:)), note: s.text(8) ?? "")
        }
    }
}

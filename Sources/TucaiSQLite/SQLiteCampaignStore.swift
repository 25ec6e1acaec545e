import CSQLite
import Foundation
import TucaiDigest
import TucaiKernel
import TucaiStoreRows

/// A campaign kept in one SQLite file: WAL mode, every write in a transaction, the schema versioned by
/// `PRAGMA user_version` (see `SQLiteSchema`), students with their current state in one table and the
/// append-only history beside them. Meets every requirement of `CampaignStore`.
///
/// With WAL a reader (`tucai reconcile`) can look at a campaign while it runs. `Durability.full` (the default)
/// syncs the log at every commit, so a commit survives a power cut; `.normal` survives a killed process but
/// may lose the last commits on a power cut, and is faster for many small transactions.
///
/// Resident ID numbers are sealed (AES-256-GCM) under a key file kept outside the database, by default
/// `<path>.key` beside it (`IDNumberKey`): the clear `id_number` column stays empty. `students()` and
/// `student(number:)` open them again, so the engine and the reports work as before and mask them when they
/// show them; nothing the store writes holds a number in clear.
public final class SQLiteCampaignStore: CampaignStore {
    public enum Durability: Sendable { case full, normal }

    public let path: String
    let db: SQLiteConnection
    /// Seals and opens the ID numbers of this database.
    let idKey: IDNumberKey
    /// The key file.
    public var keyPath: String { idKey.path }
    /// Rows this store has inserted or updated since it was opened, for the benchmark's account of the work.
    public private(set) var rowsWritten = 0
    private var depth = 0

    /// Opens the campaign database at `path`, creating it when `create` is true and it does not exist, and
    /// brings its schema up to date. The ID number key is read from `keyPath` (default: `<path>.key`); a new
    /// database, or one from before ID numbers were sealed, gets a new key file there (mode 0600) when there is
    /// none. A database whose numbers are sealed does not open without its key file.
    public init(path: String, create: Bool = true, durability: Durability = .full, keyPath: String? = nil) throws(StoreError) {
        self.path = path
        if !create, !FileManager.default.fileExists(atPath: path) {
            throw .unavailable("\(path): no campaign database (run 'tucai campaign run' or 'tucai roster import' first)")
        }
        func unavailable(_ error: SQLiteError) -> StoreError {
            .unavailable("\(path): \(error.message == "file is not a database" ? "not a campaign database (\(error.message))" : error.message)")
        }
        let version: Int
        do throws(SQLiteError) {
            db = try Self.connect(path: path, create: create, durability: durability)
            version = try Self.campaignVersion(db)
        } catch {
            throw unavailable(error)
        }
        do throws(IDNumberKey.Failure) {
            idKey = try Self.idNumberKey(at: keyPath ?? IDNumberKey.defaultPath(forDatabase: path), database: path,
                                         sealed: version >= SQLiteSchema.sealedIDNumbersVersion)
        } catch {
            throw .unavailable(error.message)
        }
        do throws(SQLiteError) {
            try migrate(from: version)
        } catch {
            throw unavailable(error)
        }
        try checkKeyFingerprint()
    }

    /// A connection with the store's settings: WAL, the durability asked for, a 64 MB page cache.
    static func connect(path: String, create: Bool, durability: Durability) throws(SQLiteError) -> SQLiteConnection {
        let db = try SQLiteConnection(path: path, create: create)
        let mode = try db.text("PRAGMA journal_mode = WAL")
        guard mode?.lowercased() == "wal" else { throw SQLiteError(code: SQLITE_ERROR, message: "cannot switch to WAL mode (\(mode ?? "?"))") }
        try db.execute("PRAGMA synchronous = \(durability == .full ? "FULL" : "NORMAL"); PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY")
        return db
    }

    /// The schema version of a file that is a campaign database (or an empty file), checked readable.
    private static func campaignVersion(_ db: SQLiteConnection) throws(SQLiteError) -> Int {
        let version = try db.integer("PRAGMA user_version") ?? 0
        if version > SQLiteSchema.version {
            throw SQLiteError(code: SQLITE_ERROR, message: "written by a newer tucai (schema version \(version); this build reads up to \(SQLiteSchema.version))")
        }
        if version == 0, (try db.integer("SELECT count(*) FROM sqlite_master") ?? 0) > 0 {
            throw SQLiteError(code: SQLITE_ERROR, message: "a SQLite database, but not a campaign database")
        }
        return version
    }

    private func migrate(from version: Int) throws(SQLiteError) {
        var sealed = 0
        for next in version..<SQLiteSchema.version {
            try db.execute("BEGIN IMMEDIATE")
            do {
                try db.execute(SQLiteSchema.migrations[next])
                if SQLiteSchema.migrations[next] == SQLiteSchema.sealedIDNumbers { sealed = try sealStoredIDNumbers() }
                try db.execute("PRAGMA user_version = \(next + 1)")
                try db.execute("COMMIT")
            } catch {
                try? db.execute("ROLLBACK")
                throw error
            }
        }
        if sealed > 0 { try forgetClearIDNumbers() }
    }

    /// The schema version of the open database.
    public func schemaVersion() throws(StoreError) -> Int {
        try run { () throws(SQLiteError) in try db.integer("PRAGMA user_version") ?? 0 }
    }

    // MARK: identity

    public func identity() throws(StoreError) -> CampaignIdentity? {
        try run { () throws(SQLiteError) -> CampaignIdentity? in
            let statement = try db.statement("SELECT key, value FROM campaign")
            var values: [String: String] = [:]
            while try statement.next() { values[statement.text(0) ?? ""] = statement.text(1) }
            return CampaignRows.identity(from: values)
        }
    }

    public func claim(_ identity: CampaignIdentity) throws(StoreError) {
        if let stored = try self.identity() {
            guard stored.isSameCampaign(as: identity) else { throw .wrongCampaign(stored: stored, requested: identity) }
            return
        }
        try writing { () throws(SQLiteError) in
            let statement = try db.statement("INSERT INTO campaign (key, value) VALUES (?, ?)")
            for (key, value) in CampaignRows.rows(of: identity) {
                statement.bind(1, key); statement.bind(2, value)
                try statement.run()
            }
        }
    }

    // MARK: transactions

    /// A transaction inside another is a savepoint: when its body throws, what it wrote is undone and the
    /// outer transaction may go on, so a store call that fails halfway (a student row whose state was
    /// refused) leaves nothing behind even inside a caller's batch.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        if depth > 0 {
            try run { () throws(SQLiteError) in try reused(.savepoint, "SAVEPOINT nested").run() }
            depth += 1
            let result: T
            do {
                result = try body()
            } catch {
                depth -= 1
                // ROLLBACK TO keeps the savepoint open; RELEASE then ends it, leaving the outer transaction as it was.
                try? db.execute("ROLLBACK TO nested; RELEASE nested")
                forgetStoredRows()
                throw error
            }
            depth -= 1
            try run { () throws(SQLiteError) in try reused(.release, "RELEASE nested").run() }
            return result
        }
        try run { () throws(SQLiteError) in try db.execute("BEGIN IMMEDIATE") }
        depth = 1
        // Another connection (a second station) committed since this one last looked: what `numbers` and
        // `states` remember of the stored rows may be out of date.
        let version = try? db.integer("PRAGMA data_version")
        commitsByOthers = version
        if version == nil || version != dataVersion {
            dataVersion = version ?? -1
            forgetStoredRows()
        }
        do {
            let result = try body()
            depth = 0
            try run { () throws(SQLiteError) in try db.execute("COMMIT") }
            return result
        } catch {
            depth = 0
            try? db.execute("ROLLBACK")
            forgetStoredRows()
            // What a caller remembers of this transaction is now ahead of the file: the next one reads again.
            dataVersion = -1
            throw error
        }
    }

    /// A write that is its own transaction unless one is open. Inside one it is a savepoint when
    /// `firstStatementDecides` is false: a write whose later statement can be refused (an insert's state row
    /// after its student row) must take the earlier ones back. A write whose only refusable statement is its
    /// first, or that has none, (SQLite undoes a failed statement by itself) skips the savepoint, which would cost a fifth of
    /// every save: what can fail after that first statement is I/O, after which the engine is discarded and
    /// its transaction rolled back.
    private func writing<T>(firstStatementDecides: Bool = false, _ body: () throws(SQLiteError) -> T) throws(StoreError) -> T {
        do {
            if firstStatementDecides, depth > 0 { return try body() }
            return try transaction { () throws -> T in try body() }
        } catch {
            // SQLite may have rolled the whole transaction back by itself (I/O, a full disk): what this connection
            // remembers of its rows is trusted no more. A refused statement only costs the next save a full row.
            forgetStoredRows()
            if let named = clash {
                clash = nil
                throw named
            }
            if let error = error as? StoreError { throw error }
            throw .failed("\(path): \((error as? SQLiteError)?.message ?? "\(error)")")
        }
    }

    private func run<T>(_ body: () throws(SQLiteError) -> T) throws(StoreError) -> T {
        do { return try body() } catch { throw .failed("\(path): \(error.message)") }
    }

    // MARK: students

    static let insertStudent = "INSERT INTO students (" + StudentRows.insertedColumns.joined(separator: ", ") + ") VALUES ("
        + Array(repeating: "?", count: StudentRows.insertedColumns.count).joined(separator: ", ")
        + ") ON CONFLICT (student_number) DO NOTHING"
    static let insertState = "INSERT INTO states (ordinal, " + StudentRows.stateColumns.joined(separator: ", ") + ") VALUES ("
        + Array(repeating: "?", count: StudentRows.stateColumns.count + 1).joined(separator: ", ") + ")"

    public func insert(_ record: StudentRecord, event: CampaignEvent) throws(StoreError) -> StudentRecord? {
        try writing(firstStatementDecides: !Self.refusable(record)) { () throws(SQLiteError) -> StudentRecord? in
            try inserting(record, event: event).map { ordinal in
                var stored = record
                stored.ordinal = ordinal
                return stored
            }
        }
    }

    /// The batch in one savepoint rather than one each: a savepoint and its release cost as much as the rows.
    /// An import's batch needs none (see `refusable`), and would pay for one dearly: inside a savepoint SQLite
    /// copies each page the batch first touches to its sub-journal, and a batch touches most of the indexes.
    public func insert(_ batch: [(record: StudentRecord, event: CampaignEvent)]) throws(StoreError) -> [Int?] {
        try writing(firstStatementDecides: !batch.contains { Self.refusable($0.record) }) { () throws(SQLiteError) -> [Int?] in
            var ordinals: [Int?] = []
            ordinals.reserveCapacity(batch.count)
            for (record, event) in batch { ordinals.append(try inserting(record, event: event)) }
            return ordinals
        }
    }

    /// Whether SQLite can refuse a new student's rows after its student row is written: only its state's row
    /// can be refused, for a sequence number another student holds. (A number already stored skips the student
    /// row rather than failing it; the state's ordinal is new and its other columns cannot clash.)
    private static func refusable(_ record: StudentRecord) -> Bool { record.state.sequenceNumber != nil }

    /// The ordinal the student is stored under; nil when its number is already stored.
    private func inserting(_ record: StudentRecord, event: CampaignEvent) throws(SQLiteError) -> Int? {
        let statement = try reused(.insertStudent, Self.insertStudent)
        Self.bindNewRow(record, to: statement, key: idKey)
        try statement.run()
        guard db.changes == 1 else { return nil }
        rowsWritten += 2
        let ordinal = Int(sqlite3_last_insert_rowid(db.handle))
        let state = try reused(.insertState, Self.insertState)
        state.bind(1, ordinal)
        StudentRows.bindState(record, to: state, from: 2)
        do throws(SQLiteError) { try state.run() } catch where error.isConstraint {
            throw try duplicateSequence(record) ?? error
        }
        remember(record.state.sequenceNumber, of: ordinal)
        try append([event], ordinal: ordinal)
        return ordinal
    }

    public func save(_ record: StudentRecord, events: [CampaignEvent]) throws(StoreError) {
        let ordinal = try record.ordinal > 0 ? record.ordinal : ordinalOf(record.number)
        guard let ordinal else { throw .unknownStudent(record.number) }
        let unknown: Bool = try writing(firstStatementDecides: true) { () throws(SQLiteError) -> Bool in
            let groups: StateColumns
            if let stored = states[ordinal] {
                // The stage is always set, so that the update names a column even when only events are appended.
                groups = StateColumns.changed(from: stored, to: record).union(.stage)
            } else {
                let keepsNumber = try storedNumber(ordinal) == .some(record.state.sequenceNumber)
                groups = keepsNumber ? StateColumns.all.subtracting(.sequence) : .all
            }
            let statement = try update(groups)
            statement.bind(1, ordinal)
            StudentRows.bindState(record, to: statement, from: 2, only: groups)
            do throws(SQLiteError) { try statement.run() } catch where error.isConstraint {
                throw try duplicateSequence(record) ?? error
            }
            guard db.changes == 1 else { return true }
            rowsWritten += 1
            remember(record.state.sequenceNumber, of: ordinal)
            remember(record.state, of: ordinal)
            try append(events, ordinal: ordinal)
            return false
        }
        if unknown { throw .unknownStudent(record.number) }
    }

    /// The update of the state's columns in `groups`, made once for each set of groups a save changes (a few
    /// dozen in a campaign). Leaving the sequence columns out leaves their unique index alone: most saves do
    /// not change the number, and maintaining the index on each would cost a fifth of the save.
    private func update(_ groups: StateColumns) throws(SQLiteError) -> SQLiteStatement {
        if let statement = updates[groups] { return statement }
        let statement = try db.statement("UPDATE states SET " + groups.names.enumerated().map { "\($1) = ?\($0 + 2)" }.joined(separator: ", ")
                                         + " WHERE ordinal = ?1")
        updates[groups] = statement
        return statement
    }

    /// One for each set of groups saved so far; tests read which.
    private(set) var updates: [StateColumns: SQLiteStatement] = [:]

    /// Statements the per-student paths run, kept by position: finding one by its text would hash a
    /// kilobyte of SQL for every student.
    private enum Reused: Int {
        // 0 … eventsPerStatement are the event inserts, by their number of rows.
        case insertStudent = 9, insertState, storedNumber, insertPayment, savepoint, release, page, holder
        // From here on, one page statement per filter, by the filter's place in `StudentFilter.allCases`.
        static let filteredPages = holder.rawValue + 1
    }

    private var reusedStatements: [SQLiteStatement?] = Array(repeating: nil, count: Reused.filteredPages + StudentFilter.allCases.count)

    private func reused(_ slot: Reused, _ sql: String) throws(SQLiteError) -> SQLiteStatement {
        try reused(slot.rawValue, sql)
    }

    private func reused(_ slot: Int, _ sql: String) throws(SQLiteError) -> SQLiteStatement {
        if let statement = reusedStatements[slot] { return statement }
        let statement = try db.statement(sql)
        reusedStatements[slot] = statement
        return statement
    }

    /// The sequence number each student holds in the database, as far as this store has seen it; cleared
    /// when a transaction rolls back, since what it saw may be undone.
    private var numbers: [Int: SequenceNumber?] = [:]
    /// `PRAGMA data_version` when `numbers` and `states` were last known to match the file. SQLite changes it when another
    /// connection commits, never for this connection's own commits.
    private var dataVersion = -1
    /// Requirement 15: `PRAGMA data_version` at the start of the current transaction, which SQLite changes when
    /// another connection commits and never for this connection's own commits.
    public private(set) var commitsByOthers: Int?

    /// The state each student's row holds, as this connection last read it inside a transaction or saved it,
    /// for the students of the last pages: a save then rewrites only the columns that changed. (An import's
    /// rows are not remembered: a million of them would only push each other out.) Forgotten with
    /// `numbers`, and when it holds a few pages' worth. A group left half filled in the file (edited by hand)
    /// reads as empty and stays as it is until the field is set: no reader sees it either way.
    private var states: [Int: StudentState] = [:]

    private func remember(_ state: StudentState, of ordinal: Int) {
        if states.count >= 4_096 { states.removeAll(keepingCapacity: true) }
        states[ordinal] = state
    }

    /// What might no longer be what the file holds: another connection committed, or a transaction of this one
    /// rolled back.
    private func forgetStoredRows() {
        numbers.removeAll()
        states.removeAll()
    }

    /// A campaign of millions saved student by student would otherwise be remembered whole; forgetting only
    /// costs a read.
    private func remember(_ number: SequenceNumber?, of ordinal: Int) {
        if numbers.count >= 65_536 { numbers.removeAll(keepingCapacity: true) }
        numbers[ordinal] = .some(number)
    }

    private func storedNumber(_ ordinal: Int) throws(SQLiteError) -> SequenceNumber?? {
        if let known = numbers[ordinal] { return known }
        let statement = try reused(.storedNumber, "SELECT sequence_series, sequence_value FROM states WHERE ordinal = ?")
        statement.bind(1, ordinal)
        guard try statement.next() else { return nil }
        defer { statement.reset() }
        let number = statement.text(0).flatMap { series in statement.int(1).map { SequenceNumber(series: series, value: $0) } }
        numbers[ordinal] = .some(number)
        return .some(number)
    }

    /// The constraint error a sequence number clash gives, named as the store's own error.
    private func duplicateSequence(_ record: StudentRecord) throws(SQLiteError) -> SQLiteError? {
        guard let number = record.state.sequenceNumber else { return nil }
        let holder = try db.statement("SELECT student_number FROM students JOIN states USING (ordinal) WHERE sequence_series = ? AND sequence_value = ? AND student_number <> ?")
        holder.bind(1, number.series); holder.bind(2, number.value); holder.bind(3, record.number)
        guard try holder.next() else { return nil }
        defer { holder.reset() }
        let named = StoreError.duplicateSequenceNumber(number, heldBy: holder.text(0) ?? "?")
        clash = named
        return SQLiteError(code: SQLITE_CONSTRAINT, message: named.description)
    }

    /// A constraint failure recognised as a store error (a sequence number or payment id clash), for
    /// `writing` to throw as such once the statement has been undone.
    private var clash: StoreError?

    /// Up to this many events go into one INSERT: a statement per event would spend more in SQLite's
    /// statement machinery than in writing the rows.
    private static let eventsPerStatement = 8

    private func append(_ events: [CampaignEvent], ordinal: Int) throws(SQLiteError) {
        rowsWritten += events.count
        var rest = events[...]
        while !rest.isEmpty {
            let chunk = rest.prefix(Self.eventsPerStatement)
            rest = rest.dropFirst(chunk.count)
            let statement = try reused(chunk.count, Self.insertEvents[chunk.count])
            var column: Int32 = 1
            for event in chunk {
                statement.bind(column, ordinal); statement.bind(column + 1, event.at.unixSeconds)
                statement.bind(column + 2, event.change.kind); statement.bind(column + 3, event.change.detail)
                column += 4
            }
            try statement.run()
        }
    }

    /// `INSERT` statements for 0 … `eventsPerStatement` events.
    private static let insertEvents = (0...eventsPerStatement).map { count in
        "INSERT INTO events (student, at, kind, detail) VALUES " + Array(repeating: "(?, ?, ?, ?)", count: count).joined(separator: ", ")
    }

    static func bindNewRow(_ record: StudentRecord, to statement: SQLiteStatement, key: IDNumberKey) {
        StudentRows.bindNew(record, to: statement, key: key)
    }

    /// A student read where a save may follow: inside a transaction, which no other connection can commit
    /// into, the row's state is remembered for that save. A pass that only reads, outside one, leaves it.
    private func readToChange(_ s: SQLiteStatement) throws(SQLiteError) -> StudentRecord {
        let record = try Self.readRecord(s, key: idKey)
        if depth > 0 { remember(record.state, of: record.ordinal) }
        return record
    }

    private static func readRecord(_ s: SQLiteStatement, key: IDNumberKey) throws(SQLiteError) -> StudentRecord {
        do throws(UnreadableRow) { return try StudentRows.read(s, key: key) } catch {
            s.reset()
            throw SQLiteError(code: SQLITE_CORRUPT, message: error.description)
        }
    }

    public func students() throws(StoreError) -> [StudentRecord] {
        try run { () throws(SQLiteError) -> [StudentRecord] in
            let statement = try db.statement(StudentRows.select + " ORDER BY ordinal")
            var records: [StudentRecord] = []
            while try statement.next() {
                let record = try Self.readRecord(statement, key: idKey)
                numbers[record.ordinal] = .some(record.state.sequenceNumber)
                records.append(record)
            }
            return records
        }
    }

    /// Not remembered in `numbers`: a page reader goes through millions of students. Only the states of the
    /// last pages read in a transaction are remembered.
    public func students(after ordinal: Int, limit: Int) throws(StoreError) -> [StudentRecord] {
        try run { () throws(SQLiteError) -> [StudentRecord] in
            let statement = try reused(.page, StudentRows.select + " WHERE ordinal > ? ORDER BY ordinal LIMIT ?")
            defer { statement.reset() }
            statement.bind(1, ordinal); statement.bind(2, max(0, limit))
            var records: [StudentRecord] = []
            records.reserveCapacity(max(0, min(limit, 10_000)))
            while try statement.next() { records.append(try readToChange(statement)) }
            return records
        }
    }

    public func students(after ordinal: Int, limit: Int, where filter: StudentFilter) throws(StoreError) -> [StudentRecord] {
        try run { () throws(SQLiteError) -> [StudentRecord] in
            let statement = try reused(Reused.filteredPages + filter.slot,
                                       StudentRows.select + " WHERE ordinal > ? AND \(StudentRows.condition(filter)) ORDER BY ordinal LIMIT ?")
            defer { statement.reset() }
            statement.bind(1, ordinal); statement.bind(2, max(0, limit))
            var records: [StudentRecord] = []
            while try statement.next() { records.append(try readToChange(statement)) }
            return records
        }
    }

    public func studentCount(where filter: StudentFilter) throws(StoreError) -> Int {
        try run { () throws(SQLiteError) in try db.integer("SELECT count(*) FROM states WHERE \(StudentRows.condition(filter))") ?? 0 }
    }

    public func holder(of number: SequenceNumber) throws(StoreError) -> String? {
        try run { () throws(SQLiteError) -> String? in
            let statement = try reused(.holder, "SELECT student_number FROM students JOIN states USING (ordinal) WHERE sequence_series = ? AND sequence_value = ?")
            defer { statement.reset() }
            statement.bind(1, number.series); statement.bind(2, number.value)
            return try statement.next() ? statement.text(0) : nil
        }
    }

    public func student(number: String) throws(StoreError) -> StudentRecord? {
        try run { () throws(SQLiteError) -> StudentRecord? in
            let statement = try db.statement(StudentRows.select + " WHERE student_number = ?")
            statement.bind(1, number)
            guard try statement.next() else { return nil }
            defer { statement.reset() }
            return try readToChange(statement)
        }
    }

    private func ordinalOf(_ number: String) throws(StoreError) -> Int? {
        try run { () throws(SQLiteError) -> Int? in
            let statement = try db.statement("SELECT ordinal FROM students WHERE student_number = ?")
            statement.bind(1, number)
            guard try statement.next() else { return nil }
            defer { statement.reset() }
            return statement.int(0)
        }
    }

    public func history(of studentNumber: String) throws(StoreError) -> [CampaignEvent] {
        guard let ordinal = try ordinalOf(studentNumber) else { return [] }
        return try run { () throws(SQLiteError) -> [CampaignEvent] in
            let statement = try db.statement("SELECT at, kind, detail FROM events WHERE student = ? ORDER BY id")
            statement.bind(1, ordinal)
            var events: [CampaignEvent] = []
            while try statement.next() {
                let at = Moment(unixSeconds: statement.int(0) ?? 0)
                let kind = statement.text(1) ?? ""
                guard let change = CampaignEvent.Change(kind: kind, detail: statement.text(2) ?? "", at: at) else {
                    statement.reset()
                    throw SQLiteError(code: SQLITE_CORRUPT, message: "event of unknown kind '\(kind)' for student \(studentNumber)")
                }
                events.append(CampaignEvent(studentNumber, at: at, change))
            }
            return events
        }
    }

    /// The whole history of the campaign, in the order written, each event with its student's number.
    public func events() throws(StoreError) -> [CampaignEvent] {
        try run { () throws(SQLiteError) -> [CampaignEvent] in
            let statement = try db.statement("SELECT student_number, at, kind, detail FROM events JOIN students ON students.ordinal = events.student ORDER BY id")
            var events: [CampaignEvent] = []
            while try statement.next() {
                let at = Moment(unixSeconds: statement.int(1) ?? 0)
                let kind = statement.text(2) ?? ""
                guard let change = CampaignEvent.Change(kind: kind, detail: statement.text(3) ?? "", at: at) else {
                    statement.reset()
                    throw SQLiteError(code: SQLITE_CORRUPT, message: "event of unknown kind '\(kind)'")
                }
                events.append(CampaignEvent(statement.text(0) ?? "", at: at, change))
            }
            return events
        }
    }

    /// Rows stored in the campaign's tables of students, states, events, payments and input rows.
    public func rowCount() throws(StoreError) -> Int {
        try run { () throws(SQLiteError) in
            var rows = 0
            for table in ["students", "states", "events", "payments", "input_rows"] { rows += try db.integer("SELECT count(*) FROM \(table)") ?? 0 }
            return rows
        }
    }

    public func studentCount() throws(StoreError) -> Int {
        try run { () throws(SQLiteError) in try db.integer("SELECT count(*) FROM students") ?? 0 }
    }

    public func eventCount() throws(StoreError) -> Int {
        try run { () throws(SQLiteError) in try db.integer("SELECT count(*) FROM events") ?? 0 }
    }

    // MARK: payments

    private static let paymentSeparator = "\u{1F}"

    public func insert(_ payment: Payment) throws(StoreError) {
        try writing(firstStatementDecides: true) { () throws(SQLiteError) in
            let statement = try reused(.insertPayment, "INSERT INTO payments (id, amount_fen, at, students, class_name, channel, owed_back) VALUES (?, ?, ?, ?, ?, ?, ?)")
            statement.bind(1, payment.id); statement.bind(2, payment.amount.fen); statement.bind(3, payment.at.unixSeconds)
            statement.bind(4, payment.students.joined(separator: Self.paymentSeparator)); statement.bind(5, payment.className)
            statement.bind(6, payment.channel); statement.bind(7, payment.owedBack)
            do throws(SQLiteError) { try statement.run() } catch where error.isConstraint {
                clash = .duplicatePayment(payment.id)
                throw error
            }
            rowsWritten += 1
        }
    }

    private static func readPayment(_ s: SQLiteStatement) -> Payment {
        let students = (s.text(3) ?? "").split(separator: Character(paymentSeparator), omittingEmptySubsequences: true).map(String.init)
        return Payment(id: s.text(0) ?? "", amount: Money(fen: s.int(1) ?? 0), at: Moment(unixSeconds: s.int(2) ?? 0),
                       students: students, className: s.text(4), channel: s.text(5), owedBack: s.text(6))
    }

    public func payment(id: String) throws(StoreError) -> Payment? {
        try run { () throws(SQLiteError) -> Payment? in
            let statement = try db.statement("SELECT id, amount_fen, at, students, class_name, channel, owed_back FROM payments WHERE id = ?")
            statement.bind(1, id)
            guard try statement.next() else { return nil }
            defer { statement.reset() }
            return Self.readPayment(statement)
        }
    }

    private static let selectPayments = "SELECT id, amount_fen, at, students, class_name, channel, owed_back FROM payments ORDER BY seq"

    public func payments() throws(StoreError) -> [Payment] {
        try run { () throws(SQLiteError) -> [Payment] in
            let statement = try db.statement(Self.selectPayments)
            var payments: [Payment] = []
            while try statement.next() { payments.append(Self.readPayment(statement)) }
            return payments
        }
    }

    /// The body must not write to this store: it runs while the statement is stepping.
    public func forEachPayment(_ body: (Payment) throws -> Void) throws {
        let statement = try run { () throws(SQLiteError) in try db.statement(Self.selectPayments) }
        while try run({ () throws(SQLiteError) in try statement.next() }) { try body(Self.readPayment(statement)) }
    }
}

// MARK: input rows

extension SQLiteCampaignStore {
    public func record(_ row: InputRow) throws(StoreError) {
        try writing(firstStatementDecides: true) { () throws(SQLiteError) in
            let statement = try db.statement("INSERT INTO input_rows (source, digest, line, refusal) VALUES (?, ?, ?, ?)")
            // Base64, as photo digests are: hex runs of digits would look like ID numbers in a dump.
            statement.bind(1, row.source); statement.bind(2, PhotoCapture.storedDigest(row.digest)); statement.bind(3, row.line)
            statement.bind(4, row.refusal)
            do throws(SQLiteError) { try statement.run() } catch where error.isConstraint {
                clash = .duplicateInputRow(source: row.source, line: row.line)
                throw error
            }
        }
    }

    public func inputRows() throws(StoreError) -> [InputRow] {
        try run { () throws(SQLiteError) -> [InputRow] in
            let statement = try db.statement("SELECT source, digest, line, refusal FROM input_rows ORDER BY seq")
            var rows: [InputRow] = []
            while try statement.next() {
                rows.append(InputRow(source: statement.text(0) ?? "", digest: PhotoCapture.digest(fromStored: statement.text(1) ?? ""),
                                     line: statement.int(2) ?? 0,
                                     refusal: statement.text(3)))
            }
            return rows
        }
    }
}

// MARK: stations

extension SQLiteCampaignStore {
    public func signingKey(purpose: String) throws(StoreError) -> [UInt8] { idKey.derived(purpose: purpose) }

    public func highestSequenceNumber(in series: String) throws(StoreError) -> Int? {
        try run { () throws(SQLiteError) -> Int? in
            // The unique index on (sequence_series, sequence_value) answers this without a scan.
            let statement = try db.statement("SELECT max(sequence_value) FROM states WHERE sequence_series = ? AND sequence_value IS NOT NULL")
            statement.bind(1, series)
            guard try statement.next() else { return nil }
            defer { statement.reset() }
            return statement.int(0)
        }
    }

    public func record(_ entry: StationEntry) throws(StoreError) {
        try writing(firstStatementDecides: true) { () throws(SQLiteError) in
            let statement = try db.statement(
                "INSERT INTO station_log (station, at, kind, student, frame, camera_at, file, sha256, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
            statement.bind(1, entry.station); statement.bind(2, entry.unixSeconds); statement.bind(3, entry.kind.rawValue)
            statement.bind(4, entry.student); statement.bind(5, entry.frame); statement.bind(6, entry.cameraSeconds)
            statement.bind(7, entry.file); statement.bind(8, entry.sha256.map(PhotoCapture.storedDigest)); statement.bind(9, entry.note)
            try statement.run()
        }
    }

    public func stationEntries() throws(StoreError) -> [StationEntry] {
        try run { () throws(SQLiteError) -> [StationEntry] in
            let s = try db.statement("SELECT station, at, kind, student, frame, camera_at, file, sha256, note FROM station_log ORDER BY seq")
            var entries: [StationEntry] = []
            while try s.next() {
                guard let kind = s.text(2).flatMap(StationEntry.Kind.init(rawValue:)) else { continue }
                entries.append(StationEntry(station: s.text(0) ?? "", unixSeconds: s.int(1) ?? 0, kind: kind, student: s.text(3),
                                            frame: s.int(4), cameraSeconds: s.int(5), file: s.text(6),
                                            sha256: s.text(7).map(PhotoCapture.digest(fromStored:)), note: s.text(8) ?? ""))
            }
            return entries
        }
    }
}

private extension StudentFilter {
    /// Where the filter's page statement is kept among the reused ones.
    var slot: Int { Self.allCases.firstIndex(of: self)! }
}

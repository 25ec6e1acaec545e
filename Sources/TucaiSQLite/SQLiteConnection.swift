import CSQLite

/// One open SQLite database file, with its prepared statements. Not shared between threads: a campaign has
/// one writer.
final class SQLiteConnection {
    let handle: OpaquePointer
    private var statements: [String: SQLiteStatement] = [:]

    init(path: String, create: Bool) throws(SQLiteError) {
        var db: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX
        let code = sqlite3_open_v2(path, &db, flags, nil)
        guard code == SQLITE_OK, let db else {
            let error = SQLiteError(code: code, connection: db)
            sqlite3_close_v2(db)
            throw error
        }
        handle = db
        // Eight stations on one file queue for its write lock; on a loaded laptop a turn can take seconds, and a
        // station that gives up after five seconds turns a paying student away.
        sqlite3_busy_timeout(db, 30_000)
    }

    deinit {
        statements.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Runs one or more statements that return nothing.
    func execute(_ sql: String) throws(SQLiteError) {
        let code = sqlite3_exec(handle, sql, nil, nil, nil)
        guard code == SQLITE_OK else { throw SQLiteError(code: code, connection: handle) }
    }

    /// The statement for `sql`, prepared on first use and reused after.
    func statement(_ sql: String) throws(SQLiteError) -> SQLiteStatement {
        if let cached = statements[sql] { return cached }
        let prepared = try SQLiteStatement(sql, connection: handle)
        statements[sql] = prepared
        return prepared
    }

    /// The first column of the first row of `sql`, as an integer.
    func integer(_ sql: String) throws(SQLiteError) -> Int? {
        let statement = try statement(sql)
        guard try statement.next() else { return nil }
        defer { statement.reset() }
        return statement.int(0)
    }

    func text(_ sql: String) throws(SQLiteError) -> String? {
        let statement = try statement(sql)
        guard try statement.next() else { return nil }
        defer { statement.reset() }
        return statement.text(0)
    }

    var changes: Int { Int(sqlite3_changes(handle)) }
}

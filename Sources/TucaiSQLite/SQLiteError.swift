import CSQLite

/// An error SQLite reported, with its result code and message.
public struct SQLiteError: Error, CustomStringConvertible {
    public var code: Int32
    public var message: String

    init(code: Int32, message: String) { self.code = code; self.message = message }

    init(code: Int32, connection: OpaquePointer?) {
        self.code = code
        self.message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(code))
    }

    /// A UNIQUE, NOT NULL or trigger constraint refused the statement.
    public var isConstraint: Bool { code & 0xFF == SQLITE_CONSTRAINT }

    public var description: String { message }
}

import CSQLite
import TucaiStoreRows

/// A prepared statement, kept and reused: preparing costs more than running for the short statements a
/// campaign repeats a million times.
final class SQLiteStatement: RowBinding, RowValues {
    private let handle: OpaquePointer
    private let connection: OpaquePointer

    /// Tells SQLite to copy bound text, which Swift may free once the bind call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(_ sql: String, connection: OpaquePointer) throws(SQLiteError) {
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v3(connection, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard code == SQLITE_OK, let statement else { throw SQLiteError(code: code, connection: connection) }
        handle = statement
        self.connection = connection
    }

    deinit { sqlite3_finalize(handle) }

    func bind(_ index: Int32, _ value: String?) {
        guard var value else { sqlite3_bind_null(handle, index); return }
        value.withUTF8 { bytes in
            _ = bytes.withMemoryRebound(to: CChar.self) { chars in
                sqlite3_bind_text(handle, index, chars.baseAddress, Int32(chars.count), SQLiteStatement.transient)
            }
        }
    }

    func bind(_ index: Int32, _ value: Int?) {
        guard let value else { sqlite3_bind_null(handle, index); return }
        sqlite3_bind_int64(handle, index, Int64(value))
    }

    func bind(_ index: Int32, _ value: Bool) { sqlite3_bind_int(handle, index, value ? 1 : 0) }

    /// Runs a statement that returns no rows.
    func run() throws(SQLiteError) {
        defer { sqlite3_reset(handle) }
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE || code == SQLITE_ROW else { throw SQLiteError(code: code, connection: connection) }
    }

    /// Steps to the next row; false at the end (and the statement is reset for reuse).
    func next() throws(SQLiteError) -> Bool {
        let code = sqlite3_step(handle)
        if code == SQLITE_ROW { return true }
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else { throw SQLiteError(code: code, connection: connection) }
        return false
    }

    /// Ends a row loop early.
    func reset() { sqlite3_reset(handle) }

    func text(_ column: Int32) -> String? {
        guard let bytes = sqlite3_column_text(handle, column) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    func int(_ column: Int32) -> Int? {
        sqlite3_column_type(handle, column) == SQLITE_NULL ? nil : Int(sqlite3_column_int64(handle, column))
    }

    func bool(_ column: Int32) -> Bool { sqlite3_column_int64(handle, column) != 0 }

    /// The columns of the row, each read by its type, as a reader that keeps them would: an integer as a number,
    /// text and bytes as bytes. Their total size, so that nothing is read for nothing.
    func touchEveryColumn() -> Int {
        var total = 0
        for column in 0..<sqlite3_column_count(handle) {
            switch sqlite3_column_type(handle, column) {
            case SQLITE_INTEGER: total &+= Int(truncatingIfNeeded: sqlite3_column_int64(handle, column)) & 0xF
            case SQLITE_BLOB:
                _ = sqlite3_column_blob(handle, column)
                total += Int(sqlite3_column_bytes(handle, column))
            case SQLITE_NULL: break
            default:
                _ = sqlite3_column_text(handle, column)
                total += Int(sqlite3_column_bytes(handle, column))
            }
        }
        return total
    }
}

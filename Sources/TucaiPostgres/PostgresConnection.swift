import CLibPQ
import Foundation
import TucaiStoreRows

/// One libpq connection. Every query goes through `PQexecParams`/`PQexecPrepared` with its values as text
/// parameters, never spliced into the SQL, so a name with a quote in it is a name. Not shared between threads:
/// a store, like a station, has one connection.
final class PostgresConnection {
    let handle: OpaquePointer
    /// Statements prepared on this connection, by their SQL: preparing once saves the server parsing and
    /// planning the same statement for every student.
    private var prepared: [String: String] = [:]

    init(conninfo: String) throws(PostgresError) {
        guard let connection = PQconnectdb(conninfo) else { throw PostgresError(state: nil, message: "libpq could not allocate a connection") }
        guard PQstatus(connection) == CONNECTION_OK else {
            let error = PostgresError(state: nil, message: Self.firstLine(PQerrorMessage(connection)))
            PQfinish(connection)
            throw error
        }
        handle = connection
        // Notices (a schema that already exists…) go nowhere rather than to standard error.
        PQsetNoticeProcessor(connection, { _, _ in }, nil)
    }

    deinit { PQfinish(handle) }

    /// Runs SQL that returns nothing, possibly several statements.
    func execute(_ sql: String) throws(PostgresError) {
        let result = PQexec(handle, sql)
        defer { PQclear(result) }
        try check(result, sql: sql)
    }

    /// Runs one statement with text parameters (nil is NULL) and returns its rows. `prepare` keeps the
    /// statement prepared for the next call with the same SQL.
    func query(_ sql: String, _ parameters: [String?] = [], prepare: Bool = true) throws(PostgresError) -> PostgresRows {
        let copies: [UnsafeMutablePointer<CChar>?] = parameters.map { $0.map { strdup($0) } ?? nil }
        defer { for copy in copies { free(copy) } }
        let name = prepare ? try statementName(sql, parameterCount: parameters.count) : nil
        // libpq reads the values through `const char * const *`; an empty list is passed as NULL.
        let values: [UnsafePointer<CChar>?] = copies.map { copy in copy.map { UnsafePointer($0) } }
        let result: OpaquePointer? = values.withUnsafeBufferPointer { values in
            let pointer = values.isEmpty ? nil : values.baseAddress
            if let name { return PQexecPrepared(handle, name, Int32(values.count), pointer, nil, nil, 0) }
            return PQexecParams(handle, sql, Int32(values.count), nil, pointer, nil, nil, 0)
        }
        do throws(PostgresError) { try check(result, sql: sql) } catch {
            PQclear(result)
            throw error
        }
        return PostgresRows(result!)
    }

    /// The first column of the first row, as text.
    func text(_ sql: String, _ parameters: [String?] = []) throws(PostgresError) -> String? {
        let rows = try query(sql, parameters)
        return rows.count > 0 ? rows[0].text(0) : nil
    }

    private func statementName(_ sql: String, parameterCount: Int) throws(PostgresError) -> String {
        if let name = prepared[sql] { return name }
        let name = "tucai_\(prepared.count)"
        let result = PQprepare(handle, name, sql, Int32(parameterCount), nil)
        defer { PQclear(result) }
        try check(result, sql: sql)
        prepared[sql] = name
        return name
    }

    private func check(_ result: OpaquePointer?, sql: String) throws(PostgresError) {
        guard let result else { throw PostgresError(state: nil, message: Self.firstLine(PQerrorMessage(handle))) }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY: return
        default:
            let state = PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) }
            throw PostgresError(state: state, message: Self.firstLine(PQresultErrorMessage(result)))
        }
    }

    /// The command tag of the last statement of `sql` ("COMMIT", or "ROLLBACK" when the transaction had failed).
    func commandTag(_ sql: String) throws(PostgresError) -> String {
        let result = PQexec(handle, sql)
        defer { PQclear(result) }
        try check(result, sql: sql)
        return String(cString: PQcmdStatus(result))
    }

    static func firstLine(_ message: UnsafePointer<CChar>?) -> String {
        guard let message else { return "unknown error" }
        let text = String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.split(separator: "\n").first.map(String.init) ?? "unknown error"
    }
}

/// The rows of one result, read in place from libpq's buffer; freed with the result.
final class PostgresRows {
    private let result: OpaquePointer
    let count: Int

    init(_ result: OpaquePointer) {
        self.result = result
        count = Int(PQntuples(result))
    }

    deinit { PQclear(result) }

    subscript(row: Int) -> PostgresRow { PostgresRow(result: result, row: Int32(row), owner: self) }

    /// The number of rows the statement changed (an INSERT … ON CONFLICT DO NOTHING that inserted nothing gives 0).
    var changed: Int { Int(String(cString: PQcmdTuples(result))) ?? 0 }
}

/// One row of a result. Integers and 0/1 flags are stored as integers and arrive as their decimal text.
struct PostgresRow: RowValues {
    fileprivate let result: OpaquePointer
    fileprivate let row: Int32
    /// Keeps the result alive while the row is read.
    fileprivate let owner: PostgresRows

    func text(_ column: Int32) -> String? {
        guard PQgetisnull(result, row, column) == 0, let value = PQgetvalue(result, row, column) else { return nil }
        let length = Int(PQgetlength(result, row, column))
        return value.withMemoryRebound(to: UInt8.self, capacity: length) {
            String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
        }
    }

    func int(_ column: Int32) -> Int? {
        guard PQgetisnull(result, row, column) == 0, let value = PQgetvalue(result, row, column) else { return nil }
        return strtol(value, nil, 10)
    }

    func bool(_ column: Int32) -> Bool { (int(column) ?? 0) != 0 }
}

/// A statement's parameters being bound, as text, for `PostgresConnection.query`.
final class PostgresParameters: RowBinding {
    private(set) var values: [String?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func bind(_ index: Int32, _ value: String?) { set(index, value) }
    func bind(_ index: Int32, _ value: Int?) { set(index, value.map { String($0) }) }
    func bind(_ index: Int32, _ value: Bool) { set(index, value ? "1" : "0") }

    private func set(_ index: Int32, _ value: String?) {
        let i = Int(index) - 1
        if i >= values.count { values += Array(repeating: nil, count: i - values.count + 1) }
        values[i] = value
    }
}

/// An error the server or libpq reported, with its SQLSTATE when the server gave one.
struct PostgresError: Error, CustomStringConvertible {
    var state: String?
    var message: String
    var description: String { message }

    /// 23505: a unique constraint refused the row.
    var isUniqueViolation: Bool { state == "23505" }
}

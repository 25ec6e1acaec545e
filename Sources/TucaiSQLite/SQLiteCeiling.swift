import Foundation
import CSQLite
import TucaiStoreRows
import TucaiDigest
import TucaiKernel

/// What SQLite itself can do on this machine, as the yardstick for the store: the same student rows the
/// store writes at import, put into the same table (same schema, indexes and settings) by one prepared
/// statement in batched transactions, with nothing else around them; and single-row transactions that each
/// wait for the disk. The benchmark compares the campaign engine with these, measured in the same run.
public enum SQLiteCeiling {
    /// Seconds to insert `records` into a fresh campaign database at `path`, `batchSize` rows per transaction.
    public static func batchedInserts(_ records: [StudentRecord], path: String, batchSize: Int) throws(StoreError) -> Double {
        let (db, key) = try fresh(path: path, durability: .full)
        do throws(SQLiteError) {
            let statement = try db.statement(SQLiteCampaignStore.insertStudent)
            return try inBatches(records, of: batchSize, on: db) { record throws(SQLiteError) in
                SQLiteCampaignStore.bindNewRow(record, to: statement, key: key)
                try statement.run()
            }
        } catch {
            throw .failed("\(path): \(error.message)")
        }
    }

    /// Seconds to store `records` as an import stores them, three rows each (the student, the state, the import
    /// event), `batchSize` students per transaction, by one prepared statement per table: what SQLite can take
    /// of the rows `tucai roster import` writes.
    public static func batchedInsertsWithEvents(_ records: [StudentRecord], path: String, batchSize: Int, at moment: Moment) throws(StoreError) -> Double {
        let (db, key) = try fresh(path: path, durability: .full)
        do throws(SQLiteError) {
            let student = try db.statement(SQLiteCampaignStore.insertStudent)
            let state = try db.statement(SQLiteCampaignStore.insertState)
            let event = try db.statement("INSERT INTO events (student, at, kind, detail) VALUES (?, ?, ?, ?)")
            return try inBatches(records, of: batchSize, on: db) { record throws(SQLiteError) in
                SQLiteCampaignStore.bindNewRow(record, to: student, key: key)
                try student.run()
                let ordinal = Int(sqlite3_last_insert_rowid(db.handle))
                state.bind(1, ordinal)
                StudentRows.bindState(record, to: state, from: 2)
                try state.run()
                let change = CampaignEvent.Change.imported(record.eligibility)
                event.bind(1, ordinal); event.bind(2, moment.unixSeconds); event.bind(3, change.kind); event.bind(4, change.detail)
                try event.run()
            }
        } catch {
            throw .failed("\(path): \(error.message)")
        }
    }

    /// Seconds to read every student row of the campaign database at `path` (student and state joined, in import
    /// order) and every payment, input row and station log line, each column read by its type, with the store's
    /// settings: what SQLite can hand over of what `tucai reconcile` reads. Nothing is decoded, decrypted or kept.
    public static func sequentialRead(path: String) throws(StoreError) -> (students: Int, bytes: Int, seconds: Double) {
        do throws(SQLiteError) {
            let db = try SQLiteCampaignStore.connect(path: path, create: false, durability: .full)
            let start = DispatchTime.now()
            var students = 0, bytes = 0
            try db.execute("BEGIN")
            let rows = try db.statement(StudentRows.select + " ORDER BY ordinal")
            while try rows.next() {
                students += 1
                bytes += rows.touchEveryColumn()
            }
            for table in ["payments", "input_rows", "station_log"] {
                let rows = try db.statement("SELECT * FROM \(table) ORDER BY rowid")
                while try rows.next() { bytes += rows.touchEveryColumn() }
            }
            try db.execute("COMMIT")
            return (students, bytes, Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)
        } catch {
            throw .failed("\(path): \(error.message)")
        }
    }

    /// Seconds to write `records` with `row`, `batchSize` to a transaction.
    private static func inBatches(_ records: [StudentRecord], of batchSize: Int, on db: SQLiteConnection,
                                  _ row: (StudentRecord) throws(SQLiteError) -> Void) throws(SQLiteError) -> Double {
        let start = DispatchTime.now()
        var index = 0
        while index < records.count {
            try db.execute("BEGIN IMMEDIATE")
            for record in records[index..<min(index + batchSize, records.count)] { try row(record) }
            try db.execute("COMMIT")
            index += batchSize
        }
        return Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    /// Seconds for `count` one-row transactions, each synced to disk before the next begins.
    public static func durableCommits(_ records: [StudentRecord], path: String) throws(StoreError) -> Double {
        let (db, key) = try fresh(path: path, durability: .full)
        do throws(SQLiteError) {
            let statement = try db.statement(SQLiteCampaignStore.insertStudent)
            let start = DispatchTime.now()
            for record in records {
                try db.execute("BEGIN IMMEDIATE")
                SQLiteCampaignStore.bindNewRow(record, to: statement, key: key)
                try statement.run()
                try db.execute("COMMIT")
            }
            return Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        } catch {
            throw .failed("\(path): \(error.message)")
        }
    }

    /// A new, empty campaign database with the store's schema and settings, and its ID number key: the
    /// rows are the store's, ID numbers sealed.
    private static func fresh(path: String, durability: SQLiteCampaignStore.Durability) throws(StoreError) -> (SQLiteConnection, IDNumberKey) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let key = try SQLiteCampaignStore(path: path, durability: durability).idKey
        do { return (try SQLiteCampaignStore.connect(path: path, create: false, durability: durability), key) } catch {
            throw .failed("\(path): \(error.message)")
        }
    }
}

/// One durable single-row commit at a time on an existing campaign file, beside whatever else uses it: the
/// floor under any station's scan, which must commit its number before showing it. The rows go into the
/// stations' log under a kind no station writes, which readers of the log skip.
public final class DurableCommitProbe {
    private let db: SQLiteConnection
    private let insert: SQLiteStatement

    public init(path: String) throws(StoreError) {
        do throws(SQLiteError) {
            db = try SQLiteCampaignStore.connect(path: path, create: false, durability: .full)
            insert = try db.statement("INSERT INTO station_log (station, at, kind, note) VALUES ('probe', 0, 'probe', 'durable commit probe')")
        } catch {
            throw .failed("\(path): \(error.message)")
        }
    }

    /// Seconds for one transaction of one row, synced to disk.
    public func commitOne() throws(StoreError) -> Double {
        let start = DispatchTime.now()
        do throws(SQLiteError) {
            try db.execute("BEGIN IMMEDIATE")
            try insert.run()
            try db.execute("COMMIT")
        } catch {
            try? db.execute("ROLLBACK")
            throw .failed("durable commit probe: \(error.message)")
        }
        return Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
}

import CSQLite
import TucaiDigest
import TucaiKernel

// MARK: sealed ID numbers

extension SQLiteCampaignStore {
    /// The key of a database: read from its file, or created there when the database holds no sealed number
    /// yet (a new one, or one from before numbers were sealed). A database with sealed numbers and no key file
    /// is refused, naming the file and what its loss means.
    static func idNumberKey(at keyPath: String, database: String, sealed: Bool) throws(IDNumberKey.Failure) -> IDNumberKey {
        if let key = try IDNumberKey.load(path: keyPath) { return key }
        guard !sealed else {
            throw IDNumberKey.Failure(message: "\(keyPath): missing; it is the key to the resident ID numbers sealed in \(database), "
                                      + "which cannot be read again without it (everything else in the campaign can): restore it from a backup")
        }
        return try IDNumberKey.create(path: keyPath)
    }

    /// Seals every ID number a database from before sealing holds in clear, and records the key's fingerprint;
    /// run inside the sealing migration's transaction, so the numbers are sealed and the schema version moves
    /// on together or not at all. Freed space is overwritten with zeros meanwhile (`secure_delete`), so the
    /// clear numbers do not linger in the file's free pages. Returns the numbers sealed.
    func sealStoredIDNumbers() throws(SQLiteError) -> Int {
        try db.execute("PRAGMA secure_delete = ON")
        defer { try? db.execute("PRAGMA secure_delete = OFF") }
        let clear = try db.statement("SELECT ordinal, student_number, id_number FROM students WHERE id_number IS NOT NULL")
        var rows: [(ordinal: Int, number: String, idNumber: String)] = []
        while try clear.next() {
            rows.append((clear.int(0) ?? 0, clear.text(1) ?? "", clear.text(2) ?? ""))
        }
        let update = try db.statement("UPDATE students SET id_number = NULL, id_sealed = ?, id_lookup = ? WHERE ordinal = ?")
        for row in rows {
            update.bind(1, idKey.seal(row.idNumber, for: row.number)); update.bind(2, idKey.lookupHash(of: row.idNumber))
            update.bind(3, row.ordinal)
            try update.run()
        }
        let fingerprint = try db.statement("INSERT INTO id_number_key (one, fingerprint) VALUES (1, ?)")
        fingerprint.bind(1, idKey.fingerprint)
        try fingerprint.run()
        return rows.count
    }

    /// After sealing: copies the new pages over the old ones in the database file and empties the log, so
    /// that no page holding a clear number stays on disk.
    func forgetClearIDNumbers() throws(SQLiteError) {
        try db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    }

    /// Refuses a key file that is not this database's own (its fingerprint differs): every sealed number
    /// would fail to open.
    func checkKeyFingerprint() throws(StoreError) {
        let stored: String?
        do throws(SQLiteError) { stored = try db.text("SELECT fingerprint FROM id_number_key") } catch {
            throw .unavailable("\(path): \(error.message)")
        }
        guard let stored, stored != idKey.fingerprint else { return }
        throw .unavailable("\(idKey.path): not the key of \(path); its ID numbers were sealed with another key file")
    }

    /// The student numbers stored with this ID number, found by its keyed hash: more than one is the same
    /// person under two numbers.
    public func studentNumbers(withIDNumber idNumber: String) throws(StoreError) -> [String] {
        let hash = idKey.lookupHash(of: idNumber)
        return try runReading { () throws(SQLiteError) -> [String] in
            let statement = try db.statement("SELECT student_number FROM students WHERE id_lookup = ? ORDER BY ordinal")
            statement.bind(1, hash)
            var numbers: [String] = []
            while try statement.next() { numbers.append(statement.text(0) ?? "") }
            return numbers
        }
    }

    /// The students stored with an ID number another student also has, grouped by number in import order:
    /// the lookup hash finds them without opening a sealed value.
    public func studentsSharingAnIDNumber() throws(StoreError) -> [[String]] {
        try runReading { () throws(SQLiteError) -> [[String]] in
            let statement = try db.statement("""
                SELECT id_lookup, student_number FROM students WHERE id_lookup IN
                    (SELECT id_lookup FROM students WHERE id_lookup IS NOT NULL GROUP BY id_lookup HAVING count(*) > 1)
                ORDER BY ordinal
                """)
            var groups: [[String]] = [], index: [String: Int] = [:]
            while try statement.next() {
                let hash = statement.text(0) ?? ""
                if index[hash] == nil { index[hash] = groups.count; groups.append([]) }
                groups[index[hash]!].append(statement.text(1) ?? "")
            }
            return groups
        }
    }

    private func runReading<T>(_ body: () throws(SQLiteError) -> T) throws(StoreError) -> T {
        do { return try body() } catch { throw .failed("\(path): \(error.message)") }
    }
}

import CSQLite
import Foundation
import TucaiDigest
import TucaiKernel

// MARK: a station's own copy

extension SQLiteCampaignStore {
    /// Writes a consistent copy of the campaign to a new database at `path` (`VACUUM INTO`: one read
    /// transaction, so stations writing meanwhile leave it whole), with a copy of the ID number key at
    /// `<path>.key`, mode 0600: without it the copy's sealed ID numbers could not be read, and an ID-card
    /// scan on the copy would find no one. Neither file may exist yet; when either cannot be written, neither
    /// is left behind. Not inside a transaction (SQLite copies only outside one).
    public func copy(to path: String) throws(StoreError) {
        let keyCopy = IDNumberKey.defaultPath(forDatabase: path)
        for existing in [path, keyCopy] where FileManager.default.fileExists(atPath: existing) {
            throw .unavailable("\(existing): already exists; a copy is written to a new file only")
        }
        guard let key = FileManager.default.contents(atPath: keyPath), key.count == IDNumberKey.byteCount else {
            throw .unavailable("\(keyPath): cannot read the ID number key to copy it")
        }
        do throws(SQLiteError) {
            let statement = try db.statement("VACUUM INTO ?")
            statement.bind(1, path)
            try statement.run()
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            throw .failed("\(self.path): cannot copy to \(path) (\(error.message))")
        }
        // VACUUM INTO leaves syncing its output to the caller.
        let copied = open(path, O_RDONLY | O_CLOEXEC)
        if copied >= 0 { fsync(copied); close(copied) }
        let fd = open(keyCopy, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        // The umask may only take bits away; the mode is set outright all the same.
        let written = fd >= 0 && fchmod(fd, 0o600) == 0 && write(fd, Array(key), key.count) == key.count && fsync(fd) == 0
        let reason = String(cString: strerror(errno))
        if fd >= 0 { close(fd) }
        guard written else {
            if fd >= 0 { unlink(keyCopy) }
            try? FileManager.default.removeItem(atPath: path)
            throw .failed("\(keyCopy): cannot write the copy of the ID number key (\(reason)); no copy was made")
        }
    }
}

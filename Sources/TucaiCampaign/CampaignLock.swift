import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One writer per campaign: an advisory lock (`flock`) on `<database>.lock`, taken before the database is
/// created or opened for writing and held until the writer ends. The file holds the writer's pid, so that a
/// second writer can say who runs the campaign. The kernel drops the lock when its process dies, however it
/// dies, so a killed run leaves no stale lock behind: the file may stay, but nobody holds it.
///
/// A writer that ends removes the file while it still holds the lock; a writer that was waiting on the
/// removed file then finds its lock is no longer the path's and takes the lock again on a new file, so two
/// writers never each hold a lock on a different file of the same name.
public final class CampaignLock {
    /// The lock file.
    public let path: String
    private var descriptor: Int32

    /// The campaign is being written by another process.
    public struct Held: Error, CustomStringConvertible {
        /// The lock file.
        public var path: String
        /// The writer's pid as it wrote it, when it had.
        public var pid: Int32?
        public var description: String {
            "the campaign is being run by another process" + (pid.map { " (pid \($0))" } ?? "") + ", which holds \(path)"
        }
    }

    /// The lock file could not be created or locked (a read-only folder, a full disk).
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The lock file beside a database.
    public static func path(forDatabase database: String) -> String { database + ".lock" }

    /// Takes the campaign's lock. When another process holds it, throws `Held`, or with `wait` calls
    /// `waiting` with the holder's pid and blocks until the holder ends.
    public static func acquire(database: String, wait: Bool = false, waiting: (Int32?) -> Void = { _ in }) throws -> CampaignLock {
        let path = path(forDatabase: database)
        var announced = false
        while true {
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { throw Failure(description: "\(path): cannot create the lock file: \(Self.reason(errno))") }
            if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
                let error = errno
                guard error == EWOULDBLOCK else {
                    close(descriptor)
                    throw Failure(description: "\(path): cannot lock the file: \(Self.reason(error))")
                }
                let holder = Self.pid(in: descriptor)
                guard wait else {
                    close(descriptor)
                    throw Held(path: path, pid: holder)
                }
                if !announced { waiting(holder); announced = true }
                while flock(descriptor, LOCK_EX) != 0 {
                    let error = errno
                    guard error == EINTR else {
                        close(descriptor)
                        throw Failure(description: "\(path): cannot lock the file: \(Self.reason(error))")
                    }
                }
            }
            // The previous holder may have removed the file between our open and our lock: then this lock
            // is on a file nobody else will look at, and the path must be opened again.
            guard Self.names(path, descriptor) else {
                close(descriptor)
                continue
            }
            let pid = "\(getpid())\n"
            guard ftruncate(descriptor, 0) == 0, pid.utf8.count == pid.withCString({ pwrite(descriptor, $0, strlen($0), 0) }) else {
                let error = errno
                close(descriptor)
                throw Failure(description: "\(path): cannot write the lock file: \(Self.reason(error))")
            }
            return CampaignLock(path: path, descriptor: descriptor)
        }
    }

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    /// Removes the file and drops the lock; ending the process does the same (the file may then stay).
    public func release() {
        guard descriptor >= 0 else { return }
        if Self.names(path, descriptor) { unlink(path) }
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }

    /// Whether `path` still names the file open as `descriptor`.
    private static func names(_ path: String, _ descriptor: Int32) -> Bool {
        var byPath = stat(), byDescriptor = stat()
        guard stat(path, &byPath) == 0, fstat(descriptor, &byDescriptor) == 0 else { return false }
        return byPath.st_dev == byDescriptor.st_dev && byPath.st_ino == byDescriptor.st_ino
    }

    /// The pid the holder wrote. A holder writes it just after it takes the lock, so an empty file is read
    /// again for a moment before giving up on it.
    private static func pid(in descriptor: Int32) -> Int32? {
        for attempt in 0..<20 {
            var buffer = [UInt8](repeating: 0, count: 32)
            let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
            if count > 0, let pid = Int32(String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)),
               pid > 0 {
                return pid
            }
            if attempt < 19 { usleep(5_000) }
        }
        return nil
    }

    private static func reason(_ error: Int32) -> String { String(cString: strerror(error)) }
}

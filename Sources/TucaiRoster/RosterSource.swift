import Foundation
import Glibc

/// A roster file opened for reading by offset, or roster bytes already in memory. Opening is apart from
/// reading so that `tucai roster import` can refuse a missing file before it creates a database, and the
/// file is read through a window of a few megabytes (`RosterWindow`), never whole: five million rows are
/// 650 MB.
public final class RosterSource {
    /// The file as problems and errors name it.
    public let name: String
    /// Bytes in the file when it was opened.
    let count: Int
    private let descriptor: Int32
    /// Borrowed bytes, for a roster already in memory; the caller keeps them alive while the source is read.
    private let memory: UnsafeBufferPointer<UInt8>?
    private let modified: timespec

    /// Opens a roster file; the name is the path as given, as `RosterFile.read(contentsOf:defaults:)` names it.
    public convenience init(contentsOf url: URL) throws(RosterError) {
        let name = url.isFileURL ? url.relativePath : url.absoluteString
        guard url.isFileURL else { throw RosterError(file: name, reason: "cannot be read (not a file)") }
        try self.init(path: url.path, name: name)
    }

    /// Opens a roster file, named in problems and errors by `path` as given.
    public convenience init(path: String) throws(RosterError) {
        try self.init(path: path, name: path)
    }

    init(path: String, name: String) throws(RosterError) {
        self.name = name
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Self.failure(errno, name) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let code = errno
            close(descriptor)
            throw Self.failure(code, name)
        }
        guard status.st_mode & S_IFMT != S_IFDIR else {
            close(descriptor)
            throw RosterError(file: name, reason: "cannot be read (it is a folder)")
        }
        self.descriptor = descriptor
        count = Int(status.st_size)
        modified = status.st_mtim
        memory = nil
    }

    init(bytes: UnsafeBufferPointer<UInt8>, name: String) {
        self.name = name
        descriptor = -1
        count = bytes.count
        memory = bytes
        modified = timespec()
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    /// The bytes at `offset…` in memory, for a source that holds them; nil for a file.
    func memoryBytes(from offset: Int, count: Int) -> UnsafeBufferPointer<UInt8>? {
        guard let memory else { return nil }
        return UnsafeBufferPointer(rebasing: memory[offset..<min(memory.count, offset + count)])
    }

    /// Fills `buffer` with the bytes at `offset…`, as many as it holds or the file has: the number read.
    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws(RosterError) -> Int {
        if let memory {
            let n = min(buffer.count, memory.count - offset)
            if n > 0 { buffer.baseAddress!.copyMemory(from: memory.baseAddress! + offset, byteCount: n) }
            return max(n, 0)
        }
        let wanted = min(buffer.count, count - offset)
        var done = 0
        while done < wanted {
            let n = pread(descriptor, buffer.baseAddress! + done, wanted - done, off_t(offset + done))
            if n < 0 {
                if errno == EINTR { continue }
                throw RosterError(file: name, reason: "cannot be read (\(String(cString: strerror(errno))))")
            }
            // Shorter than when it was opened: someone is writing it.
            if n == 0 { throw changed }
            done += n
        }
        return done
    }

    /// Up to `count` bytes at `offset`, for messages that quote a byte or count lines up to one.
    func bytes(at offset: Int, count: Int) throws(RosterError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: max(0, min(count, self.count - offset)))
        var failure: RosterError?
        bytes.withUnsafeMutableBytes { raw in
            do throws(RosterError) { _ = try read(into: raw, at: offset) } catch { failure = error }
        }
        if let failure { throw failure }
        return bytes
    }

    /// Throws when the file is no longer as it was opened: a roster read in two passes must be the same file in both.
    func checkUnchanged() throws(RosterError) {
        guard descriptor >= 0 else { return }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw RosterError(file: name, reason: "cannot be read (\(String(cString: strerror(errno))))")
        }
        if Int(status.st_size) != count || status.st_mtim.tv_sec != modified.tv_sec || status.st_mtim.tv_nsec != modified.tv_nsec {
            throw changed
        }
    }

    private var changed: RosterError {
        RosterError(file: name, reason: "changed while it was being read; read it again once it is saved")
    }

    private static func failure(_ code: Int32, _ name: String) -> RosterError {
        switch code {
        case ENOENT, ENOTDIR: RosterError(file: name, reason: "no such file")
        case EACCES, EPERM: RosterError(file: name, reason: "permission denied")
        default: RosterError(file: name, reason: "cannot be read (\(String(cString: strerror(code))))")
        }
    }
}

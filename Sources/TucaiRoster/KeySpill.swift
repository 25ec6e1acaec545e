import Foundation
import Glibc

/// The keys of one roster column (student numbers, or identity numbers) with their lines, in file order, kept
/// until the whole file has been read so that each row after the first with a key can be named with that first
/// row's line. A key is 12 bytes (its 64 bits and its line), hashed into partitions; once the keys pass
/// `memoryLimit` bytes, full partitions go to an unlinked temporary file and are read back one at a time at the
/// end. So the duplicate checks of five million rows need a few megabytes rather than a hash table of five
/// million keys, which is what bounds an import's memory. Student numbers that `StudentNumberKey` cannot pack
/// are kept as their text and compared as text.
///
/// A temporary file that cannot be made or written is not an error: the keys stay in memory instead.
final class KeySpill {
    struct Repeat {
        var line: Int
        var firstLine: Int
        /// The repeated key, 0 for a text.
        var key: UInt64
        var text: String?
    }

    private static let partitionCount = 64
    /// Bytes a partition holds in memory, once spilling, before it goes to the file.
    private static let flushBytes = 96 << 10

    private let file: String
    private let memoryLimit: Int
    private var keys: [[UInt64]]
    private var keyLines: [[UInt32]]
    /// Each text as its line (4 bytes), its length (4 bytes) and its UTF-8.
    private var texts: [[UInt8]]
    private var keyBlocks: [[(offset: Int, count: Int)]]
    private var textBlocks: [[(offset: Int, count: Int)]]
    private var descriptor: Int32 = -1
    private var fileEnd = 0
    private var held = 0
    /// Whether keys have gone to the temporary file.
    private(set) var spilling = false
    /// Set when the temporary file failed: everything stays in memory from then on.
    private var inMemoryOnly = false

    /// `file` names the roster in the one error this can give, a temporary file that cannot be read back.
    init(file: String, memoryLimit: Int) {
        self.file = file
        self.memoryLimit = memoryLimit
        keys = Array(repeating: [], count: Self.partitionCount)
        keyLines = Array(repeating: [], count: Self.partitionCount)
        texts = Array(repeating: [], count: Self.partitionCount)
        keyBlocks = Array(repeating: [], count: Self.partitionCount)
        textBlocks = Array(repeating: [], count: Self.partitionCount)
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    /// A hash independent of `RepeatedKeys`' own, which buckets by the top bits and probes by the low ones: a
    /// partition whose keys shared those bits would crowd into a few of its buckets.
    @inline(__always)
    private static func partition(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: ByteHash.mix(hash ^ 0x5851_F42D_4C95_7F2D) >> 58) }

    func append(key: UInt64, line: Int) {
        let p = Self.partition(key)
        keys[p].append(key)
        keyLines[p].append(UInt32(truncatingIfNeeded: line))
        held += 12
        if spilling { if keys[p].count * 12 >= Self.flushBytes { flushKeys(p) } } else if held > memoryLimit { spill() }
    }

    func append(text: String, line: Int) {
        var text = text
        let p = text.withUTF8 { Self.partition(ByteHash.hash($0)) }
        withUnsafeBytes(of: UInt32(truncatingIfNeeded: line).littleEndian) { texts[p].append(contentsOf: $0) }
        withUnsafeBytes(of: UInt32(truncatingIfNeeded: text.utf8.count).littleEndian) { texts[p].append(contentsOf: $0) }
        texts[p].append(contentsOf: text.utf8)
        held += 8 + text.utf8.count
        if spilling { if texts[p].count >= Self.flushBytes { flushTexts(p) } } else if held > memoryLimit { spill() }
    }

    /// Every key met again, with the line it was first met on, sorted by line. Reads the partitions back one at
    /// a time.
    func repeats() throws(RosterError) -> [Repeat] {
        var found: [Repeat] = []
        for p in 0..<Self.partitionCount {
            var partKeys: [UInt64] = [], partLines: [UInt32] = []
            for block in keyBlocks[p] {
                partKeys += try readBack(block.offset, count: block.count, as: UInt64.self)
                partLines += try readBack(block.offset + block.count * 8, count: block.count, as: UInt32.self)
            }
            partKeys += keys[p]
            partLines += keyLines[p]
            keys[p] = []
            keyLines[p] = []
            for repeated in RepeatedKeys.find(count: partKeys.count, key: { partKeys[$0] }) {
                found.append(Repeat(line: Int(partLines[repeated.row]), firstLine: Int(partLines[repeated.first]),
                                    key: partKeys[repeated.row], text: nil))
            }

            var partTexts: [UInt8] = []
            for block in textBlocks[p] { partTexts += try readBack(block.offset, count: block.count, as: UInt8.self) }
            partTexts += texts[p]
            texts[p] = []
            var firstLines: [String: Int] = [:]
            var i = 0
            partTexts.withUnsafeBytes { raw in
                while i < raw.count {
                    let line = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt32.self)))
                    let length = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: i + 4, as: UInt32.self)))
                    let text = String(decoding: raw[(i + 8)..<(i + 8 + length)], as: UTF8.self)
                    i += 8 + length
                    if let first = firstLines[text] {
                        found.append(Repeat(line: line, firstLine: first, key: 0, text: text))
                    } else {
                        firstLines[text] = line
                    }
                }
            }
        }
        found.sort { $0.line < $1.line }
        return found
    }

    private func spill() {
        guard !inMemoryOnly else { return }
        let directory = FileManager.default.temporaryDirectory.path
        var template = Array((directory + "/tucai-roster-keys-XXXXXX").utf8CString)
        descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            inMemoryOnly = true
            return
        }
        // Gone from the folder at once: nothing is left behind however the import ends.
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        spilling = true
        for p in 0..<Self.partitionCount {
            if !keys[p].isEmpty { flushKeys(p) }
            if !texts[p].isEmpty { flushTexts(p) }
        }
    }

    private func flushKeys(_ p: Int) {
        let offset = fileEnd
        guard write(keys[p]), write(keyLines[p]) else { return }
        keyBlocks[p].append((offset, keys[p].count))
        held -= keys[p].count * 12
        keys[p].removeAll(keepingCapacity: true)
        keyLines[p].removeAll(keepingCapacity: true)
    }

    private func flushTexts(_ p: Int) {
        let offset = fileEnd
        guard write(texts[p]) else { return }
        textBlocks[p].append((offset, texts[p].count))
        held -= texts[p].count
        texts[p].removeAll(keepingCapacity: true)
    }

    /// Appends `values` to the file; false, and no more spilling, when the disk refuses them.
    private func write<T: BitwiseCopyable>(_ values: [T]) -> Bool {
        let ok = values.withUnsafeBytes { raw -> Bool in
            var done = 0
            while done < raw.count {
                let n = pwrite(descriptor, raw.baseAddress! + done, raw.count - done, off_t(fileEnd + done))
                if n < 0, errno == EINTR { continue }
                guard n > 0 else { return false }
                done += n
            }
            return true
        }
        if ok {
            fileEnd += values.count * MemoryLayout<T>.stride
        } else {
            // A half-written block is never read: `fileEnd` stays where it was.
            spilling = false
            inMemoryOnly = true
        }
        return ok
    }

    private func readBack<T: BitwiseCopyable>(_ offset: Int, count: Int, as: T.Type) throws(RosterError) -> [T] {
        var values = [T](unsafeUninitializedCapacity: count) { _, initialized in initialized = count }
        let ok = values.withUnsafeMutableBytes { raw -> Bool in
            var done = 0
            while done < raw.count {
                let n = pread(descriptor, raw.baseAddress! + done, raw.count - done, off_t(offset + done))
                if n < 0, errno == EINTR { continue }
                guard n > 0 else { return false }
                done += n
            }
            return true
        }
        guard ok else {
            throw RosterError(file: file, reason: "its keys could not be read back from a temporary file (\(String(cString: strerror(errno))))")
        }
        return values
    }
}

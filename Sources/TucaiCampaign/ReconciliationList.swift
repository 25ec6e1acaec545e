import Glibc
import TucaiKernel

/// One list of a reconciliation, its lines in the order they were found. A list grows with the campaign (every
/// student is "not captured" before capture day), so past `heldAtMost` lines it moves them to a temporary file
/// and keeps a page: a report on twelve million students holds pages of lines, not the lines.
///
/// The file is unlinked as soon as it is made, so it goes when the process does, however that ends, and no other
/// process can open it by name. It holds what the report prints (names, student numbers, ID numbers masked as
/// printed) and nothing more. Lines are appended only while the reconciliation is built: two copies that both
/// appended would write over each other's lines, so a built list is only read.
struct ReconciliationList: Sendable {
    /// The temporary file's descriptor, closed with the last copy of the list.
    final class SpillFile: Sendable {
        let descriptor: Int32
        init() throws {
            let directory = (getenv("TMPDIR").map { String(cString: $0) }).flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
            var template = Array((directory + "/tucai-reconcile-XXXXXX").utf8CString)
            let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            guard descriptor >= 0 else {
                throw StoreError.failed("\(directory): cannot make a temporary file for the reconciliation (\(String(cString: strerror(errno))))")
            }
            template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
            // Not handed to a child process (a command that starts one, a test that runs one).
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
            self.descriptor = descriptor
        }
        deinit { close(descriptor) }
    }

    let heldAtMost: Int
    private(set) var count = 0
    /// Lines not yet moved to the file: the last ones found.
    private var held: [Reconciliation.Item] = []
    private var file: SpillFile?
    private var fileBytes = 0

    init(heldAtMost: Int) {
        precondition(heldAtMost > 0, "a reconciliation list holds at least one line")
        self.heldAtMost = heldAtMost
    }

    mutating func append(_ item: Reconciliation.Item) throws {
        held.append(item)
        count += 1
        if held.count >= heldAtMost { try spill() }
    }

    private mutating func spill() throws {
        let file = try self.file ?? SpillFile()
        self.file = file
        var bytes: [UInt8] = []
        bytes.reserveCapacity(held.count * 160)
        for item in held { ItemCoding.append(item, to: &bytes) }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { pwrite(file.descriptor, $0.baseAddress! + written, $0.count - written, off_t(fileBytes + written)) }
            guard n > 0 else { throw StoreError.failed("cannot write the reconciliation's temporary file (\(String(cString: strerror(errno))))") }
            written += n
        }
        fileBytes += bytes.count
        held.removeAll(keepingCapacity: true)
    }

    /// Every line, in order, a page at a time.
    func forEach(_ body: (Reconciliation.Item) throws -> Void) throws {
        if let file {
            let page = 1 << 20
            var buffer: [UInt8] = []
            var start = 0, offset = 0
            while true {
                while let item = try ItemCoding.next(in: buffer, at: &start) { try body(item) }
                guard offset < fileBytes else { break }
                buffer.removeFirst(start)
                start = 0
                let wanted = min(page, fileBytes - offset), kept = buffer.count
                buffer += repeatElement(0, count: wanted)
                let n = buffer.withUnsafeMutableBytes { pread(file.descriptor, $0.baseAddress! + kept, wanted, off_t(offset)) }
                guard n == wanted else { throw StoreError.failed("cannot read the reconciliation's temporary file back (\(n < 0 ? String(cString: strerror(errno)) : "it is short"))") }
                offset += n
            }
            guard start == buffer.count else { throw StoreError.failed("the reconciliation's temporary file ends inside a line") }
        }
        for item in held { try body(item) }
    }

    var items: [Reconciliation.Item] {
        get throws {
            var items: [Reconciliation.Item] = []
            items.reserveCapacity(count)
            try forEach { items.append($0) }
            return items
        }
    }
}

/// A line as bytes: its length, then each field (a string as its length and UTF-8 bytes; a number as eight bytes;
/// an optional led by a byte saying whether it is there).
private enum ItemCoding {
    static func append(_ item: Reconciliation.Item, to bytes: inout [UInt8]) {
        let start = bytes.count
        bytes += [0, 0, 0, 0]
        bytes.append(UInt8(Reconciliation.Section.allCases.firstIndex(of: item.section)!))
        for text in [item.student, item.name, item.idNumber, item.unit, item.stage, item.series, item.route, item.place, item.note] {
            var text = text
            text.withUTF8 { utf8 in
                integer(utf8.count, to: &bytes)
                bytes += utf8
            }
        }
        for value in [item.paid?.fen, item.owed?.fen, item.refund?.fen, item.number, item.through] {
            bytes.append(value == nil ? 0 : 1)
            if let value { integer(value, to: &bytes) }
        }
        // Year, month and day as given: a day number would turn a date a file got wrong (2月30日) into another.
        bytes.append(item.due == nil ? 0 : 1)
        if let due = item.due { for part in [due.year, due.month, due.day] { integer(part, to: &bytes) } }
        let length = UInt32(bytes.count - start - 4)
        for i in 0..<4 { bytes[start + i] = UInt8(truncatingIfNeeded: length >> (8 * i)) }
    }

    private static func integer(_ value: Int, to bytes: inout [UInt8]) {
        let bits = UInt64(bitPattern: Int64(value))
        for i in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: bits >> (8 * i))) }
    }

    /// The line starting at `start`, moving `start` past it; nil when the buffer does not hold the whole line.
    static func next(in bytes: [UInt8], at start: inout Int) throws -> Reconciliation.Item? {
        guard bytes.count - start >= 4 else { return nil }
        var length = 0
        for i in 0..<4 { length |= Int(bytes[start + i]) << (8 * i) }
        guard bytes.count - start - 4 >= length else { return nil }
        var at = start + 4
        let end = at + length
        func integer() throws -> Int {
            guard end - at >= 8 else { throw StoreError.failed("the reconciliation's temporary file holds a broken line") }
            var bits: UInt64 = 0
            for i in 0..<8 { bits |= UInt64(bytes[at + i]) << (8 * UInt64(i)) }
            at += 8
            return Int(Int64(bitPattern: bits))
        }
        func text() throws -> String {
            let count = try integer()
            guard count >= 0, end - at >= count else { throw StoreError.failed("the reconciliation's temporary file holds a broken line") }
            defer { at += count }
            return String(decoding: bytes[at..<(at + count)], as: UTF8.self)
        }
        func optional() throws -> Int? {
            guard at < end else { throw StoreError.failed("the reconciliation's temporary file holds a broken line") }
            at += 1
            return bytes[at - 1] == 0 ? nil : try integer()
        }
        guard at < end, Int(bytes[at]) < Reconciliation.Section.allCases.count else {
            throw StoreError.failed("the reconciliation's temporary file holds a broken line")
        }
        let section = Reconciliation.Section.allCases[Int(bytes[at])]
        at += 1
        var item = Reconciliation.Item(section: section)
        item.student = try text(); item.name = try text(); item.idNumber = try text(); item.unit = try text(); item.stage = try text()
        item.series = try text(); item.route = try text(); item.place = try text(); item.note = try text()
        item.paid = try optional().map(Money.init(fen:)); item.owed = try optional().map(Money.init(fen:))
        item.refund = try optional().map(Money.init(fen:))
        item.number = try optional(); item.through = try optional()
        if let year = try optional() { item.due = CivilDate(year, try integer(), try integer()) }
        guard at == end else { throw StoreError.failed("the reconciliation's temporary file holds a broken line") }
        start = end
        return item
    }
}

import Foundation
import TucaiKernel

/// A roster read stretch by stretch (`RosterStretch`), in the memory of a stretch however long the file: the
/// entries and problems `RosterFile.read` gives, the same ones, in pieces of a few megabytes.
///
/// A file longer than one stretch is read twice. The first reading checks every row and keeps only the keys of
/// its student and identity numbers (`RosterRepeat.Log`, a few megabytes on disk). It settles the encoding as
/// `RosterFile.read` does (UTF-8 unless a cell is not, then GB18030, judged cell by cell), so that an undecodable
/// byte stops the file before any row is yielded, and it finds every row that repeats an earlier number, so that
/// such a row is refused in the stretch it is in. The second reading yields the stretches. A file of one
/// stretch is read once, as `RosterFile.read` reads a file in memory.
///
/// The file's bytes go to the `observer` given at the start once each, in order, during the first reading, and
/// it has seen them all once the stream is made: the file's digest needs no reading of its own, and is known
/// before the first row is yielded.
public final class RosterStream {
    /// Bytes of a stretch: about 30,000 rows of a registrar's export.
    public static let standardStretchBytes = 4 << 20
    /// Bytes of keys each column keeps in memory before the rest go to a temporary file: 700,000 rows.
    static let standardKeysInMemory = 8 << 20

    public let source: RosterSource
    public private(set) var encoding: RosterEncoding = .utf8
    /// Header cells that name no roster column.
    public private(set) var ignoredColumns: [String] = []
    /// Totals of the stretches yielded so far; the file's once `next()` has returned nil.
    public private(set) var rowCount = 0
    public private(set) var blankRowCount = 0
    public private(set) var rejectedRowCount = 0

    private let defaults: RosterDefaults
    private let stretchBytes: Int
    private let parallelThreshold: Int
    private let keysInMemory: Int
    private var window: RosterWindow
    /// The reading that yields, when the file is longer than a stretch; the repeats the first reading found.
    private var pass: RosterPass?
    private var repeats: [RosterRepeat] = []
    private var nextRepeat = 0
    /// The whole file as one stretch, when it is no longer than one.
    private var whole: RosterStretch?
    private var finished = false

    /// Reads the header and settles the encoding, reading the whole file once if it is longer than a stretch:
    /// what makes the file unusable as a whole (see `RosterFile.read`) is thrown here, before any row is yielded.
    public convenience init(_ source: RosterSource, defaults: RosterDefaults, stretchBytes: Int = RosterStream.standardStretchBytes,
                            observer: ((UnsafeRawBufferPointer) -> Void)? = nil) throws(RosterError) {
        try self.init(source, defaults: defaults, stretchBytes: stretchBytes, parallelThreshold: RosterFile.parallelThreshold,
                      keysInMemory: Self.standardKeysInMemory, observer: observer)
    }

    init(_ source: RosterSource, defaults: RosterDefaults, stretchBytes: Int, parallelThreshold: Int,
         keysInMemory: Int = standardKeysInMemory, observer: ((UnsafeRawBufferPointer) -> Void)?) throws(RosterError) {
        self.source = source
        self.defaults = defaults
        self.stretchBytes = max(stretchBytes, 1)
        self.parallelThreshold = parallelThreshold
        self.keysInMemory = keysInMemory
        window = RosterWindow(source, observer: observer)
        // A throw from here on still runs `deinit`, which frees the window.
        try settle()
    }

    deinit { window.deallocate() }

    /// The next stretch, or nil at the end of the file.
    public func next() throws(RosterError) -> RosterStretch? {
        if let stretch = whole {
            whole = nil
            count(stretch)
            return stretch
        }
        guard var pass, !pass.isDone else {
            if !finished {
                finished = true
                try source.checkUnchanged()
            }
            return nil
        }
        let outcome = try pass.next(in: &window, keepsEntries: true, log: nil) { endLine in
            let from = nextRepeat
            while nextRepeat < repeats.count, repeats[nextRepeat].line < endLine { nextRepeat += 1 }
            return repeats[from..<nextRepeat]
        }
        self.pass = pass
        guard case let .read(entries, merged) = outcome else {
            // The first reading decoded every cell of this file; only a file written since can fail here.
            throw RosterError(file: source.name, reason: "changed while it was being read; read it again once it is saved")
        }
        let stretch = RosterStretch(entries: entries, problems: merged.problems, rowCount: merged.rowCount,
                                    blankRowCount: merged.blankRowCount)
        count(stretch)
        return stretch
    }

    private func count(_ stretch: RosterStretch) {
        rowCount += stretch.rowCount
        blankRowCount += stretch.blankRowCount
        rejectedRowCount += stretch.rejectedRowCount
    }

    // MARK: encoding

    /// Excel's "CSV UTF-8" starts with a byte-order mark and is UTF-8 throughout; without one, a file is UTF-8 if
    /// its first 64 KB are and every cell read is, and GB18030 (which holds GBK, Excel's "CSV" on Chinese Windows)
    /// otherwise.
    private func settle() throws(RosterError) {
        let name = source.name
        guard source.count > 0 else { throw RosterError(file: name, reason: "is empty: no header row") }
        let start = try window.bytes(from: 0, count: 1 << 16)
        if start.count >= 2, (start[0] == 0xFF && start[1] == 0xFE) || (start[0] == 0xFE && start[1] == 0xFF) {
            throw RosterError(file: name, reason: "is UTF-16 (Excel's \"Unicode text\"); save it as \"CSV UTF-8\" or \"CSV\"")
        }
        if start.count >= 3, start[0] == 0xEF, start[1] == 0xBB, start[2] == 0xBF {
            if case let .undecodable(offset) = try attempt(from: 3, .utf8WithBOM, cells: .utf8) {
                throw RosterError(file: name, line: try line(at: offset),
                                  reason: "byte \(Self.hex(try source.bytes(at: offset, count: 1)[0])) is not UTF-8, though the file starts with a UTF-8 byte-order mark")
            }
        } else if let bad = UTF8Validation.firstInvalid(start, allowTruncatedTail: start.count < source.count) {
            try attemptGB18030(utf8FailedAt: bad)
        } else if case let .undecodable(offset) = try attempt(from: 0, .utf8, cells: .utf8) {
            // The start looked like UTF-8 (perhaps only ASCII); GBK text further on is still GBK.
            try attemptGB18030(utf8FailedAt: offset)
        }
        // Bytes no reading needed (none, unless a reading stopped early) still count for the digest.
        while window.observed < source.count { _ = try window.bytes(from: window.observed, count: 1 << 20) }
    }

    private func attemptGB18030(utf8FailedAt: Int) throws(RosterError) {
        guard let table = GB18030Decoder.twoByteTable else {
            throw RosterError(file: source.name, reason: "is not UTF-8, and this system's iconv cannot decode GB18030")
        }
        let outcome: Attempt
        do {
            outcome = try attempt(from: 0, .gb18030, cells: .gb18030(table: table))
        } catch {
            // UTF-8 read as GB18030 makes a header of nonsense. When UTF-8 got past the line this reading
            // stopped on, the file is UTF-8 with a bad byte, and that byte is the one to report.
            if try line(at: utf8FailedAt) > error.line ?? 1 { throw try neither(at: utf8FailedAt) }
            throw error
        }
        if case let .undecodable(offset) = outcome {
            // Blame the byte that the likelier reading reached: the one that got further.
            throw try neither(at: max(offset, utf8FailedAt))
        }
    }

    private enum Attempt {
        case read
        /// A cell could not be decoded at this file offset.
        case undecodable(Int)
    }

    /// Reads the file in one encoding as far as the first cell it cannot decode. When it decodes every cell, the
    /// stream is set to yield: the whole file as one stretch, or a second reading with the repeats the first found.
    private func attempt(from textStart: Int, _ encoding: RosterEncoding, cells: CellText) throws(RosterError) -> Attempt {
        let header: RosterHeader
        switch try RosterHeader.find(in: &window, from: textStart, cells: cells, defaults: defaults, today: Self.today()) {
        case let .undecodable(offset): return .undecodable(offset)
        case let .header(found): header = found
        }
        let oneStretch = source.count - header.dataStart <= stretchBytes
        let log = RosterRepeat.Log(file: source.name, hasIDs: header.layout.has(.idNumber),
                                   memoryLimit: oneStretch ? .max : keysInMemory)
        var pass = RosterPass(header: header, cells: cells, fileEnd: source.count, stretchBytes: oneStretch ? .max : stretchBytes,
                              parallelThreshold: parallelThreshold)
        if oneStretch {
            var stretch = RosterStretch(entries: [], problems: [], rowCount: 0, blankRowCount: 0)
            if !pass.isDone {
                let outcome = try pass.next(in: &window, keepsEntries: true, log: log) { _ throws(RosterError) in try log.repeats()[...] }
                guard case let .read(entries, merged) = outcome else {
                    if case let .undecodable(offset) = outcome { return .undecodable(offset) }
                    preconditionFailure()
                }
                stretch = RosterStretch(entries: entries, problems: merged.problems, rowCount: merged.rowCount,
                                        blankRowCount: merged.blankRowCount)
            }
            whole = stretch
        } else {
            while !pass.isDone {
                let outcome = try pass.next(in: &window, keepsEntries: false, log: log) { _ in [] }
                if case let .undecodable(offset) = outcome { return .undecodable(offset) }
            }
            repeats = try log.repeats()
            self.pass = RosterPass(header: header, cells: cells, fileEnd: source.count, stretchBytes: stretchBytes,
                                   parallelThreshold: parallelThreshold)
            // What the first reading found holds only for the file it read.
            try source.checkUnchanged()
        }
        self.encoding = encoding
        ignoredColumns = header.ignoredColumns
        return .read
    }

    // MARK: messages

    private func neither(at offset: Int) throws(RosterError) -> RosterError {
        let shown = try source.bytes(at: offset, count: 2).map(Self.hex).joined(separator: " ")
        return RosterError(file: source.name, line: try line(at: offset),
                           reason: "\(offset + 1 < source.count ? "bytes \(shown) are" : "byte \(shown) is") neither UTF-8 nor GB18030")
    }

    /// The physical line holding byte `offset`, counting line feeds and lone carriage returns as the scanner
    /// does; read a megabyte at a time, with a byte more to tell a lone carriage return from CR LF.
    private func line(at offset: Int) throws(RosterError) -> Int {
        var line = 1
        var position = 0
        while position < offset {
            let count = min(1 << 20, offset - position)
            let bytes = try source.bytes(at: position, count: count + 1)
            for i in 0..<count {
                let c = bytes[i]
                if c == UInt8(ascii: "\n") || (c == UInt8(ascii: "\r") && (i + 1 >= bytes.count || bytes[i + 1] != UInt8(ascii: "\n"))) {
                    line += 1
                }
            }
            position += count
        }
        return line
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return "0x" + (digits.count < 2 ? "0" : "") + digits
    }

    private static func today() -> CivilDate {
        CivilDate(dayNumber: Int((Date().timeIntervalSince1970 + Double(Moment.utcOffsetSeconds)) / 86_400))
    }
}

/// Splits RFC 4180 CSV bytes into records and fields without copying: quoted fields, doubled quotes, CRLF,
/// LF or a lone CR between records, and line breaks inside quotes, which is why it counts physical lines
/// itself rather than records. Works on UTF-8 bytes; the structural characters are ASCII and never occur
/// inside a multi-byte sequence.
struct CSVRecordScanner {
    /// One field as byte offsets into the scanned buffer. Quoted fields exclude their quotes; `escaped`
    /// says the content still holds doubled quotes to undo.
    struct Field {
        var start: Int
        var end: Int
        var escaped: Bool
    }

    enum Ending {
        /// A line break ended the record.
        case lineBreak
        /// The buffer ended right after the record, with no line break: possibly a truncated last line.
        case endOfData
        /// The buffer ended inside a quoted field that opened on `quoteLine`.
        case unterminatedQuote(quoteLine: Int)
    }

    struct Record {
        /// The physical line the record starts on.
        var line: Int
        var fieldCount: Int
        var ending: Ending
        /// A quoted field was followed by text before the next comma (`"ab"c`): RFC 4180 forbids it.
        var strayQuote: Bool
    }

    let base: UnsafePointer<UInt8>
    let end: Int
    private(set) var position: Int
    /// The physical line `position` is on.
    private(set) var line: Int
    /// Field offsets of the last record; reused so a million records cost no allocation.
    private(set) var fields: UnsafeMutableBufferPointer<Field>

    init(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int = 0, to end: Int? = nil, line: Int = 1) {
        self.base = buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!
        self.end = end ?? buffer.count
        self.position = start
        self.line = line
        self.fields = .allocate(capacity: 32)
    }

    func deallocate() { fields.deallocate() }

    private mutating func append(_ field: Field, at index: Int) {
        if index == fields.count {
            let bigger = UnsafeMutableBufferPointer<Field>.allocate(capacity: fields.count * 2)
            _ = bigger.initialize(fromContentsOf: fields)
            fields.deallocate()
            fields = bigger
        }
        fields[index] = field
    }

    /// The next record, or nil at the end of the buffer.
    mutating func next() -> Record? {
        guard position < end else { return nil }
        let p = base
        let end = self.end
        var i = position
        var count = 0
        var stray = false
        let startLine = line
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        while true {
            if i < end && p[i] == quote {
                let quoteLine = line
                i += 1
                let start = i
                var escaped = false
                while true {
                    guard i < end else {
                        append(Field(start: start, end: end, escaped: escaped), at: count)
                        position = end
                        return Record(line: startLine, fieldCount: count + 1,
                                      ending: .unterminatedQuote(quoteLine: quoteLine), strayQuote: stray)
                    }
                    let c = p[i]
                    if c == quote {
                        if i + 1 < end && p[i + 1] == quote { escaped = true; i += 2; continue }
                        break
                    }
                    if c == lf || (c == cr && (i + 1 == end || p[i + 1] != lf)) { line += 1 }
                    i += 1
                }
                append(Field(start: start, end: i, escaped: escaped), at: count)
                i += 1
                if i < end, p[i] != comma, p[i] != lf, p[i] != cr {
                    // Keep going to the delimiter so the rest of the record still lines up.
                    stray = true
                    while i < end, p[i] != comma, p[i] != lf, p[i] != cr { i += 1 }
                }
            } else {
                let start = i
                i = CSVRecordScanner.nextDelimiter(p, from: i, end: end)
                append(Field(start: start, end: i, escaped: false), at: count)
            }
            count += 1
            guard i < end else {
                position = end
                return Record(line: startLine, fieldCount: count, ending: .endOfData, strayQuote: stray)
            }
            let c = p[i]
            i += 1
            if c == comma { continue }
            if c == cr && i < end && p[i] == lf { i += 1 }
            line += 1
            position = i
            return Record(line: startLine, fieldCount: count, ending: .lineBreak, strayQuote: stray)
        }
    }

    /// The offset of the first comma, LF or CR at or after `i` (a quote inside an unquoted field is text), or
    /// `end`. Sixteen bytes at a time: a compare per delimiter gives 0xFF bytes, and the first of them is found
    /// by counting trailing zero bits of the two halves, which needs no movemask instruction.
    @inline(__always)
    static func nextDelimiter(_ p: UnsafePointer<UInt8>, from start: Int, end: Int) -> Int {
        var i = start
        let comma = SIMD16<UInt8>(repeating: UInt8(ascii: ",")), lf = SIMD16<UInt8>(repeating: 0x0A)
        let cr = SIMD16<UInt8>(repeating: 0x0D), zero = SIMD16<UInt8>(repeating: 0), ones = SIMD16<UInt8>(repeating: 0xFF)
        while i + 16 <= end {
            let block = UnsafeRawPointer(p + i).loadUnaligned(as: SIMD16<UInt8>.self)
            let hits = zero.replacing(with: ones, where: (block .== comma) .| (block .== lf) .| (block .== cr))
            let halves = unsafeBitCast(hits, to: SIMD2<UInt64>.self)
            if halves[0] != 0 { return i + halves[0].trailingZeroBitCount / 8 }
            if halves[1] != 0 { return i + 8 + halves[1].trailingZeroBitCount / 8 }
            i += 16
        }
        while i < end {
            let c = p[i]
            // Every delimiter is at most 0x2C, so most bytes leave after one comparison.
            if c <= 0x2C && (c == 0x2C || c == 0x0A || c == 0x0D) { return i }
            i += 1
        }
        return end
    }

    /// The physical line breaks in `bytes` as the scanner counts them: every LF, and every CR not followed by
    /// an LF. A stretch can hold at most one record more than that, and a stretch that starts after it starts
    /// on that many lines further on. Sixteen bytes at a time: it runs over every byte of a large file.
    static func lineBreaks(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let p = bytes.baseAddress else { return 0 }
        let n = bytes.count
        let lf = SIMD16<UInt8>(repeating: 0x0A), cr = SIMD16<UInt8>(repeating: 0x0D)
        let zero = SIMD16<UInt8>(repeating: 0), one = SIMD16<UInt8>(repeating: 1)
        var total = 0
        var i = 0
        // Byte counters overflow after 255 blocks, so they are emptied into `total` that often.
        while i + 17 <= n {
            var lfs = zero, crs = zero, pairs = zero
            var blocks = 0
            while blocks < 255 && i + 17 <= n {
                let here = UnsafeRawPointer(p + i).loadUnaligned(as: SIMD16<UInt8>.self)
                let next = UnsafeRawPointer(p + i + 1).loadUnaligned(as: SIMD16<UInt8>.self)
                let isCR = here .== cr
                lfs &+= zero.replacing(with: one, where: here .== lf)
                crs &+= zero.replacing(with: one, where: isCR)
                pairs &+= zero.replacing(with: one, where: isCR .& (next .== lf))
                i += 16
                blocks += 1
            }
            total += Int(SIMD16<UInt16>(truncatingIfNeeded: lfs).wrappedSum())
            total += Int(SIMD16<UInt16>(truncatingIfNeeded: crs).wrappedSum())
            total -= Int(SIMD16<UInt16>(truncatingIfNeeded: pairs).wrappedSum())
        }
        while i < n {
            if p[i] == 0x0A || (p[i] == 0x0D && (i + 1 == n || p[i + 1] != 0x0A)) { total += 1 }
            i += 1
        }
        return total
    }
}

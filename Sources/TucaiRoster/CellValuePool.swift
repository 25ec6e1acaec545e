/// One value per distinct cell text of a column whose values repeat (学院, 专业, 班级, 学历层次): a roster of a
/// million rows names a few hundred colleges and classes, so making each `String` once saves most of the
/// allocations and the UTF-8 validation. Each thread keeps its own pools, so two threads never share a
/// string's reference count.
struct CellValuePool<Value> {
    private var slots: [Int32]
    private var hashes: [UInt64] = []
    private var starts: [Int] = []
    private var lengths: [Int] = []
    private var bytes: [UInt8] = []
    private var values: [Value] = []
    /// The entry the previous lookup found: rosters are usually sorted by college, major and class, so most
    /// cells repeat the one above and need no hashing. Kept apart from the arrays so the check touches no
    /// array at all.
    private var last = -1
    private var lastBytes: (UInt64, UInt64) = (0, 0)
    private var lastCount = -1
    private var lastValue: Value?
    /// Beyond this many distinct cells the column does not repeat enough to pay for the pool.
    private let limit = 1 << 14

    init() { slots = Array(repeating: -1, count: 64) }

    /// The value remembered for exactly these bytes, if any.
    @inline(__always)
    mutating func value(for cell: UnsafeBufferPointer<UInt8>) -> Value? {
        if cell.count == lastCount {
            if cell.count <= 16 {
                if CellValuePool.prefix16(cell) == lastBytes { return lastValue }
            } else if bytes.withUnsafeBufferPointer({ ByteHash.equal(UnsafeBufferPointer(rebasing: $0[starts[last]..<(starts[last] + cell.count)]), cell) }) {
                return lastValue
            }
        }
        let hash = ByteHash.hash(cell)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            if hashes[index] == hash, lengths[index] == cell.count,
               bytes.withUnsafeBufferPointer({ ByteHash.equal(UnsafeBufferPointer(rebasing: $0[starts[index]..<(starts[index] + cell.count)]), cell) }) {
                setLast(index, cell)
                return values[index]
            }
            slot = (slot + 1) & mask
        }
    }

    /// Remembers `value` for these bytes, which `value(for:)` did not know.
    mutating func remember(_ value: Value, for cell: UnsafeBufferPointer<UInt8>) {
        guard values.count < limit else { return }
        let hash = ByteHash.hash(cell)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(values.count)
        hashes.append(hash)
        starts.append(bytes.count)
        lengths.append(cell.count)
        bytes.append(contentsOf: cell)
        values.append(value)
        setLast(values.count - 1, cell)
        if values.count * 2 > slots.count { grow() }
    }

    private mutating func setLast(_ index: Int, _ cell: UnsafeBufferPointer<UInt8>) {
        last = index
        lastCount = cell.count
        lastBytes = cell.count <= 16 ? CellValuePool.prefix16(cell) : (0, 0)
        lastValue = values[index]
    }

    /// Up to sixteen bytes as two words, zero-padded, to compare a short cell in two instructions.
    @inline(__always)
    private static func prefix16(_ cell: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        var words: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &words) { raw in
            if let base = cell.baseAddress { raw.baseAddress!.copyMemory(from: base, byteCount: cell.count) }
        }
        return words
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }
}

/// A fast, non-cryptographic hash of a byte string (multiply-and-fold over eight bytes at a time) for the
/// tables of the roster import.
enum ByteHash {
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let p = bytes.baseAddress else { return 0x9E37_79B9_7F4A_7C15 }
        let raw = UnsafeRawPointer(p)
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var i = 0
        let n = bytes.count
        while i + 8 <= n {
            h = mix(h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        if i < n {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < n { tail |= UInt64(p[i]) << shift; shift += 8; i += 1 }
            h = mix(h ^ tail)
        }
        return mix(h)
    }

    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        let m = (x ^ 0x2D35_8DCC_AA6C_78A5).multipliedFullWidth(by: 0xA076_1D64_78BD_642F)
        return m.high ^ m.low
    }

    /// Eight bytes at a time in line: cells are short, and a call to `memcmp` cost more than the comparing.
    @inline(__always)
    static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        guard let pa = a.baseAddress, let pb = b.baseAddress, a.count > 0 else { return true }
        let n = a.count
        var i = 0
        while i + 8 <= n {
            if UnsafeRawPointer(pa + i).loadUnaligned(as: UInt64.self) != UnsafeRawPointer(pb + i).loadUnaligned(as: UInt64.self) {
                return false
            }
            i += 8
        }
        while i < n {
            if pa[i] != pb[i] { return false }
            i += 1
        }
        return true
    }
}

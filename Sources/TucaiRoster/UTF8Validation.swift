/// Where UTF-8 goes wrong, if it does. `String(decoding:)` would quietly turn a bad byte into U+FFFD and a
/// mangled name would reach 学信网, so every cell is checked where it becomes a `String`.
enum UTF8Validation {
    /// The offset of the first byte that starts no valid sequence, or nil. A sequence cut off by the end of
    /// the buffer counts as invalid unless `allowTruncatedTail`.
    static func firstInvalid(_ buffer: UnsafeBufferPointer<UInt8>, allowTruncatedTail: Bool = false) -> Int? {
        guard let p = buffer.baseAddress else { return nil }
        let n = buffer.count
        var i = 0
        while i < n {
            // Eight ASCII bytes at a time: rosters are mostly digits and commas.
            while i + 8 <= n {
                let word = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                i += 8
            }
            guard i < n else { return nil }
            let b0 = p[i]
            if b0 < 0x80 { i += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch b0 {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return i
            }
            guard i + length <= n else { return allowTruncatedTail ? nil : i }
            let b1 = p[i + 1]
            guard b1 >= low && b1 <= high else { return i }
            if length >= 3 { guard p[i + 2] & 0xC0 == 0x80 else { return i } }
            if length == 4 { guard p[i + 3] & 0xC0 == 0x80 else { return i } }
            i += length
        }
        return nil
    }

    /// A `String` of `bytes` if they are valid UTF-8, or nil. `String(decoding:)` validates anyway and
    /// repairs each bad stretch with U+FFFD; a repair changes the byte count unless the stretch was three
    /// bytes long, which only a four-byte lead (F0…F4) can start. So one decoding and one count answer for
    /// almost every cell, and only cells with such a byte are validated separately.
    @inline(__always)
    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let string = String(decoding: bytes, as: UTF8.self)
        guard string.utf8.count == bytes.count else { return nil }
        if hasFourByteLead(bytes), firstInvalid(bytes) != nil { return nil }
        return string
    }

    @inline(__always)
    static func hasFourByteLead(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let p = bytes.baseAddress else { return false }
        let n = bytes.count
        var i = 0
        while i + 8 <= n {
            // A byte is at least 0xF0 when its top nibble is F, i.e. when the byte of `x` is zero. The
            // zero-byte test may also flag the byte after a true zero, so a hit is checked exactly.
            let word = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
            let x = (word & 0xF0F0_F0F0_F0F0_F0F0) ^ 0xF0F0_F0F0_F0F0_F0F0
            if (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0 {
                for k in 0..<8 where p[i + k] >= 0xF0 { return true }
            }
            i += 8
        }
        while i < n {
            if p[i] >= 0xF0 { return true }
            i += 1
        }
        return false
    }
}

import Glibc

/// Decodes GB18030 (and so GBK, which it contains, as Excel saves "CSV" on Chinese Windows) cell by cell.
///
/// The two-byte characters, all of GBK, come from a table that glibc's iconv fills once per process; the
/// rare four-byte sequences go through iconv itself. Decoding cells rather than the whole file lets the CSV
/// scanner run on the GB18030 bytes (its structural bytes , " CR LF never occur inside a GB18030
/// character), skips the columns a roster does not use, and decodes a college or class name once however
/// many rows repeat it: the whole-file iconv pass alone cost as much as the rest of an import. A byte that
/// starts no character is reported at its exact offset, which the caller turns into a line.
enum GB18030Decoder {
    /// Unicode scalars of the two-byte sequences, indexed by `(lead - 0x81) * 191 + (trail - 0x40)`;
    /// 0 where the pair is not a character, 0xFFFF where the scalar does not fit 16 bits (iconv decides).
    /// Nil when this C library's iconv has no GB18030 converter.
    static let twoByteTable: [UInt16]? = makeTwoByteTable()

    /// `bytes` as UTF-8, written to `out`, which must hold `maximumUTF8Count(bytes.count)` bytes: the number
    /// of bytes written, or the offset of the first byte that starts no GB18030 character.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>,
                       table: UnsafeBufferPointer<UInt16>) -> Result<Int, Undecodable> {
        guard let p = bytes.baseAddress else { return .success(0) }
        let n = bytes.count
        var i = 0
        var o = 0
        while i < n {
            let b = p[i]
            if b < 0x80 {
                out[o] = b
                o += 1
                i += 1
                continue
            }
            guard b >= 0x81, b <= 0xFE, i + 1 < n else { return .failure(Undecodable(offset: i)) }
            let t = p[i + 1]
            if t >= 0x40, t <= 0xFE, t != 0x7F {
                let scalar = table[Int(b - 0x81) * 191 + Int(t - 0x40)]
                if scalar == 0 { return .failure(Undecodable(offset: i)) }
                if scalar != 0xFFFF {
                    o += writeUTF8(UInt32(scalar), to: out + o)
                    i += 2
                    continue
                }
                guard let scalar = viaIconv(UnsafeBufferPointer(start: p + i, count: 2)) else {
                    return .failure(Undecodable(offset: i))
                }
                o += writeUTF8(scalar, to: out + o)
                i += 2
            } else if t >= 0x30, t <= 0x39, i + 3 < n, (0x81...0xFE).contains(p[i + 2]), (0x30...0x39).contains(p[i + 3]),
                      let scalar = viaIconv(UnsafeBufferPointer(start: p + i, count: 4)) {
                o += writeUTF8(scalar, to: out + o)
                i += 4
            } else {
                return .failure(Undecodable(offset: i))
            }
        }
        return .success(o)
    }

    struct Undecodable: Error {
        var offset: Int
    }

    /// Two bytes become at most three, four at most four.
    static func maximumUTF8Count(_ count: Int) -> Int { count + count / 2 + 4 }

    @inline(__always)
    private static func writeUTF8(_ scalar: UInt32, to out: UnsafeMutablePointer<UInt8>) -> Int {
        switch scalar {
        case 0..<0x80:
            out[0] = UInt8(scalar)
            return 1
        case 0x80..<0x800:
            out[0] = UInt8(0xC0 | scalar >> 6)
            out[1] = UInt8(0x80 | scalar & 0x3F)
            return 2
        case 0x800..<0x10000:
            out[0] = UInt8(0xE0 | scalar >> 12)
            out[1] = UInt8(0x80 | scalar >> 6 & 0x3F)
            out[2] = UInt8(0x80 | scalar & 0x3F)
            return 3
        default:
            out[0] = UInt8(0xF0 | scalar >> 18)
            out[1] = UInt8(0x80 | scalar >> 12 & 0x3F)
            out[2] = UInt8(0x80 | scalar >> 6 & 0x3F)
            out[3] = UInt8(0x80 | scalar & 0x3F)
            return 4
        }
    }

    /// One GB18030 character through iconv, as a Unicode scalar; nil when iconv rejects it.
    private static func viaIconv(_ character: UnsafeBufferPointer<UInt8>) -> UInt32? {
        guard let converter = iconv_open("UTF-32LE", "GB18030"), converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        return convert(converter, character)
    }

    private static func convert(_ converter: iconv_t, _ character: UnsafeBufferPointer<UInt8>) -> UInt32? {
        var input = Array(character)
        var output = [UInt8](repeating: 0, count: 8)
        let written = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer -> Int in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outLeft = outBuffer.count
                guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1, inLeft == 0 else {
                    _ = iconv(converter, nil, nil, nil, nil)
                    return -1
                }
                return outBuffer.count - outLeft
            }
        }
        guard written == 4 else { return nil }
        return UInt32(output[0]) | UInt32(output[1]) << 8 | UInt32(output[2]) << 16 | UInt32(output[3]) << 24
    }

    private static func makeTwoByteTable() -> [UInt16]? {
        guard let converter = iconv_open("UTF-32LE", "GB18030"), converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var table = [UInt16](repeating: 0, count: 126 * 191)
        var pair: [UInt8] = [0, 0]
        for lead in 0x81...0xFE {
            for trail in 0x40...0xFE where trail != 0x7F {
                pair[0] = UInt8(lead)
                pair[1] = UInt8(trail)
                guard let scalar = pair.withUnsafeBufferPointer({ convert(converter, $0) }) else { continue }
                table[(lead - 0x81) * 191 + (trail - 0x40)] = scalar < 0xFFFF && scalar != 0 ? UInt16(scalar) : 0xFFFF
            }
        }
        return table
    }
}

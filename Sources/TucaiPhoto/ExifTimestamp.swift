/// The one EXIF fact the station needs, DateTimeOriginal (tag 0x9003 in the Exif sub-IFD): when the shutter
/// fired, which ties a picture to the student in front of the camera at that minute. Read from an APP1
/// payload, and written as the smallest TIFF structure that carries it.
public enum ExifTimestamp {
    /// The TIFF byte order: cameras write either ("II" Intel, "MM" Motorola).
    public enum ByteOrder: Sendable, Hashable {
        case littleEndian, bigEndian
    }

    static let exifHeader: [UInt8] = Array("Exif".utf8) + [0, 0]
    static let exifIFDPointer: UInt16 = 0x8769
    static let dateTimeOriginal: UInt16 = 0x9003
    static let asciiType: UInt16 = 2

    /// DateTimeOriginal as "YYYY:MM:DD HH:MM:SS", or nil when the segment is not EXIF, holds no such tag, or
    /// holds one in another form (cameras write blanks or zeros when their clock was never set). Throws when
    /// the structure itself points outside the segment.
    public static func dateTimeOriginal(inAPP1 payload: ArraySlice<UInt8>) throws -> String? {
        guard payload.starts(with: exifHeader) else { return nil }
        let tiff = TIFFReader(bytes: Array(payload.dropFirst(exifHeader.count)))
        try tiff.checkHeader()
        guard let pointer = try tiff.entry(tag: exifIFDPointer, inIFDAt: try tiff.uint32(at: 4)) else { return nil }
        let exifIFD = try tiff.uint32(at: pointer.valueOffset)
        guard let entry = try tiff.entry(tag: dateTimeOriginal, inIFDAt: exifIFD), entry.type == asciiType else { return nil }
        let start = entry.count <= 4 ? entry.valueOffset : try tiff.uint32(at: entry.valueOffset)
        guard start <= tiff.bytes.count, entry.count <= tiff.bytes.count - start else {
            throw PhotoError(.malformed, "EXIF DateTimeOriginal points past the end of its segment")
        }
        let text = tiff.bytes[start..<start + entry.count].prefix { $0 != 0 }
        return isTimestamp(text) ? String(decoding: text, as: UTF8.self) : nil
    }

    /// An APP1 payload (without the marker and length libjpeg adds) carrying `timestamp` as DateTimeOriginal:
    /// IFD0 with only the Exif pointer, the Exif IFD with only tag 0x9003, then the 20 bytes of text.
    public static func app1Payload(dateTimeOriginal timestamp: String, byteOrder: ByteOrder) -> [UInt8] {
        precondition(isTimestamp(Array(timestamp.utf8)), "DateTimeOriginal must read YYYY:MM:DD HH:MM:SS, not \(timestamp)")
        func u16(_ value: UInt16) -> [UInt8] {
            byteOrder == .bigEndian ? [UInt8(value >> 8), UInt8(value & 0xFF)] : [UInt8(value & 0xFF), UInt8(value >> 8)]
        }
        func u32(_ value: UInt32) -> [UInt8] {
            let big = [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
            return byteOrder == .bigEndian ? big : big.reversed()
        }
        let ifd0: UInt32 = 8
        let exifIFD = ifd0 + 2 + 12 + 4
        let text = exifIFD + 2 + 12 + 4
        var tiff: [UInt8] = byteOrder == .bigEndian ? Array("MM".utf8) : Array("II".utf8)
        tiff += u16(42) + u32(ifd0)
        tiff += u16(1) + u16(exifIFDPointer) + u16(4) + u32(1) + u32(exifIFD) + u32(0)
        tiff += u16(1) + u16(dateTimeOriginal) + u16(asciiType) + u32(20) + u32(text) + u32(0)
        tiff += Array(timestamp.utf8) + [0]
        return exifHeader + tiff
    }

    /// Whether `text` is "YYYY:MM:DD HH:MM:SS" with digits where digits go and a plausible date.
    static func isTimestamp<Text: Collection>(_ text: Text) -> Bool where Text.Element == UInt8 {
        let pattern = Array("dddd:dd:dd dd:dd:dd".utf8)
        let bytes = Array(text)
        guard bytes.count == pattern.count else { return false }
        for (byte, expected) in zip(bytes, pattern) {
            if expected == UInt8(ascii: "d") ? !(0x30...0x39).contains(byte) : byte != expected { return false }
        }
        func number(_ range: Range<Int>) -> Int { bytes[range].reduce(0) { $0 * 10 + Int($1 - 0x30) } }
        return (1...12).contains(number(5..<7)) && (1...31).contains(number(8..<10))
            && number(11..<13) < 24 && number(14..<16) < 60 && number(17..<19) < 61
    }
}

/// Bounds-checked reads from a TIFF block: every offset comes from the file and is checked before use.
private struct TIFFReader {
    struct Entry {
        var type: UInt16
        var count: Int
        /// Where the entry's 4-byte value field starts in `bytes`.
        var valueOffset: Int
    }

    let bytes: [UInt8]
    var bigEndian: Bool { bytes.first == UInt8(ascii: "M") }

    func checkHeader() throws {
        guard bytes.count >= 8 else { throw PhotoError(.malformed, "EXIF block of \(bytes.count) bytes is shorter than a TIFF header") }
        let order = (bytes[0], bytes[1])
        guard order == (0x49, 0x49) || order == (0x4D, 0x4D) else {
            throw PhotoError(.malformed, "EXIF byte order is neither II nor MM")
        }
        guard try uint16(at: 2) == 42 else { throw PhotoError(.malformed, "EXIF TIFF header lacks the number 42") }
    }

    func uint16(at offset: Int) throws -> UInt16 {
        guard offset >= 0, offset <= bytes.count - 2 else { throw outside(offset) }
        let (a, b) = (UInt16(bytes[offset]), UInt16(bytes[offset + 1]))
        return bigEndian ? a << 8 | b : b << 8 | a
    }

    func uint32(at offset: Int) throws -> Int {
        guard offset >= 0, offset <= bytes.count - 4 else { throw outside(offset) }
        let b = bytes[offset..<offset + 4].map(Int.init)
        return bigEndian ? b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3] : b[3] << 24 | b[2] << 16 | b[1] << 8 | b[0]
    }

    /// The entry for `tag` in the IFD at `offset`; only this IFD is read, never its chain, so no loop of
    /// offsets can keep the reader going.
    func entry(tag: UInt16, inIFDAt offset: Int) throws -> Entry? {
        let count = Int(try uint16(at: offset))
        guard count * 12 <= bytes.count - offset - 2 else {
            throw PhotoError(.malformed, "EXIF directory at \(offset) claims \(count) entries, more than its segment holds")
        }
        for index in 0..<count {
            let at = offset + 2 + index * 12
            if try uint16(at: at) == tag {
                return Entry(type: try uint16(at: at + 2), count: try uint32(at: at + 4), valueOffset: at + 8)
            }
        }
        return nil
    }

    private func outside(_ offset: Int) -> PhotoError {
        PhotoError(.malformed, "EXIF offset \(offset) lies outside its \(bytes.count)-byte block")
    }
}

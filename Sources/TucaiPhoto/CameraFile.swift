import Foundation
import TucaiDigest

/// What the station knows of a JPEG from the camera's hot folder before decoding a pixel: whether the camera
/// has finished writing it, its size and colour components, its JFIF density, when the shutter fired, and the
/// digest that ties it to the student.
///
/// Only the marker segments up to the first scan are read, each by its declared length and each length
/// checked against the bytes there are: every step moves forward, so no input can make the reader loop, and
/// none can make it read out of bounds.
public struct CameraFile: Sendable, Hashable {
    public let byteCount: Int
    /// The file starts with SOI and ends with EOI (FF D9). A file the camera is still writing has the first
    /// and not yet the second.
    public let isComplete: Bool
    public let width: Int
    public let height: Int
    /// Colour components in the frame: 3 for colour, 1 for greyscale, 4 for CMYK.
    public let components: Int
    /// Bits per component (the frame's sample precision).
    public let precision: Int
    /// The JFIF density in dots per inch, when the file has a JFIF header that states one.
    public let dotsPerInch: Int?
    /// EXIF DateTimeOriginal, "YYYY:MM:DD HH:MM:SS".
    public let dateTimeOriginal: String?
    /// SHA-256 of the whole file, lowercase hex.
    public let sha256: String

    public var size: PixelSize { PixelSize(width: width, height: height) }
    public var bitsPerPixel: Int { components * precision }

    public init(data: Data) throws {
        try self.init(Array(data))
    }

    public init(_ bytes: [UInt8]) throws {
        guard bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xD8 else {
            throw PhotoError(.notJPEG, "not a JPEG: the file does not start with FF D8")
        }
        let headers = try Headers(bytes)
        byteCount = bytes.count
        isComplete = bytes.count >= 4 && bytes[bytes.count - 2] == 0xFF && bytes[bytes.count - 1] == 0xD9
        width = headers.width; height = headers.height
        components = headers.components; precision = headers.precision
        dotsPerInch = headers.dotsPerInch
        dateTimeOriginal = headers.dateTimeOriginal
        sha256 = SHA256.hex(bytes)
    }
}

/// The facts in the marker segments before the first scan.
private struct Headers {
    var width = 0, height = 0, components = 0, precision = 0
    var dotsPerInch: Int?
    var dateTimeOriginal: String?

    init(_ bytes: [UInt8]) throws {
        var frameSeen = false, exifSeen = false, jfifSeen = false
        var at = 2
        while true {
            guard at < bytes.count else { throw Self.cut(at, frameSeen) }
            guard bytes[at] == 0xFF else {
                throw PhotoError(.malformed, "byte \(at): expected a marker (FF), found \(Self.hex(bytes[at]))")
            }
            while at < bytes.count, bytes[at] == 0xFF { at += 1 }  // fill bytes may pad before a marker
            guard at < bytes.count else { throw Self.cut(at, frameSeen) }
            let marker = bytes[at]
            at += 1
            switch marker {
            case 0x01, 0xD0...0xD7:
                continue  // standalone markers carry no length
            case 0x00, 0xD8, 0xD9:
                let what = marker == 0xD9 ? "the image ends (EOI)" : "marker FF \(Self.hex(marker)) appears"
                throw PhotoError(.malformed, "byte \(at - 2): \(what) before any scan")
            default:
                break
            }
            guard at + 2 <= bytes.count else { throw Self.cut(at, frameSeen) }
            let length = Int(bytes[at]) << 8 | Int(bytes[at + 1])
            guard length >= 2 else {
                throw PhotoError(.malformed, "byte \(at): segment FF \(Self.hex(marker)) declares length \(length)")
            }
            guard at + length <= bytes.count else { throw Self.cut(bytes.count, frameSeen) }
            let body = bytes[at + 2..<at + length]
            switch marker {
            case 0xC0...0xC3, 0xC5...0xC7, 0xC9...0xCB, 0xCD...0xCF:
                guard !frameSeen else { throw PhotoError(.malformed, "byte \(at - 2): a second frame header") }
                try readFrame(body, at: at - 2)
                frameSeen = true
            case 0xDA:
                guard frameSeen else { throw PhotoError(.malformed, "byte \(at - 2): a scan before the frame header") }
                return
            case 0xE0 where !jfifSeen && body.starts(with: Array("JFIF".utf8) + [0]):
                jfifSeen = true
                dotsPerInch = Self.density(body.dropFirst(5))
            case 0xE1 where !exifSeen && body.starts(with: ExifTimestamp.exifHeader):
                exifSeen = true
                dateTimeOriginal = try ExifTimestamp.dateTimeOriginal(inAPP1: body)
            default:
                break
            }
            at += length
        }
    }

    private mutating func readFrame(_ body: ArraySlice<UInt8>, at offset: Int) throws {
        let b = Array(body)
        guard b.count >= 6 else { throw PhotoError(.malformed, "byte \(offset): frame header of \(b.count) bytes") }
        precision = Int(b[0])
        height = Int(b[1]) << 8 | Int(b[2])
        width = Int(b[3]) << 8 | Int(b[4])
        components = Int(b[5])
        guard (1...4).contains(components), b.count >= 6 + 3 * components else {
            throw PhotoError(.malformed, "byte \(offset): frame header declares \(components) components in \(b.count) bytes")
        }
        guard width > 0, height > 0 else {
            // Height 0 defers it to a DNL marker after the first scan, which no camera writes.
            throw PhotoError(.unsupported, "frame header declares \(width)×\(height) pixels")
        }
    }

    /// JFIF's density after "JFIF\0": version (2), units (1), X density (2), Y density (2).
    private static func density(_ fields: ArraySlice<UInt8>) -> Int? {
        let f = Array(fields)
        guard f.count >= 7 else { return nil }
        let x = Int(f[3]) << 8 | Int(f[4])
        switch f[2] {
        case 1: return x
        case 2: return Int((Double(x) * 2.54).rounded())  // dots per centimetre
        default: return nil  // units 0 states an aspect ratio, not a density
        }
    }

    private static func cut(_ at: Int, _ frameSeen: Bool) -> PhotoError {
        PhotoError(.truncated, "the file ends at byte \(at), before its \(frameSeen ? "first scan" : "frame header"): still being written?")
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}

import Foundation

/// A photo taken of a student: where the file is, its SHA-256, and when it was taken. The digest is what
/// later proves which file went to the registry.
public struct PhotoCapture: Hashable, Sendable, Codable, CustomStringConvertible {
    public var path: String
    /// Lowercase hex, 64 characters.
    public var sha256: String
    public var at: Moment
    /// The make-up route that took it, when not the collective capture.
    public var makeUpRoute: String?

    public init(path: String, sha256: String, at: Moment, makeUpRoute: String? = nil) {
        self.path = path; self.sha256 = sha256.lowercased(); self.at = at; self.makeUpRoute = makeUpRoute
    }

    /// Whether `text` is a SHA-256 digest written as 64 hex digits.
    public static func isDigest(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) || (0x41...0x46).contains($0) }
    }

    /// The digest as a store writes it: base64 of its 32 bytes, 44 characters. Hex is what people compare,
    /// but a 64-digit hex digest holds a run of 18 decimal digits about once in a hundred photos, which reads
    /// as a resident ID number to anyone (or any scan) looking for them in a database dump; base64 holds such a
    /// run with a probability of about 1e-13. Anything but a digest is written as it is.
    public static func storedDigest(_ hex: String) -> String {
        guard isDigest(hex) else { return hex }
        var bytes = [UInt8]()
        bytes.reserveCapacity(32)
        var high: UInt8?
        for byte in hex.utf8 {
            let nibble: UInt8 = switch byte {
            case 0x30...0x39: byte - 0x30
            case 0x61...0x66: byte - 0x61 + 10
            default: byte - 0x41 + 10
            }
            if let h = high { bytes.append(h << 4 | nibble); high = nil } else { high = nibble }
        }
        return Data(bytes).base64EncodedString()
    }

    /// The lowercase hex digest `storedDigest` wrote; a stored hex digest (from before) or any other text is
    /// returned as it is.
    public static func digest(fromStored text: String) -> String {
        guard text.utf8.count == 44, text.hasSuffix("="), let data = Data(base64Encoded: text), data.count == 32 else { return text }
        let hexDigits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for byte in data { out.append(hexDigits[Int(byte >> 4)]); out.append(hexDigits[Int(byte & 0x0F)]) }
        return String(decoding: out, as: UTF8.self)
    }

    public var description: String { "\(path) sha256:\(sha256.prefix(12))… at \(at)" + (makeUpRoute.map { " (\($0))" } ?? "") }
}

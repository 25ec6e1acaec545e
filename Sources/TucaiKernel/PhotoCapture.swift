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
        self.path = path; self.at = at; self.makeUpRoute = makeUpRoute
        // Digests read back are lowercase already; lowercasing them again would copy millions of strings.
        let lowercase = sha256.utf8.allSatisfy { $0 < 0x80 && !(0x41...0x5A).contains($0) }
        self.sha256 = lowercase ? sha256 : sha256.lowercased()
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
        DigestText.base64(hex: hex) ?? hex
    }

    /// The lowercase hex digest `storedDigest` wrote; a stored hex digest (from before) or any other text is
    /// returned as it is.
    public static func digest(fromStored text: String) -> String {
        DigestText.hex(base64: text) ?? text
    }

    public var description: String { "\(path) sha256:\(sha256.prefix(12))… at \(at)" + (makeUpRoute.map { " (\($0))" } ?? "") }
}

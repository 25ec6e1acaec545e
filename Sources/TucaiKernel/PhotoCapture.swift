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

    public var description: String { "\(path) sha256:\(sha256.prefix(12))… at \(at)" + (makeUpRoute.map { " (\($0))" } ?? "") }
}

import Foundation

/// What became of one row of an input file (a roster, an event file): applied, or refused or rejected with
/// the reason. Stored in the same transaction as the row's effect, so a resumed run applies each row once
/// and a registrar can list every row that did not go in.
public struct InputRow: Hashable, Sendable, CustomStringConvertible {
    /// The file, by name.
    public var source: String
    /// SHA-256 of the file's bytes when the row was read: a file changed since is noticed, not re-read.
    public var digest: String
    public var line: Int
    /// nil when the row was applied; otherwise why it was refused or rejected.
    public var refusal: String?

    public init(source: String, digest: String, line: Int, refusal: String? = nil) {
        self.source = source; self.digest = digest; self.line = line; self.refusal = refusal
    }

    public var applied: Bool { refusal == nil }

    public var description: String { "\(source):\(line): " + (refusal ?? "applied") }

    /// How a file is named in the campaign: its path relative to the campaign's folder when it lies inside
    /// it (so the folder can move), else its whole path. Two files of the same name in different folders
    /// are two sources.
    public static func source(_ path: String, campaignFolder: String?) -> String {
        let standardized = (path as NSString).standardizingPath
        guard let folder = campaignFolder.map({ ($0 as NSString).standardizingPath }), !folder.isEmpty else { return standardized }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return standardized.hasPrefix(prefix) ? String(standardized.dropFirst(prefix.count)) : standardized
    }
}

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
}

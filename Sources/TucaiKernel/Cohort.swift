/// Which graduating cohort a campaign photographs. The same workflow runs for both levels; the institution's
/// rules decide who is in scope.
public struct Cohort: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Level: String, Hashable, Sendable, Codable, CaseIterable, CustomStringConvertible {
        case graduate, undergraduate
        public var description: String { rawValue }
        public var chinese: String { self == .graduate ? "研究生" : "本科/专科" }
    }

    public var level: Level
    /// The year the cohort graduates ("2023届").
    public var graduationYear: Int
    /// The notice's own words for the cohort.
    public var scopeText: String

    public init(_ level: Level, graduating year: Int, _ scopeText: String = "") {
        self.level = level; self.graduationYear = year; self.scopeText = scopeText
    }

    public var description: String { "\(level) \(graduationYear)" }
}

/// A rule that takes students out of scope even when a scope rule would take them in
/// (YNU: 在职攻读硕士学位研究生（学号 8 开头）不参加).
public enum Exclusion: Hashable, Sendable, Codable, CustomStringConvertible {
    case studentNumberPrefix(String, who: String)
    case level(DegreeLevel)

    public var description: String {
        switch self {
        case let .studentNumberPrefix(prefix, who): "\(who)（学号 \(prefix) 开头）"
        case let .level(level): level.chinese
        }
    }
}

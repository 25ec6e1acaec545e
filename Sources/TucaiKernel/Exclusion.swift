/// A rule that takes students out of scope even when a scope rule would take them in
/// (YNU: 在职攻读硕士学位研究生（学号 8 开头）不参加).
public enum Exclusion: Hashable, Sendable, Codable, CustomStringConvertible {
    case studentNumberPrefix(String, who: String)
    case level(DegreeLevel)
    /// Students of a category (安徽农业大学: 留学生不参加此次图像采集).
    case category(StudentCategory)
    /// Students who already have a graduation photo on 学信网 (哈工大: 已经有毕业图像的研究生不需要重复采集);
    /// a roster gives it as the date of the earlier capture.
    case alreadyPhotographed(unless: StudentCategory? = nil)

    public var description: String {
        switch self {
        case let .studentNumberPrefix(prefix, who): "\(who)（学号 \(prefix) 开头）"
        case let .level(level): level.chinese
        case let .category(category): category.chinese
        case let .alreadyPhotographed(unless): "已经有毕业图像的学生" + (unless.map { "（\($0.chinese)除外）" } ?? "")
        }
    }
}

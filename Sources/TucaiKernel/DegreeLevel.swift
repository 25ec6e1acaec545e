/// The programme a student is enrolled in, as far as capture scope rules care.
public enum DegreeLevel: String, Hashable, Sendable, Codable, CaseIterable, CustomStringConvertible {
    case doctoral        // 博士研究生
    case master          // 硕士研究生
    case partTimeMaster  // 在职攻读硕士学位 / 非全日制
    case bachelor        // 本科
    case upgradedBachelor // 专升本
    case secondBachelor  // 第二学士学位
    case vocational      // 高职 / 专科

    public var chinese: String {
        switch self {
        case .doctoral: "博士研究生"
        case .master: "硕士研究生"
        case .partTimeMaster: "在职攻读硕士学位研究生"
        case .bachelor: "本科"
        case .upgradedBachelor: "专升本"
        case .secondBachelor: "第二学士学位"
        case .vocational: "高职"
        }
    }

    public var cohortLevel: Cohort.Level {
        switch self {
        case .doctoral, .master, .partTimeMaster: .graduate
        default: .undergraduate
        }
    }

    public var description: String { chinese }

    /// Reads 学历层次 as rosters write it: Chinese or the English case name.
    public init?(roster text: String) {
        let t = text.trimmingWhitespace()
        if let level = DegreeLevel(rawValue: t) { self = level; return }
        switch t {
        case "博士", "博士研究生": self = .doctoral
        case "硕士", "硕士研究生", "全日制硕士": self = .master
        case "在职硕士", "在职攻读硕士学位", "非全日制硕士": self = .partTimeMaster
        case "本科": self = .bachelor
        case "专升本": self = .upgradedBachelor
        case "第二学士学位", "第二学位": self = .secondBachelor
        case "高职", "专科", "高职专科": self = .vocational
        default: return nil
        }
    }
}

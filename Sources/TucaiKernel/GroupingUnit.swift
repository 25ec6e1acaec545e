/// What a published table schedules as one unit.
public enum GroupingUnit: String, Hashable, Sendable, Codable, CustomStringConvertible {
    case college      // 学院 / 培养单位 / 研究所
    case major        // 专业
    case className = "class" // 班级

    public var description: String { rawValue }
    public var chinese: String {
        switch self {
        case .college: "学院（培养单位）"
        case .major: "专业"
        case .className: "班级"
        }
    }
}

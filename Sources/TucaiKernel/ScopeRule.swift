/// A rule that puts students in a campaign's scope (采集对象). An institution lists them; the kernel's
/// eligibility check evaluates them against a roster row.
public enum ScopeRule: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Students of `level` who enrolled in `year`, optionally only those on a programme of `programLength`
    /// years (YNU: 三年制 2018 级硕士研究生).
    case enrolled(DegreeLevel, year: Int, programLength: Int? = nil)
    /// Students of these levels expected to graduate in this month (YNAU: 2023年6月毕业的本科毕业生).
    case graduating(YearMonth, levels: [DegreeLevel])
    /// Students of these levels graduating in this year, any month (2023届).
    case graduatingInYear(Int, levels: [DegreeLevel])
    /// Students of earlier cohorts who were never photographed (往届还未进行过电子图像信息采集).
    case earlierCohortsNeverPhotographed(levels: [DegreeLevel])
    /// Students graduating ahead of schedule (提前毕业).
    case graduatingEarly(levels: [DegreeLevel])
    /// Every student of these levels, whatever their year (第二学士学位学生).
    case level(DegreeLevel)
    /// Students of `level` who enrolled in `year` or earlier, optionally only those of `category`
    /// (哈工大: 2021年及以前入学的普通博士和2020年及以前入学的直博生).
    case enrolledByYear(DegreeLevel, year: Int, category: StudentCategory? = nil)
    /// Students of `category` at these levels (浙江工业大学: 本科毕业留学生).
    case category(StudentCategory, levels: [DegreeLevel])

    public var description: String {
        switch self {
        case let .enrolled(level, year, length):
            return "\(length.map { "\($0)年制 " } ?? "")\(year)级\(level.chinese)"
        case let .graduating(month, levels):
            return "\(month.year)年\(month.month)月毕业的" + levels.map(\.chinese).joined(separator: "、")
        case let .graduatingInYear(year, levels):
            return "\(year)届" + levels.map(\.chinese).joined(separator: "、") + "毕业生"
        case let .earlierCohortsNeverPhotographed(levels):
            return "往届未采集过图像的" + levels.map(\.chinese).joined(separator: "、")
        case let .graduatingEarly(levels):
            return "提前毕业的" + levels.map(\.chinese).joined(separator: "、")
        case let .level(level):
            return level.chinese
        case let .enrolledByYear(level, year, category):
            return "\(year)年及以前入学的" + (category?.chinese ?? level.chinese)
        case let .category(category, levels):
            return levels.map(\.chinese).joined(separator: "、") + category.chinese
        }
    }
}

/// A reason a student in scope need not be photographed again.
public enum Exemption: Hashable, Sendable, Codable, CustomStringConvertible {
    /// UCAS: photographed within `years` years and not graduating on time, appearance little changed
    /// (往年如果已经采集过照片，两年内未能如期毕业的学生，如容貌变化不大无需重新采集).
    case photographedWithin(years: Int, whenNotGraduatingOnTime: Bool, condition: String)

    public var description: String {
        switch self {
        case let .photographedWithin(years, late, condition):
            "\(years) 年内已采集过照片\(late ? "且未能如期毕业" : "")，\(condition)：无需重新采集"
        }
    }
}

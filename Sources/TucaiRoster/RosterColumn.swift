/// A roster column Tucai understands, and the header cells registrars and student-information systems use
/// for it. Headers are matched after trimming, dropping a leading "*" (a required-field mark in many
/// templates) and a trailing note in parentheses ("身份证号（必填）"); English headers ignore case, spaces and
/// hyphens.
enum RosterColumn: Int, CaseIterable, Sendable {
    case studentNumber, name, idNumber, college, major, className, level, enrolmentYear, programLength,
         expectedGraduation, categories

    var chinese: String {
        switch self {
        case .studentNumber: "学号"
        case .name: "姓名"
        case .idNumber: "身份证号"
        case .college: "学院"
        case .major: "专业"
        case .className: "班级"
        case .level: "学历层次"
        case .enrolmentYear: "入学年份"
        case .programLength: "学制"
        case .expectedGraduation: "预计毕业时间"
        case .categories: "类别"
        }
    }

    var english: String {
        switch self {
        case .studentNumber: "student_number"
        case .name: "name"
        case .idNumber: "id_number"
        case .college: "college"
        case .major: "major"
        case .className: "class"
        case .level: "level"
        case .enrolmentYear: "enrolment_year"
        case .programLength: "program_length"
        case .expectedGraduation: "expected_graduation"
        case .categories: "categories"
        }
    }

    var aliases: [String] {
        switch self {
        case .studentNumber: ["学号", "学生学号", "student_number", "student_no", "student_id"]
        case .name: ["姓名", "学生姓名", "name", "student_name"]
        case .idNumber: ["身份证号", "身份证号码", "证件号码", "证件号", "公民身份号码", "id_number", "id_card", "id_card_number"]
        case .college: ["学院", "培养单位", "院系", "所在学院", "college", "school", "department"]
        case .major: ["专业", "专业名称", "major"]
        case .className: ["班级", "班级名称", "class", "class_name"]
        case .level: ["学历层次", "层次", "培养层次", "level", "degree_level"]
        case .enrolmentYear: ["入学年份", "年级", "入学年级", "enrolment_year", "enrollment_year", "grade"]
        case .programLength: ["学制", "program_length", "programme_length", "length"]
        case .expectedGraduation: ["预计毕业时间", "毕业年月", "预计毕业年月", "毕业时间", "expected_graduation", "graduation"]
        case .categories: ["类别", "学生类别", "category", "categories"]
        }
    }

    /// Columns without which a row names nobody.
    static let required: [RosterColumn] = [.studentNumber, .name]

    private static let byHeader: [String: RosterColumn] = {
        var map: [String: RosterColumn] = [:]
        for column in allCases { for alias in column.aliases { map[alias] = column } }
        return map
    }()

    init?(header: String) {
        guard let column = RosterColumn.byHeader[RosterColumn.normalise(header)] else { return nil }
        self = column
    }

    static func normalise(_ header: String) -> String {
        var text = header.trimmingCharacters(in: { $0.isWhitespace || $0 == "\u{3000}" || $0 == "\u{FEFF}" })
        while text.first == "*" || text.first == "＊" { text.removeFirst() }
        if let open = text.firstIndex(where: { $0 == "(" || $0 == "（" }), text.last == ")" || text.last == "）" {
            text = String(text[..<open])
        }
        text = text.trimmingCharacters(in: { $0.isWhitespace || $0 == "\u{3000}" })
        return String(text.lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 })
    }
}

extension String {
    fileprivate func trimmingCharacters(in isTrimmed: (Character) -> Bool) -> String {
        guard let first = firstIndex(where: { !isTrimmed($0) }), let last = lastIndex(where: { !isTrimmed($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}

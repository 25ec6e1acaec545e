public enum StudentCategoryKind: TermKind { public static let noun = "student category" }

/// A group of students some notices treat apart (留学生, 硕博连读, 高职扩招…), read from a roster's 类别 column.
public typealias StudentCategory = Term<StudentCategoryKind>

extension Term where Kind == StudentCategoryKind {
    public static var international: StudentCategory { StudentCategory("international", chinese: "留学生", english: "international student") }
    public static var combinedMasterDoctoral: StudentCategory {
        StudentCategory("combinedMasterDoctoral", chinese: "硕博连读", english: "combined master's-doctoral student")
    }
    public static var directDoctoral: StudentCategory { StudentCategory("directDoctoral", chinese: "直博生", english: "direct-entry doctoral student") }
    public static var expandedEnrolment: StudentCategory { StudentCategory("expandedEnrolment", chinese: "高职扩招", english: "高职扩招 (expanded vocational enrolment)") }

    public static var standard: [StudentCategory] { [.international, .combinedMasterDoctoral, .directDoctoral, .expandedEnrolment] }
}

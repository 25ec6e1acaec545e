/// A student as a roster describes them. Personal data (ID number) is kept whole here for the export that
/// must carry it; everything that prints a student goes through `Masked`.
public struct Student: Hashable, Sendable, Codable {
    public var studentNumber: String
    public var name: String
    public var idNumber: String?
    public var college: String?
    public var major: String?
    public var className: String?
    public var level: DegreeLevel?
    public var enrolmentYear: Int?
    /// Programme length in years (学制).
    public var programLength: Int?
    public var expectedGraduation: YearMonth?
    /// When this student was photographed for a degree certificate before, if ever.
    public var previousCapture: CivilDate?
    /// Whether the student graduates on schedule (false: deferred past the normal length).
    public var graduatesOnTime: Bool
    public var graduatingEarly: Bool
    /// Groups some notices treat apart (留学生, 硕博连读…), from the roster's 类别 column.
    public var categories: [StudentCategory]

    public init(studentNumber: String, name: String, idNumber: String? = nil, college: String? = nil,
                major: String? = nil, className: String? = nil, level: DegreeLevel? = nil,
                enrolmentYear: Int? = nil, programLength: Int? = nil, expectedGraduation: YearMonth? = nil,
                previousCapture: CivilDate? = nil, graduatesOnTime: Bool = true, graduatingEarly: Bool = false,
                categories: [StudentCategory] = []) {
        self.studentNumber = studentNumber; self.name = name; self.idNumber = idNumber; self.college = college
        self.major = major; self.className = className; self.level = level; self.enrolmentYear = enrolmentYear
        self.programLength = programLength; self.expectedGraduation = expectedGraduation
        self.previousCapture = previousCapture; self.graduatesOnTime = graduatesOnTime
        self.graduatingEarly = graduatingEarly; self.categories = categories
    }
}

import TucaiKernel

/// What a roster row means when its own columns are silent: a registrar exports one level at a time, so
/// the 学历层次 column is often missing, and many exports carry no graduation date at all.
public struct RosterDefaults: Sendable {
    /// The level of rows that give none.
    public var level: DegreeLevel?
    /// The graduating year of rows that give neither 预计毕业时间 nor 入学年份 with 学制. Such a row is taken to
    /// graduate in June, when Chinese universities confer most degrees.
    public var graduationYear: Int?
    /// The day birth dates are judged against ("not in the future", a student's age); today in Beijing
    /// when nil. Tests pin it so their results do not change with the calendar.
    public var referenceDate: CivilDate?
    /// The words a 类别 cell may hold: the kernel's and the institution's own.
    public var categories: [StudentCategory]

    public init(level: DegreeLevel? = nil, graduationYear: Int? = nil, referenceDate: CivilDate? = nil,
                categories: [StudentCategory] = StudentCategory.standard) {
        self.level = level; self.graduationYear = graduationYear; self.referenceDate = referenceDate
        self.categories = categories
    }
}

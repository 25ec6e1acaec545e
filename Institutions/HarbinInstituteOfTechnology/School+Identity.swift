import TucaiKernel

extension School {
    public var scopeRules: [ScopeRule] { Self.scope }
    public var exclusions: [Exclusion] { Self.excluded }

    /// "应参加人员主要包括" lists five groups; the three the kernel's scope rules can say are these.
    /// "20223年学制硕士" is 2022 intake on a 3-year programme ("2022" and "3年学制" ran together), and so on.
    static let scope: [ScopeRule] = [
        .enrolled(.master, year: 2022, programLength: 3),
        .enrolled(.master, year: 2023, programLength: 2),
        .enrolledByYear(.doctoral, year: 2020, category: .directDoctoral),
    ]

    /// The two listed groups no `ScopeRule` can say (see `HITScope`). The fifth, "2.5年学制硕士" of 2023, cannot
    /// be said at all: `Student.programLength` and `ScopeRule.enrolled` count whole years, and the roster
    /// reader refuses a 学制 of "2.5". Such a student comes with 学制 left empty, and is then recognised by the
    /// graduation window below (and, leniently, by the 2023 2-year rule, which admits an unknown length).
    static let otherGroups: [HITScope] = [
        .regularDoctoral(enrolledBy: 2021),
        .earlyDefence(enrolled: 2023, programLength: 3),
    ]

    /// "20254月至20263月间预计毕业(结业)".
    static let graduationWindow = YearMonth(2025, 4)...YearMonth(2026, 3)
    static let graduateLevels: [DegreeLevel] = [.master, .partTimeMaster, .doctoral]

    // "往年已经参加过图像采集,在…学信网…已经有毕业图像的研究生不需要重复采集", and the head sentence's
    // "尚未参加过图像采集".
    static let excluded: [Exclusion] = [.alreadyPhotographed()]

    /// The head sentence sets the scope: "20254月至20263月间预计毕业(结业)但尚未参加过图像采集的在籍硕士、博士
    /// 研究生"; the list under it says whom that "mainly includes" (主要包括). So: a student already
    /// photographed is excluded; a student whose expected graduation the roster gives is in scope exactly when
    /// it falls in the window (a window no `ScopeRule` can say: `.graduating` is one month); a student whose
    /// roster gives only intake and length is judged by the listed groups. No exemptions are stated.
    public func eligibility(of student: Student, captureStarts: CivilDate) -> Eligibility {
        if let exclusion = exclusions.first(where: { $0.applies(to: student) }) {
            return .excluded(because: exclusion.description)
        }
        let listed = scopeRules.first(where: { $0.admits(student) })?.description
            ?? Self.otherGroups.first(where: { $0.admits(student) })?.description
        let window = "\(Self.graduationWindow.lowerBound) 至 \(Self.graduationWindow.upperBound) 间预计毕业(结业)的在籍硕士、博士研究生"
        if let expected = student.expectedGraduation {
            guard student.level.map(Self.graduateLevels.contains) ?? true else {
                return .outOfScope(because: "not a 硕士 or 博士研究生 (\(window))")
            }
            guard Self.graduationWindow.contains(expected) else {
                return .outOfScope(because: "expected to graduate \(expected), outside the window (\(window))")
            }
            return .inScope(because: window + (listed.map { "：\($0)" } ?? ""))
        }
        if let listed { return .inScope(because: listed) }
        return .outOfScope(because: "no expected graduation given, and matches no listed group ("
                           + (scopeRules.map(\.description) + Self.otherGroups.map(\.description)).joined(separator: "; ") + ")")
    }
}

/// Groups of 哈工大's list that the kernel's `ScopeRule` cannot say.
enum HITScope: Hashable, Sendable, CustomStringConvertible {
    /// "2021年及以前入学的普通博士": doctoral students enrolled by that year who are not 直博生 (the notice
    /// gives 直博生 their own, earlier year). `ScopeRule.enrolledByYear` can name a category to take in, not
    /// one to leave out.
    case regularDoctoral(enrolledBy: Int)
    /// "20233年学制已申请提前答辩的硕士": one intake, one programme length and an early defence together;
    /// `ScopeRule.graduatingEarly` has no year and no length.
    case earlyDefence(enrolled: Int, programLength: Int)

    func admits(_ student: Student) -> Bool {
        func level(_ wanted: DegreeLevel) -> Bool { student.level.map { $0 == wanted } ?? true }
        switch self {
        case let .regularDoctoral(year):
            guard let enrolled = student.enrolmentYear else { return false }
            return level(.doctoral) && enrolled <= year && !student.categories.contains(.directDoctoral)
        case let .earlyDefence(year, length):
            return level(.master) && student.enrolmentYear == year && student.programLength == length && student.graduatingEarly
        }
    }

    var description: String {
        switch self {
        case let .regularDoctoral(year): "\(year)年及以前入学的普通博士（直博生除外）"
        case let .earlyDefence(year, length): "\(year)级\(length)年学制已申请提前答辩的硕士"
        }
    }
}

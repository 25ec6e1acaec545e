/// Whether a student is photographed in this campaign, and the rule that decided it. Stored with the
/// student so a registrar can answer "why am I (not) on the list?".
public enum Eligibility: Hashable, Sendable, Codable, CustomStringConvertible {
    case inScope(because: String)
    case excluded(because: String)
    case exempt(because: String)
    case outOfScope(because: String)

    public var isInScope: Bool { if case .inScope = self { true } else { false } }

    public var reason: String {
        switch self {
        case let .inScope(r), let .excluded(r), let .exempt(r), let .outOfScope(r): r
        }
    }

    public var description: String {
        switch self {
        case let .inScope(r): "in scope: \(r)"
        case let .excluded(r): "excluded: \(r)"
        case let .exempt(r): "exempt: \(r)"
        case let .outOfScope(r): "out of scope: \(r)"
        }
    }
}

extension ScopeRule {
    /// Whether this rule takes `student` in. A student whose level the roster does not give is matched on
    /// the other fields alone, since many rosters carry no 学历层次 column.
    public func admits(_ student: Student) -> Bool {
        // No level in the roster matches on the other fields; no level in the rule means every level.
        func levelMatches(_ levels: [DegreeLevel]) -> Bool {
            guard let level = student.level, !levels.isEmpty else { return true }
            return levels.contains(level)
        }
        let graduationYear = student.expectedGraduation?.year
            ?? student.enrolmentYear.flatMap { y in student.programLength.map { y + $0 } }
        switch self {
        case let .enrolled(level, year, length):
            return levelMatches([level]) && student.enrolmentYear == year
                && (length == nil || student.programLength == nil || student.programLength == length)
        case let .graduating(month, levels):
            if let expected = student.expectedGraduation { return expected == month && levelMatches(levels) }
            return graduationYear == month.year && levelMatches(levels)
        case let .graduatingInYear(year, levels):
            return graduationYear == year && levelMatches(levels)
        case let .earlierCohortsNeverPhotographed(levels):
            return levelMatches(levels) && student.previousCapture == nil && !student.graduatesOnTime
        case let .graduatingEarly(levels):
            return student.graduatingEarly && levelMatches(levels)
        case let .level(level):
            return levelMatches([level])
        case let .enrolledByYear(level, year, category):
            guard let enrolled = student.enrolmentYear, enrolled <= year else { return false }
            if let category { return student.categories.contains(category) && levelMatches([level]) }
            return levelMatches([level])
        case let .category(category, levels):
            return student.categories.contains(category) && levelMatches(levels)
        }
    }
}

extension Exclusion {
    public func applies(to student: Student) -> Bool {
        switch self {
        case let .studentNumberPrefix(prefix, _): student.studentNumber.hasPrefix(prefix)
        case let .level(level): student.level == level
        case let .category(category): student.categories.contains(category)
        case let .alreadyPhotographed(unless):
            student.previousCapture != nil && !(unless.map(student.categories.contains) ?? false)
        }
    }
}

extension Exemption {
    /// Whether the exemption frees `student` from a campaign whose capture starts on `captureDate`.
    public func applies(to student: Student, captureDate: CivilDate) -> Bool {
        switch self {
        case let .photographedWithin(years, whenLate, _):
            guard let previous = student.previousCapture else { return false }
            let cutoff = CivilDate(captureDate.year - years, captureDate.month, min(captureDate.day, 28))
            return previous >= cutoff && previous <= captureDate && (!whenLate || !student.graduatesOnTime)
        }
    }
}

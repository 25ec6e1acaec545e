import Foundation
import TucaiKernel

/// A roster made up for a published table, for campaigns run without a real roster, for tests and for the
/// benchmark. It looks like a registrar's export: Chinese header, CRLF line ends, realistic names, identity
/// numbers that pass GB 11643 with birth dates that fit the cohort, and every unit of the table placed in the
/// column it names (a college, a major or a class), so the engine can match students to sessions.
public enum SyntheticRoster {
    /// The header it writes, in the order registrars' exports usually have.
    public static let header = ["学号", "姓名", "身份证号", "学院", "专业", "班级", "学历层次", "入学年份", "学制", "预计毕业时间"]

    /// Students per unit when the table gives no headcounts and no `count` is asked for.
    public static let studentsPerUnitWithoutHeadcount = 40

    /// The kinds of bad row written, in turn.
    public enum BadRow: CaseIterable, Sendable {
        case wrongCheckDigit, duplicateStudentNumber, missingName
    }

    /// A reproducible roster (same seed, same bytes) for the units and headcounts of a published table (or
    /// `count` students spread over its units when the table has no headcounts): realistic Chinese names,
    /// valid 18-digit ID numbers (GB 11643 check digit, plausible birth dates for the cohort), student numbers,
    /// college/major/class from the table, and `badRows` deliberately bad rows (wrong check digit, duplicate
    /// student number, missing name) so imports exercise their checks.
    ///
    /// Good rows number exactly the table's headcount (or `count` when given, spread over the units in
    /// proportion to their headcounts); the bad rows come on top, at seeded positions, in the order of
    /// `BadRow.allCases`.
    public static func csv(for table: SessionTable, cohort: Cohort, seed: UInt64, count: Int?, badRows: Int) -> Data {
        var generator = SplitMix64(seed: seed)
        let units = plannedUnits(table, count: count)
        var students: [Student] = []
        students.reserveCapacity(units.reduce(0) { $0 + $1.count })
        var bytes: [UInt8] = []
        var usedIDs = Set<UInt64>()
        let serialDigits = max(4, String(units.map(\.count).max() ?? 0).count)
        for unit in units {
            for serial in 0..<unit.count {
                students.append(student(unit: unit, serial: serial, serialDigits: serialDigits, cohort: cohort,
                                        usedIDs: &usedIDs, using: &generator))
            }
        }
        // Positions of the bad rows among the good ones, drawn before writing so the good rows' bytes do not
        // depend on how many bad rows there are.
        var badPositions: [Int] = (0..<badRows).map { _ in 1 + generator.below(max(students.count, 1)) }
        badPositions.sort()
        bytes.reserveCapacity((students.count + badRows) * 110 + 200)
        append(header, to: &bytes)
        var nextBad = 0
        var badSerial = 0
        for (i, student) in students.enumerated() {
            while nextBad < badPositions.count, badPositions[nextBad] <= i {
                append(badRow(BadRow.allCases[nextBad % BadRow.allCases.count], before: i, students: students,
                              serial: &badSerial, cohort: cohort, usedIDs: &usedIDs, using: &generator), to: &bytes)
                nextBad += 1
            }
            append(fields(of: student), to: &bytes)
        }
        while nextBad < badPositions.count {
            append(badRow(BadRow.allCases[nextBad % BadRow.allCases.count], before: students.count, students: students,
                          serial: &badSerial, cohort: cohort, usedIDs: &usedIDs, using: &generator), to: &bytes)
            nextBad += 1
        }
        return Data(bytes)
    }

    /// The roster `csv(…, badRows: 0)` makes, byte for byte, written to `url` a few megabytes at a time: it holds
    /// neither the students nor the file, only eight bytes a student to keep their ID numbers apart. Returns the
    /// number of students written.
    public static func write(to url: URL, for table: SessionTable, cohort: Cohort, seed: UInt64, count: Int?) throws -> Int {
        guard FileManager.default.createFile(atPath: url.path, contents: nil), let file = try? FileHandle(forWritingTo: url) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        defer { try? file.close() }
        var generator = SplitMix64(seed: seed)
        let units = plannedUnits(table, count: count)
        var usedIDs = Set<UInt64>()
        usedIDs.reserveCapacity(units.reduce(0) { $0 + $1.count })
        let serialDigits = max(4, String(units.map(\.count).max() ?? 0).count)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(1 << 22)
        append(header, to: &bytes)
        var written = 0
        for unit in units {
            for serial in 0..<unit.count {
                append(fields(of: student(unit: unit, serial: serial, serialDigits: serialDigits, cohort: cohort, usedIDs: &usedIDs,
                                          using: &generator)), to: &bytes)
                written += 1
                if bytes.count >= 1 << 22 {
                    try file.write(contentsOf: bytes)
                    bytes.removeAll(keepingCapacity: true)
                }
            }
        }
        try file.write(contentsOf: bytes)
        return written
    }

    // MARK: Units

    private struct PlannedUnit {
        var college: String?
        var major: String?
        var className: String?
        var count: Int
        /// The digits a student number carries for the unit.
        var code: Int
    }

    private static func plannedUnits(_ table: SessionTable, count: Int?) -> [PlannedUnit] {
        var order: [String] = []
        var headcounts: [String: Int] = [:]
        var colleges: [String: String] = [:]
        var everyRowCounted = !table.sessions.isEmpty
        for session in table.sessions {
            let share = session.headcount.map { split($0, over: session.units.count) }
            if session.headcount == nil { everyRowCounted = false }
            for (k, unit) in session.units.enumerated() {
                if headcounts[unit] == nil { order.append(unit); headcounts[unit] = 0 }
                headcounts[unit]! += share?[k] ?? 0
                if let college = session.college { colleges[unit] = college }
            }
        }
        if order.isEmpty {
            order = ["信息工程学院", "经济管理学院", "外国语学院", "文学院"]
            everyRowCounted = false
        }
        var counts: [Int]
        if let count {
            // In proportion to the headcounts when the table has them, evenly otherwise.
            let weights = everyRowCounted ? order.map { max(headcounts[$0]!, 1) } : order.map { _ in 1 }
            let total = weights.reduce(0, +)
            counts = weights.map { count * $0 / total }
            var left = count - counts.reduce(0, +)
            var i = 0
            while left > 0 { counts[i % counts.count] += 1; left -= 1; i += 1 }
        } else if everyRowCounted {
            counts = order.map { headcounts[$0]! }
        } else {
            counts = order.map { _ in studentsPerUnitWithoutHeadcount }
        }
        return order.enumerated().map { i, unit in
            var planned = PlannedUnit(count: counts[i], code: i + 1)
            switch kind(of: unit) {
            case .college:
                planned.college = unit
                planned.major = stableChoice(majors, for: unit)
            case .major:
                planned.college = colleges[unit] ?? stableChoice(collegeNames, for: unit)
                planned.major = unit
            default:
                planned.college = colleges[unit] ?? stableChoice(collegeNames, for: String(unit.prefix(4)))
                let stem = String(unit.prefix { !$0.isNumber })
                planned.major = stem.isEmpty ? stableChoice(majors, for: String(unit.prefix(5))) : stem
                planned.className = unit
            }
            return planned
        }
    }

    private static func split(_ total: Int, over parts: Int) -> [Int] {
        guard parts > 0 else { return [] }
        return (0..<parts).map { total / parts + ($0 < total % parts ? 1 : 0) }
    }

    /// What a table's unit names, read from its words: 学院, 研究所 … are colleges; anything with digits is a class
    /// code or class cell; the rest are majors.
    static func kind(of unit: String) -> GroupingUnit {
        let collegeEndings = ["学院", "研究院", "研究所", "研究中心", "中心", "学部", "书院", "系", "所", "院", "部"]
        if collegeEndings.contains(where: unit.hasSuffix) { return .college }
        if unit.contains(where: \.isNumber) { return .className }
        return .major
    }

    private static func stableChoice(_ items: [String], for key: String) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return items[Int(hash % UInt64(items.count))]
    }

    private static let collegeNames = [
        "信息工程学院", "经济管理学院", "外国语学院", "文学院", "机械工程学院", "材料科学与工程学院", "土木工程学院",
        "化学化工学院", "数学与统计学院", "法学院", "艺术学院", "体育学院", "马克思主义学院", "生命科学学院",
    ]

    private static let majors = [
        "计算机科学与技术", "软件工程", "会计学", "市场营销", "英语", "汉语言文学", "机械设计制造及其自动化",
        "材料成型及控制工程", "土木工程", "应用化学", "数学与应用数学", "法学", "视觉传达设计", "社会体育指导与管理",
        "思想政治教育", "生物技术", "电子信息工程", "自动化", "国际经济与贸易", "环境工程",
    ]

    // MARK: Students

    private static func student(unit: PlannedUnit, serial: Int, serialDigits: Int, cohort: Cohort,
                                usedIDs: inout Set<UInt64>, using generator: inout SplitMix64) -> Student {
        let level: DegreeLevel
        let length: Int
        let entryAge: Int
        switch cohort.level {
        case .graduate:
            if generator.below(100) < 15 {
                level = .doctoral; length = 4; entryAge = 24 + generator.below(7)
            } else {
                level = .master; length = generator.below(5) == 0 ? 2 : 3; entryAge = 22 + generator.below(4)
            }
        case .undergraduate:
            level = .bachelor; length = 4
            let r = generator.below(10)
            entryAge = r < 7 ? 18 : r < 9 ? 19 : 17
        }
        let enrolment = cohort.graduationYear - length
        let male = generator.below(2) == 0
        let birthYear = enrolment - entryAge
        let birthMonth = 1 + generator.below(12)
        let birthDay = 1 + generator.below(CivilDate.daysIn(month: birthMonth, year: birthYear))
        // Redrawn on a clash: a million students share few enough birth dates and sequence codes that some
        // would otherwise get the same number, and a roster of valid students has none.
        var id = idNumber(born: CivilDate(birthYear, birthMonth, birthDay), male: male, using: &generator)
        while !usedIDs.insert(key(of: id)).inserted {
            id = idNumber(born: CivilDate(birthYear, birthMonth, birthDay), male: male, using: &generator)
        }
        let levelDigit = level == .doctoral ? 3 : level == .master ? 2 : 1
        let number = "\(enrolment)\(levelDigit)" + padded(unit.code, 3) + padded(serial + 1, serialDigits)
        var className = unit.className
        if className == nil, cohort.level == .undergraduate, let major = unit.major {
            className = "\(major)\(enrolment % 100)级\(serial / 35 + 1)班"
        }
        return Student(studentNumber: number, name: ChineseNames.random(male: male, using: &generator), idNumber: id,
                       college: unit.college, major: unit.major, className: className, level: level,
                       enrolmentYear: enrolment, programLength: length,
                       expectedGraduation: YearMonth(cohort.graduationYear, 6))
    }

    /// Address codes of real county-level divisions across the country (GB/T 2260).
    static let regionCodes = [
        "110101", "110108", "120101", "130102", "140105", "150102", "210102", "220102", "230102", "310101",
        "320102", "330102", "331102", "340102", "350102", "360102", "360111", "370102", "410102", "420102",
        "430102", "440103", "450102", "460105", "500101", "510104", "520102", "530102", "530103", "530111",
        "530402", "532301", "532501", "532901", "540102", "610102", "620102", "630102", "640104", "650102",
    ]

    static func idNumber(born: CivilDate, male: Bool, using generator: inout SplitMix64) -> String {
        let sequence = generator.below(500) * 2 + (male ? 1 : 0)
        let first17 = generator.pick(regionCodes)
            + padded(born.year, 4) + padded(born.month, 2) + padded(born.day, 2) + padded(sequence, 3)
        let digits = first17.utf8.map { Int($0) - 48 }
        return first17 + String(ResidentIDNumber.checkCharacter(forDigits: digits))
    }

    /// An ID number's first 17 digits, which decide its check character: eight bytes to remember it by, where
    /// the text would take forty.
    private static func key(of id: String) -> UInt64 {
        id.utf8.prefix(17).reduce(0) { $0 &* 10 &+ UInt64($1 &- 48) }
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    private static func badRow(_ kind: BadRow, before index: Int, students: [Student], serial: inout Int, cohort: Cohort,
                               usedIDs: inout Set<UInt64>, using generator: inout SplitMix64) -> [String] {
        serial += 1
        // A student the roster does not otherwise have, numbered outside every unit's range.
        let template = students.isEmpty ? nil : students[generator.below(students.count)]
        var extra = template ?? Student(studentNumber: "", name: "", level: nil)
        extra.studentNumber = "\(cohort.graduationYear)9999" + padded(serial, 5)
        extra.name = ChineseNames.random(male: generator.below(2) == 0, using: &generator)
        let born = CivilDate(cohort.graduationYear - 22, 1 + generator.below(12), 1 + generator.below(28))
        var id = idNumber(born: born, male: generator.below(2) == 0, using: &generator)
        while !usedIDs.insert(key(of: id)).inserted { id = idNumber(born: born, male: generator.below(2) == 0, using: &generator) }
        extra.idNumber = id
        switch kind {
        case .wrongCheckDigit:
            let id = extra.idNumber!
            let check = id.last!
            let wrong: Character = check == "X" ? "0" : check == "9" ? "X" : Character(String(Int(String(check))! + 1))
            extra.idNumber = String(id.dropLast()) + String(wrong)
        case .duplicateStudentNumber:
            if index > 0 { extra.studentNumber = students[generator.below(index)].studentNumber }
        case .missingName:
            extra.name = ""
        }
        return fields(of: extra)
    }

    // MARK: Writing

    private static func fields(of s: Student) -> [String] {
        [s.studentNumber, s.name, s.idNumber ?? "", s.college ?? "", s.major ?? "", s.className ?? "",
         s.level?.chinese ?? "", s.enrolmentYear.map(String.init) ?? "", s.programLength.map(String.init) ?? "",
         s.expectedGraduation?.description ?? ""]
    }

    private static func append(_ fields: [String], to bytes: inout [UInt8]) {
        for (i, field) in fields.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            if field.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }) {
                bytes.append(UInt8(ascii: "\""))
                for b in field.utf8 {
                    if b == UInt8(ascii: "\"") { bytes.append(b) }
                    bytes.append(b)
                }
                bytes.append(UInt8(ascii: "\""))
            } else {
                bytes.append(contentsOf: field.utf8)
            }
        }
        bytes.append(13)
        bytes.append(10)
    }
}

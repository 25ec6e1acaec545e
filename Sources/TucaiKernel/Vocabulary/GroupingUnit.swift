public enum GroupingUnitKind: TermKind { public static let noun = "grouping unit" }

/// What a published table schedules as one unit.
public typealias GroupingUnit = Term<GroupingUnitKind>

extension Term where Kind == GroupingUnitKind {
    public static var college: GroupingUnit { GroupingUnit("college", chinese: "学院（培养单位）", english: "college") }
    public static var major: GroupingUnit { GroupingUnit("major", chinese: "专业", english: "major") }
    public static var className: GroupingUnit { GroupingUnit("class", chinese: "班级", english: "class") }
}

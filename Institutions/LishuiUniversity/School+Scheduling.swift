import TucaiKernel

extension School {
    /// The text gives the date and the floor (“11B一楼”) but no daily window: 上午/下午 appear only in the
    /// table, so the windows stay empty rather than be read back from the rows they should bound.
    public var captureDays: [CaptureDay] { Self.theCaptureDays }
    static let theCaptureDays = [
        CaptureDay(CivilDate(2020, 9, 13), windows: [], rooms: ["11B-103", "11B105", "11B107"]),
    ]

    /// Declared in the attachment's captions, each with its group; spelt as printed (one with a hyphen,
    /// two without).
    public var rooms: [Room] { Self.theRooms }
    static let theRooms = [
        Room("11B-103", aliases: ["A组"]),
        Room("11B105", aliases: ["B组"]),
        Room("11B107", aliases: ["C组"]),
    ]

    public var groupingUnit: GroupingUnit? { .className }

    public var arrivalLeadMinutes: Int? { 15 }

    public var ordering: SessionOrdering? { .byStudentNumberWithinClass }

    /// “按安排表进行” and “务必按时参加拍摄”, missing it leads to a paid 散拍: no other slot is offered.
    public var slotFlexibility: SlotFlexibility? { .ownSlotOnly }

    /// Only the teachers' names are to be reported; the notice asks nothing of the student's.
    public var staff: [StaffRequirement] { Self.theStaff }
    static let theStaff = [
        StaffRequirement(per: .college, role: "负责老师", 2, reportBy: CivilDate(2020, 9, 10), reportTo: "教务处教务科"),
        StaffRequirement(per: .college, role: "学生", 1),
    ]
}

import TucaiKernel

extension School {
    public var campuses: [Campus] { Self.campusList }
    public var captureDays: [CaptureDay] { Self.announcedDays }
    public var rooms: [Room] { Self.declaredRooms }
    public var groupingUnit: GroupingUnit? { .college }
    public var ordering: SessionOrdering? { .queue }
    public var slotFlexibility: SlotFlexibility? { .ownSlotOnly }
    public var staff: [StaffRequirement] { Self.marshals }

    static let chenggong = "呈贡校区"
    static let donglu = "东陆校区"
    static let chenggongDay = CivilDate(2020, 11, 2)
    static let dongluDay = CivilDate(2020, 11, 3)

    static let campusList = [Campus(chenggong), Campus(donglu)]

    // The text writes the afternoon as "下午 1:00-4:00"; read on a 24-hour clock that is 13:00-16:00.
    static let dailyWindows = [TimeWindow(TimeOfDay(9, 0), TimeOfDay(12, 0)), TimeWindow(TimeOfDay(13, 0), TimeOfDay(16, 0))]

    static let declaredRooms = [
        Room("文汇楼 1 栋 1413", campus: chenggong, aliases: ["文汇楼 1 栋 1413 教室"]),
        Room("文汇楼 1 栋 1414", campus: chenggong, aliases: ["文汇楼 1 栋 1414 教室"]),
        Room("南学楼 204", campus: donglu, aliases: ["南学楼 204 教室"]),
        Room("南学楼 206", campus: donglu, aliases: ["南学楼 206 教室"]),
    ]

    static let announcedDays = [
        CaptureDay(chenggongDay, printedWeekday: .monday, campus: chenggong, windows: dailyWindows,
                   rooms: ["文汇楼 1 栋 1413", "文汇楼 1 栋 1414"]),
        CaptureDay(dongluDay, printedWeekday: .tuesday, campus: donglu, windows: dailyWindows,
                   rooms: ["南学楼 204", "南学楼 206"]),
    ]

    static let marshals = [
        StaffRequirement(per: .college, role: "维持好本单位拍照学生秩序的人员", 1),
    ]
}

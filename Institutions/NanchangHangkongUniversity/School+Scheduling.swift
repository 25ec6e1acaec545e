import TucaiKernel

extension School {
    public var rooms: [Room] { [Self.venue] }
    public var captureDays: [CaptureDay] { Self.announcedDays }
    public var groupingUnit: GroupingUnit? { .className }
    public var arrivalLeadMinutes: Int? { 15 }
    public var ordering: SessionOrdering? { .bySequenceNumber }
    public var slotFlexibility: SlotFlexibility? { .ownSlotOnly }
    public var staff: [StaffRequirement] { Self.collegeStaff }

    static let venue = Room("大学生事务中心")

    static let firstDay = CivilDate(2022, 10, 20)
    static let secondDay = CivilDate(2022, 10, 21)

    static let morning = TimeWindow(TimeOfDay(9), TimeOfDay(12))
    static let afternoon = TimeWindow(TimeOfDay(13, 30), TimeOfDay(16, 30))

    // The text names the dates, weekdays and place but no hours; the windows are the half-day blocks
    // (2022.10.20上午, 2022.10.20下午, 2022.10.21上午) that 附件一's date column prints, spanned by their slots.
    // No campus is named anywhere.
    static let announcedDays: [CaptureDay] = [
        CaptureDay(firstDay, printedWeekday: .thursday, windows: [morning, afternoon], rooms: [venue.name]),
        CaptureDay(secondDay, printedWeekday: .friday, windows: [morning], rooms: [venue.name]),
    ]

    static let collegeStaff: [StaffRequirement] = [
        StaffRequirement(per: .college, role: "领队教师", 1, 2),
        StaffRequirement(per: .college, role: "协助的学生干部", 1, 2),
    ]
}

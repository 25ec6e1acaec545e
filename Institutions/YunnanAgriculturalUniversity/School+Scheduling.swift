import TucaiKernel

extension School {
    public var captureDays: [CaptureDay] { Self.announcedDays }
    public var rooms: [Room] { Self.declaredRooms }
    public var groupingUnit: GroupingUnit? { .major }
    public var arrivalLeadMinutes: Int? { 15 }
    /// Each class lines its students up (组织学生列队) and comes in as a queue.
    public var ordering: SessionOrdering? { .queue }
    public var slotFlexibility: SlotFlexibility? { Self.slotRule }

    /// The rooms of 二、2 (逸夫楼 C区203、204、205、207教室), as the text names them; the table's rooms are
    /// whatever it prints, and the two are left to the checker to compare.
    static let declaredRooms: [Room] = ["203", "204", "205", "207"].map { number in
        Room("C区\(number)", aliases: ["逸夫楼C区\(number)", "逸夫楼 C区\(number)"])
    }

    /// 二、1 prints "2022年11月19" with no 日 and no weekday.
    static let announcedDays = [
        CaptureDay(
            CivilDate(2022, 11, 19),
            windows: [TimeWindow(TimeOfDay(8, 30), TimeOfDay(12, 0)), TimeWindow(TimeOfDay(13, 0), TimeOfDay(16, 30))],
            rooms: declaredRooms.map(\.name)
        ),
    ]

    /// 三、2 and 附件2 Q3 say the same thing in two places.
    static let slotRule = SlotFlexibility.ownSlotInPrinciple(exception: "特殊情况在学校安排的集中采集时间内都可以处理")
}

import TucaiKernel

extension School {
    public var campuses: [Campus] { [Campus(Self.campus1), Campus(Self.campus2)] }
    public var captureDays: [CaptureDay] { Self.announcedDays }
    public var rooms: [Room] { Self.declaredRooms }
    /// "请各学院研究生优先按附件中安排的时间参加采集": the attachment schedules colleges.
    public var groupingUnit: GroupingUnit? { .college }
    /// Their own slot first; another announced period when it clashes with lab work or classes. A campaign
    /// therefore needs the attachment's table (the config's `sessionTable`): students are not simply walk-ins.
    public var slotFlexibility: SlotFlexibility? { .ownSlotInPrinciple(exception: "若安排时间与实验或课程等冲突,在上述任意采集时间段内参加即可") }
    public var missingTimetable: String? { "附件" }

    static let campus1 = "一校区"
    static let campus2 = "二校区"
    static let activityCentre = "活动中心101室"
    static let mainBuilding = "主楼B11室"

    static let morning = TimeWindow(TimeOfDay(8, 30), TimeOfDay(11, 30))
    static let afternoon = TimeWindow(TimeOfDay(13, 30), TimeOfDay(16, 30))

    static let declaredRooms = [
        Room(activityCentre, campus: campus1, aliases: ["活动中心101"]),
        Room(mainBuilding, campus: campus2, aliases: ["主楼B11"]),
    ]

    /// "一校区:活动中心101室,202542223日(8:30-11:30,13:30-16:30)" is 22 and 23 April 2025; "二校区:主楼B11室,
    /// 2025423日(13:30-16:30)" is 23 April 2025, afternoon only. No weekdays are printed.
    static let announcedDays = [
        CaptureDay(CivilDate(2025, 4, 22), campus: campus1, windows: [morning, afternoon], rooms: [activityCentre]),
        CaptureDay(CivilDate(2025, 4, 23), campus: campus1, windows: [morning, afternoon], rooms: [activityCentre]),
        CaptureDay(CivilDate(2025, 4, 23), campus: campus2, windows: [afternoon], rooms: [mainBuilding]),
    ]

    /// Every announced period, whichever campus: a student whose slot clashes may come to any of them.
    static let announcedPeriods: [TimeWindow] = [morning, afternoon]
}

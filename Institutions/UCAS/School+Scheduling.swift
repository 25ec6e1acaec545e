import TucaiKernel

extension School {
    public var campuses: [Campus] { Self.campusList }
    public var captureDays: [CaptureDay] { Self.captureDayList }
    public var rooms: [Room] { Self.roomList }
    // 附件1 schedules 研究所 and 校部各院系, i.e. 培养单位.
    public var groupingUnit: GroupingUnit? { .college }
    // "请通知学生按照对应时间段前往拍摄": students come in their unit's slot.
    public var slotFlexibility: SlotFlexibility? { .ownSlotOnly }

    static let zhongguancun = "中关村校区"
    static let yanqihu = "雁栖湖校区"

    static let campusList = [Campus(zhongguancun), Campus(yanqihu)]

    static let zhongguancunHall = Room("青年公寓6号楼三层多功能厅", campus: zhongguancun,
                                       aliases: ["中关村校区青年公寓6号楼三层多功能厅"])
    static let yanqihuHall = Room("东区礼堂二层", campus: yanqihu, aliases: ["雁栖湖校区东区礼堂二层"])

    static let roomList = [zhongguancunHall, yanqihuHall]

    static let zhongguancunWindows = [TimeWindow(TimeOfDay(8, 30), TimeOfDay(12, 0)),
                                      TimeWindow(TimeOfDay(13, 0), TimeOfDay(16, 30))]
    static let yanqihuWindows = [TimeWindow(TimeOfDay(10, 0), TimeOfDay(12, 0)),
                                 TimeWindow(TimeOfDay(13, 0), TimeOfDay(15, 30))]

    // The text prints the dates without weekdays ("2024年10月21日-10月24日", "10月25日"); the weekdays
    // printed in 附件1 belong to the sessions.
    static let captureDayList: [CaptureDay] =
        (21...24).map { day in
            CaptureDay(CivilDate(2024, 10, day), campus: zhongguancun, windows: zhongguancunWindows,
                       rooms: [zhongguancunHall.name])
        }
        + [CaptureDay(CivilDate(2024, 10, 25), campus: yanqihu, windows: yanqihuWindows, rooms: [yanqihuHall.name])]
}

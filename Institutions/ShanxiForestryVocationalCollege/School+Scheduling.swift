import TucaiKernel

extension Term where Kind == GroupingUnitKind {
    /// A department (系) of a vocational college: 山西林业 asks each 系 to organise its students and send staff.
    static var sxlyDepartment: GroupingUnit { GroupingUnit("department", chinese: "系", english: "department (系)") }
}

extension School {
    public var captureDays: [CaptureDay] { [Self.announcedDay] }
    public var rooms: [Room] { [Self.gym] }
    public var ordering: SessionOrdering? { .rollCallByClassLeader }
    public var staff: [StaffRequirement] { [Self.departmentStaff] }
    /// "根据2023届毕业生图像采集时间安排表": the table is an attachment the text lacks; a campaign takes the
    /// registrar's table from its config. What it schedules as one unit (系 or class) is not said.
    public var missingTimetable: String? { "2023届毕业生图像采集时间安排表" }

    static let gym = Room("形体室")

    /// "6月18日上午8:00-12:00,下午2:00-6:00": the afternoon is on a 12-hour clock, 14:00-18:00. No weekday
    /// and no campus are printed.
    static let announcedDay = CaptureDay(
        CivilDate(2022, 6, 18),
        windows: [TimeWindow(TimeOfDay(8, 0), TimeOfDay(12, 0)), TimeWindow(TimeOfDay(14, 0), TimeOfDay(18, 0))],
        rooms: [gym.name]
    )

    /// "请各系至少安排一名工作人员在采集现场协调组织本系学生有序完成采集任务": at least one; `StaffRequirement`
    /// has no open upper bound, so one is both minimum and maximum here.
    static let departmentStaff = StaffRequirement(per: .sxlyDepartment, role: "工作人员（在采集现场协调组织本系学生有序完成采集任务）", 1)
}

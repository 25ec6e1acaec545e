import TucaiKernel

extension School {
    public var campuses: [Campus] { [Campus(Self.pingfeng)] }
    public var captureDays: [CaptureDay] { [Self.sunday] }
    public var rooms: [Room] { [Self.b412] }
    public var ordering: SessionOrdering? { .bySignUpOrder }

    static let pingfeng = "屏峰校区"

    static let b412 = Room("广知楼B412", campus: pingfeng, aliases: ["广知楼B412教室", "第5组", "第5组(广知楼B412教室)"])

    /// One announced time and room and no table: the students walk in within the window.
    static let sunday = CaptureDay(CivilDate(2024, 11, 3), printedWeekday: .sunday, campus: pingfeng,
                                   windows: [TimeWindow(TimeOfDay(12, 30), TimeOfDay(16, 0))], rooms: [b412.name])

    // No grouping unit, table, arrival lead, staff or slot flexibility: one session for everyone. "按规定时间准时"
    // is kept in otherRules; with no table there is no slot of one's own to enforce.
}

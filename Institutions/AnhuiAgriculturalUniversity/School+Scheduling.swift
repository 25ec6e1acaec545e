import TucaiKernel

extension School {
    public var captureDays: [CaptureDay] { [Self.announcedDay] }
    public var rooms: [Room] { [Self.room] }
    public var arrivalLeadMinutes: Int? { 15 }
    public var ordering: SessionOrdering? { .byIDCardSwipe }
    /// "具体安排见附表": the per-college timetable is an attachment the text lacks. A campaign takes the
    /// registrar's table from its config (`sessionTable`). What the table schedules as one unit is unknown.
    public var missingTimetable: String? { "附表" }

    static let room = Room("博学楼129教室", aliases: ["博学楼129"])

    /// "2020年10月24日08:00—17:00", as printed. The notice is for the 2022 cohort (2022届, 拟于2022年毕业), so a
    /// capture in October 2020 is almost certainly a slip for 2021 in the source; it is kept as printed, not
    /// corrected, and the expected facts record the two years side by side. No campus and no weekday are
    /// printed, and no break: one window from 08:00 to 17:00.
    static let announcedDay = CaptureDay(
        CivilDate(2020, 10, 24), windows: [TimeWindow(TimeOfDay(8, 0), TimeOfDay(17, 0))], rooms: [room.name]
    )
}

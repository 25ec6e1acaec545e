/// One row of a published capture table: who comes, where, and when. Several units may share one slot
/// (NCHU puts twenty classes in an hour; YNU two colleges in one room-hour).
public struct Session: Hashable, Sendable, Codable {
    /// Colleges, majors or classes served, as the table names them.
    public var units: [String]
    public var room: String?
    public var date: CivilDate
    /// The weekday printed beside the date in the table, if any.
    public var printedWeekday: Weekday?
    public var start: TimeOfDay
    public var end: TimeOfDay
    /// Students expected, when the table gives a number.
    public var headcount: Int?
    /// The college the units belong to, when the table groups rows by college.
    public var college: String?
    /// A group label ("1组", "A组").
    public var group: String?
    public var remarks: [String]

    public init(units: [String], room: String? = nil, date: CivilDate, printedWeekday: Weekday? = nil,
                start: TimeOfDay, end: TimeOfDay, headcount: Int? = nil, college: String? = nil,
                group: String? = nil, remarks: [String] = []) {
        self.units = units; self.room = room; self.date = date; self.printedWeekday = printedWeekday
        self.start = start; self.end = end; self.headcount = headcount; self.college = college
        self.group = group; self.remarks = remarks
    }

    /// A row for a single unit, the common case.
    public init(_ unit: String, room: String? = nil, date: CivilDate, printedWeekday: Weekday? = nil,
                _ start: TimeOfDay, _ end: TimeOfDay, headcount: Int? = nil, college: String? = nil,
                group: String? = nil, remarks: [String] = []) {
        self.init(units: [unit], room: room, date: date, printedWeekday: printedWeekday, start: start, end: end,
                  headcount: headcount, college: college, group: group, remarks: remarks)
    }

    public var window: TimeWindow { TimeWindow(start, end) }
    public var minutes: Int { end - start }
}

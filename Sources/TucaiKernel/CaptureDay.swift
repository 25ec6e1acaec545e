/// One day of collective capture as the notice's text announces it: where, in which daily windows, in which
/// rooms. The published table must fit inside these.
public struct CaptureDay: Hashable, Sendable, Codable, CustomStringConvertible {
    public var date: CivilDate
    /// The weekday the notice prints beside the date, if any; the checker compares it with the calendar.
    public var printedWeekday: Weekday?
    public var campus: String?
    public var windows: [TimeWindow]
    /// Room names (as `Room.name`) in use that day.
    public var rooms: [String]

    public init(_ date: CivilDate, printedWeekday: Weekday? = nil, campus: String? = nil, windows: [TimeWindow], rooms: [String]) {
        self.date = date; self.printedWeekday = printedWeekday; self.campus = campus; self.windows = windows; self.rooms = rooms
    }

    public var description: String {
        var text = "\(date)"
        if let printedWeekday { text += "（\(printedWeekday)）" }
        if let campus { text += " \(campus)" }
        text += " " + windows.map(\.description).joined(separator: ", ")
        if !rooms.isEmpty { text += " @ " + rooms.joined(separator: "、") }
        return text
    }
}

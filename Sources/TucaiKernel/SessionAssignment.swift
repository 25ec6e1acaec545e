/// The session a student is expected at, and how it was decided. A copy of the session's particulars is
/// kept, so that a stored campaign still reads correctly when a module's table is later corrected.
public struct SessionAssignment: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Source: String, Hashable, Sendable, Codable, CaseIterable {
        /// The published table's row for the student's unit.
        case publishedTable
        /// Booked by the student beforehand (YNAU's mini-program).
        case reservation
        /// Booked with the staff at the station (YNAU: 在拍摄现场找工作人员现场预约).
        case onSiteReservation
    }

    /// The row's index in the institution's published table.
    public var session: Int
    public var source: Source
    public var unit: String
    public var room: String?
    public var date: CivilDate
    public var start: TimeOfDay
    public var end: TimeOfDay

    public init(session: Int, source: Source, unit: String, room: String?, date: CivilDate, start: TimeOfDay, end: TimeOfDay) {
        self.session = session; self.source = source; self.unit = unit; self.room = room; self.date = date
        self.start = start; self.end = end
    }

    public var isReservation: Bool { source != .publishedTable }

    public var description: String {
        "\(date) \(start)-\(end) \(room ?? "-") \(unit)" + (source == .publishedTable ? "" : " (\(source.rawValue))")
    }
}

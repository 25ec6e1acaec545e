import TucaiKernel

/// What the institution's text says about capture, against which its table is checked: the days with their
/// windows and rooms, the rooms it declares, the arrival lead.
public struct ScheduleDeclaration: Sendable {
    public var captureDays: [CaptureDay]
    public var rooms: [Room]
    public var arrivalLeadMinutes: Int?

    public init(captureDays: [CaptureDay] = [], rooms: [Room] = [], arrivalLeadMinutes: Int? = nil) {
        self.captureDays = captureDays; self.arrivalLeadMinutes = arrivalLeadMinutes
        // A day may name a room that the room list lacks; such a name is still declared.
        var all = rooms
        for name in captureDays.flatMap(\.rooms) where !all.contains(where: { $0.isNamed(name) }) {
            all.append(Room(name))
        }
        self.rooms = all
    }

    /// A table read on its own: nothing is declared, so the rules that compare with the text stay silent.
    public static let none = ScheduleDeclaration()

    public init(_ institution: any Institution) {
        self.init(captureDays: institution.captureDays, rooms: institution.rooms,
                  arrivalLeadMinutes: institution.arrivalLeadMinutes)
    }

    /// The capture days announced for `date`: more than one where campuses share a date with their own
    /// rooms and hours (哈工大 23 April: 一校区 all day, 二校区 in the afternoon).
    public func days(_ date: CivilDate) -> [CaptureDay] { captureDays.filter { $0.date == date } }

    /// The rooms the text names for `date`, over every campus that day.
    public func rooms(on date: CivilDate) -> [String] { days(date).flatMap(\.rooms) }

    public func room(named name: String) -> Room? { rooms.first { $0.isNamed(name) } }

    /// Windows announced for `date`; empty when the day is not announced or the text gives no hours.
    public func windows(on date: CivilDate) -> [TimeWindow] {
        Array(Set(days(date).flatMap(\.windows))).sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }
}

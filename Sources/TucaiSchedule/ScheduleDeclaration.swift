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

    public func day(_ date: CivilDate) -> CaptureDay? { captureDays.first { $0.date == date } }

    public func room(named name: String) -> Room? { rooms.first { $0.isNamed(name) } }

    /// Windows announced for `date`; empty when the day is not announced or the text gives no hours.
    public func windows(on date: CivilDate) -> [TimeWindow] {
        (day(date)?.windows ?? []).sorted { $0.start < $1.start }
    }
}

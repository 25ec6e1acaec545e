import TucaiKernel

/// The rows of a table that share one room, day, start and end: one slot, however many rows print it.
/// Several rows in one slot is how YNU and UCAS print two colleges in one room-hour; one row naming many
/// units is how NCHU prints twenty classes in an hour.
public struct Slot: Hashable, Sendable {
    public var room: String?
    public var date: CivilDate
    public var window: TimeWindow
    /// Positions in `SessionTable.sessions`, in table order.
    public var rows: [Int]
    public var units: [String]
    /// Students in the slot; nil unless every row gives a headcount.
    public var headcount: Int?

    public var minutes: Int { window.minutes }
    public var isShared: Bool { units.count > 1 }

    /// Slots of the rows whose end is after their start; a backwards row has no slot.
    public static func slots(in table: SessionTable) -> [Slot] {
        struct Key: Hashable { var room: String?; var date: CivilDate; var window: TimeWindow }
        var order = [Key]()
        var byKey = [Key: Slot]()
        for (index, session) in table.sessions.enumerated() where session.minutes > 0 {
            let key = Key(room: session.room.map(Room.normalized), date: session.date, window: session.window)
            if var slot = byKey[key] {
                slot.rows.append(index)
                slot.units += session.units
                slot.headcount = slot.headcount.flatMap { total in session.headcount.map { total + $0 } }
                byKey[key] = slot
            } else {
                order.append(key)
                byKey[key] = Slot(room: session.room, date: session.date, window: session.window, rows: [index],
                                  units: session.units, headcount: session.headcount)
            }
        }
        return order.map { byKey[$0]! }
    }

    /// Students per minute the slot asks of its room.
    public var throughput: Double? { headcount.map { Double($0) / Double(minutes) } }
}

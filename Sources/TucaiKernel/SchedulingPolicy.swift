/// Where and when the collective capture runs, and who comes when.
public protocol SchedulingPolicy: Sendable {
    var campuses: [Campus] { get }
    /// The days, windows and rooms the notice's text announces.
    var captureDays: [CaptureDay] { get }
    /// The rooms the notice's text declares.
    var rooms: [Room] { get }
    /// What the published table schedules as one unit.
    var groupingUnit: GroupingUnit? { get }
    /// The published table, every row as printed, mistakes included.
    var sessionTable: SessionTable { get }
    /// Minutes before the slot a unit must be there.
    var arrivalLeadMinutes: Int? { get }
    var ordering: SessionOrdering? { get }
    var slotFlexibility: SlotFlexibility? { get }
    var staff: [StaffRequirement] { get }
    /// The attachment that holds the notice's timetable when the text lacks it ("附表"): a campaign then
    /// needs a table from its config, unless students may come at any announced time.
    var missingTimetable: String? { get }
}

extension SchedulingPolicy {
    public var campuses: [Campus] { [] }
    public var captureDays: [CaptureDay] { [] }
    public var rooms: [Room] { [] }
    public var groupingUnit: GroupingUnit? { nil }
    public var sessionTable: SessionTable { SessionTable() }
    public var arrivalLeadMinutes: Int? { nil }
    public var ordering: SessionOrdering? { nil }
    public var slotFlexibility: SlotFlexibility? { nil }
    public var staff: [StaffRequirement] { [] }
    public var missingTimetable: String? { nil }

    /// The first and last collective capture day, from the text or else the table.
    public var captureSpan: ClosedRange<CivilDate>? {
        let dates = captureDays.map(\.date) + sessionTable.sessions.map(\.date)
        guard let first = dates.min(), let last = dates.max() else { return nil }
        return first...last
    }

    /// The declared room a table's room name refers to.
    public func room(named name: String) -> Room? { rooms.first { $0.isNamed(name) } }
}

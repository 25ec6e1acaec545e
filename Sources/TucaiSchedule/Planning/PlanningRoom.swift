import TucaiKernel

/// A room and the windows it is staffed, day by day.
public struct PlanningRoom: Hashable, Sendable {
    public var name: String
    public var campus: String?
    public var windows: [DatedWindow]

    public init(_ name: String, campus: String? = nil, windows: [DatedWindow]) {
        self.name = name; self.campus = campus; self.windows = windows.sorted()
    }

    public func accepts(_ unit: PlanningUnit) -> Bool { unit.campus == nil || unit.campus == campus }
}

/// A window on a given day. Ordered by time, and measured in absolute minutes so that days follow each
/// other on one line.
public struct DatedWindow: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var date: CivilDate
    public var window: TimeWindow

    public init(_ date: CivilDate, _ window: TimeWindow) { self.date = date; self.window = window }

    public var start: Int { date.dayNumber * 1440 + window.start.minutes }
    public var end: Int { date.dayNumber * 1440 + window.end.minutes }
    public var minutes: Int { window.minutes }

    public static func < (a: DatedWindow, b: DatedWindow) -> Bool { (a.start, a.end) < (b.start, b.end) }

    public var description: String { "\(date) \(window)" }

    /// The moment `absolute` minutes name.
    public static func moment(_ absolute: Int) -> Moment {
        let day = Int((Double(absolute) / 1440).rounded(.down))
        return Moment(CivilDate(dayNumber: day), TimeOfDay(minutes: absolute - day * 1440))
    }
}

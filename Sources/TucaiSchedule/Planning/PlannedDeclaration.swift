import TucaiKernel

extension ScheduleDeclaration {
    /// What a plan was planned into, declared as a text would declare it: each day with the windows and rooms
    /// the problem opens on it. A plan is checked against this rather than against the institution's text,
    /// since `--rooms 6` adds rooms the text never named and a slow rate adds days it never announced; the
    /// text's declaration would call both mistakes of the plan.
    public init(plannedInto problem: PlanningProblem) {
        var windows = [CivilDate: [TimeWindow]]()
        var rooms = [CivilDate: [String]]()
        for room in problem.rooms {
            for dated in room.windows {
                if !(windows[dated.date] ?? []).contains(dated.window) { windows[dated.date, default: []].append(dated.window) }
                if !(rooms[dated.date] ?? []).contains(room.name) { rooms[dated.date, default: []].append(room.name) }
            }
        }
        let days = windows.keys.sorted().map { date in CaptureDay(date, windows: Self.merged(windows[date]!), rooms: rooms[date]!) }
        self.init(captureDays: days, rooms: problem.rooms.map { Room($0.name) }, arrivalLeadMinutes: problem.arrivalLead)
    }

    /// Rooms kept on different hours overlap; a day's first window must open first and its last close last,
    /// and a break is a time no room is open, so overlapping windows are joined.
    static func merged(_ windows: [TimeWindow]) -> [TimeWindow] {
        var joined = [TimeWindow]()
        for window in windows.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) {
            if let last = joined.last, window.start <= last.end {
                joined[joined.count - 1] = TimeWindow(last.start, max(last.end, window.end))
            } else {
                joined.append(window)
            }
        }
        return joined
    }
}

import TucaiKernel

extension PlanningProblem {
    public struct Unplannable: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// The units of a published table, each row one unit with its headcount (two rows of one unit are
    /// one unit), to be planned in the declared days, windows and rooms. Days whose text gives no hours get
    /// the hours their table spans. `roomNames` replaces the rooms of every day.
    public static func posed(by table: SessionTable, declaration: ScheduleDeclaration, roomNames: [String]? = nil,
                             rate: ServiceRate? = nil) throws(Unplannable) -> PlanningProblem {
        guard table.sessions.allSatisfy({ $0.headcount != nil }), !table.isEmpty else {
            throw Unplannable(message: "the table gives no headcount for every row; give the units with --units units.csv")
        }
        var units = [PlanningUnit]()
        for session in table.sessions {
            let name = session.units.joined(separator: ";")
            if let index = units.firstIndex(where: { $0.name == name }) {
                units[index].headcount += session.headcount!
            } else {
                units.append(PlanningUnit(name, headcount: session.headcount!, college: session.college))
            }
        }
        guard let rate = rate ?? ServiceRate.total(of: table) else {
            throw Unplannable(message: "the table's rows give no time to measure a rate from; give one with --rate")
        }
        return try posed(units: units, declaration: declaration.fillingWindows(from: table), roomNames: roomNames, rate: rate)
    }

    /// `units` to be planned in the declared days, windows and rooms.
    public static func posed(units: [PlanningUnit], declaration: ScheduleDeclaration, roomNames: [String]? = nil,
                             rate: ServiceRate) throws(Unplannable) -> PlanningProblem {
        guard !declaration.captureDays.isEmpty else {
            throw Unplannable(message: "no capture days are declared to plan into")
        }
        var windows = [String: [DatedWindow]]()
        var names = [String]()
        for day in declaration.captureDays {
            if day.windows.isEmpty {
                throw Unplannable(message: "the text gives no hours for \(day.date) and no table spans them; nothing to plan into")
            }
            let rooms = roomNames ?? (day.rooms.isEmpty ? declaration.rooms.map(\.name) : day.rooms)
            for room in rooms {
                if windows[room] == nil { names.append(room) }
                windows[room, default: []] += day.windows.map { DatedWindow(day.date, $0) }
            }
        }
        guard !names.isEmpty else { throw Unplannable(message: "no rooms are declared to plan into; give them with --rooms") }
        let rooms = names.map { name in
            PlanningRoom(name, campus: declaration.room(named: name)?.campus, windows: windows[name]!)
        }
        return PlanningProblem(units: units, rooms: rooms, rate: rate, arrivalLead: declaration.arrivalLeadMinutes)
    }
}

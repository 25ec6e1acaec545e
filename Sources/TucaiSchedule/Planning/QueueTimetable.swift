import TucaiKernel

/// How a room-window's slots become printed rows.
enum QueueTimetable {
    /// A bin's slots one after another from the window's start, each for its minutes, the slots of one
    /// college together. The bin holds indices into `slots`, the units of `packed`.
    static func sessions(in bin: PlannedBin, slots: [SharedSlots.Slot], problem: PlanningProblem, packed: PlanningProblem) -> [Session] {
        var start = bin.window.window.start
        return ordered(bin.units, packed.units).map { index in
            let slot = slots[index]
            let members = slot.units.map { problem.units[$0] }
            var colleges = [String]()
            for college in members.compactMap(\.college) where !colleges.contains(college) { colleges.append(college) }
            let end = start + slot.minutes
            defer { start = end }
            return Session(units: members.map(\.name), room: problem.rooms[bin.room].name, date: bin.window.date,
                           printedWeekday: bin.window.date.weekday, start: start, end: end, headcount: slot.students,
                           college: colleges.isEmpty ? nil : colleges.joined(separator: "、"))
        }
    }

    /// Slots of one college next to each other, colleges and slots in the order the input lists them.
    static func ordered(_ units: [Int], _ all: [PlanningUnit]) -> [Int] {
        var rank = [String: Int]()
        for index in units.sorted() {
            let college = all[index].college ?? ""
            if rank[college] == nil { rank[college] = index }
        }
        return units.sorted { (rank[all[$0].college ?? ""]!, $0) < (rank[all[$1].college ?? ""]!, $1) }
    }
}

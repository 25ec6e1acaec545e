import TucaiKernel

/// What a registrar does by hand, as the benchmark's yardstick: units in table order, each its own slot
/// of its students' minutes rounded up to the grid, each into the room that can start it soonest.
public enum FirstFitBaseline {
    /// Adds days after the declared ones, as the planner does, until the units fit.
    public static func plan(_ problem: PlanningProblem) -> SchedulePlan? {
        guard problem.impossibility == nil else { return nil }
        for added in 0...Planner.maximumAddedDays {
            let extended = added == 0 ? problem : problem.extended(byDays: added)
            if let bound = extended.lowerBound, var plan = place(extended, bound: bound) {
                plan.addedDays = added
                return plan
            }
        }
        return nil
    }

    static func place(_ problem: PlanningProblem, bound: Int) -> SchedulePlan? {
        // Per room: the window it is in and the first free minute there.
        var cursor = problem.rooms.map { room in (window: 0, time: room.windows.first?.start ?? Int.max) }
        var sessions = [Session]()
        for unit in problem.units {
            let minutes = problem.slotMinutes(for: unit.headcount)
            var best: (room: Int, window: Int, start: Int)?
            for (index, room) in problem.rooms.enumerated() where room.accepts(unit) {
                var window = cursor[index].window, start = cursor[index].time
                while window < room.windows.count, start + minutes > room.windows[window].end {
                    window += 1
                    start = window < room.windows.count ? room.windows[window].start : Int.max
                }
                guard window < room.windows.count else { continue }
                if best == nil || start < best!.start { best = (index, window, start) }
            }
            guard let best else { return nil }
            cursor[best.room] = (best.window, best.start + minutes)
            let window = problem.rooms[best.room].windows[best.window]
            let offset = best.start - window.start
            sessions.append(Session(units: [unit.name], room: problem.rooms[best.room].name, date: window.date,
                                    printedWeekday: window.date.weekday, start: window.window.start + offset,
                                    end: window.window.start + offset + minutes, headcount: unit.headcount,
                                    college: unit.college))
        }
        return SchedulePlan(problem: problem, sessions: sessions, lowerBound: bound, addedDays: 0, targetsTried: 0)
    }
}

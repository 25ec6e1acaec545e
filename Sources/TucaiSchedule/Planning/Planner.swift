import Foundation
import TucaiKernel

/// Plans a session table: every unit whole in one room-window, times on the grid, the last session as
/// early as the rooms allow, then the rooms' last sessions as even as they allow.
///
/// How: each unit is as long as its printed slot, its students' minutes at the rate rounded up to the grid
/// (small neighbours sharing one, `SharedSlots`), so no slot is ever shorter than its students need: where the grid cannot give every unit that without
/// moving the last end, the last end moves (the slot's length wins; `lowerBound` stays the bound of students
/// without a grid, so the gap shows what the rounding costs). A target end is tried from the lower bound
/// upwards, one grid step at a time. For a target, each room-window before it is a bin of its minutes, the
/// window the target falls in a smaller bin. Full bins are filled first, each with the largest unit left plus
/// the subset of the others that comes closest to filling it (Gupta and Ho's minimum bin slack, the subset
/// found exactly by `SubsetSum`); the units left over fill the partial bins, each aimed at an even share. The
/// first target at which every unit finds a bin is the plan. Inside a window the slots follow each other from
/// the window's start.
public enum Planner {
    public struct Failure: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// Days the planner may add after the declared ones when the units do not fit; more is surely a wrong
    /// rate or a wrong room list.
    public static let maximumAddedDays = 60

    public static func plan(_ problem: PlanningProblem) throws(Failure) -> SchedulePlan {
        if let reason = problem.impossibility { throw Failure(message: reason) }
        var problem = problem
        var added = 0
        while true {
            if let bound = problem.lowerBound, let plan = attempt(problem, bound: bound, addedDays: added) { return plan }
            guard added < maximumAddedDays else {
                throw Failure(message: "the units do not fit even with \(maximumAddedDays) days added; check the rate and the rooms")
            }
            added += 1
            problem = problem.extended(byDays: 1)
        }
    }

    /// The first target from `bound` (the problem's lower bound, which takes a bisection to find) on at
    /// which the units pack, or nil if none does in the problem's days.
    static func attempt(_ problem: PlanningProblem, bound: Int, addedDays: Int) -> SchedulePlan? {
        let axis = problem.openTime
        let shared = SharedSlots(problem)
        let sized = shared.packingProblem(of: problem)
        let windows = problem.rooms.enumerated().flatMap { room, value in value.windows.map { (room: room, window: $0) } }
        var packer = MinimumBinSlack(problem: sized)
        var targets = 0
        var capacityBound: Int?
        let slotMinutes = sized.units.reduce(0) { $0 + $1.headcount }
        var target = gridAbove(axis.time(atOpen: Double(bound)), grid: problem.grid)
        while let current = target {
            targets += 1
            var full = [PlannedBin](), partial = [PlannedBin]()
            for (room, window) in windows where window.start < current {
                let minutes = min(window.end, current) - window.start
                let bin = PlannedBin(room: room, window: window, minutes: minutes, capacity: minutes)
                if window.end <= current { full.append(bin) } else { partial.append(bin) }
            }
            if capacityBound == nil, (full + partial).reduce(0, { $0 + $1.capacity }) >= slotMinutes {
                capacityBound = axis.open(before: current)
            }
            if let bins = packer.pack(full: full, partial: partial) {
                // Printed as notices print them: day by day, room by room, in time order.
                let sessions = bins.filter { !$0.units.isEmpty }
                    .sorted { ($0.window.date, $0.room, $0.window.start) < ($1.window.date, $1.room, $1.window.start) }
                    .flatMap { QueueTimetable.sessions(in: $0, slots: shared.slots, problem: problem, packed: sized) }
                var plan = SchedulePlan(problem: problem, sessions: sessions, lowerBound: bound, addedDays: addedDays, targetsTried: targets)
                plan.capacityBound = capacityBound
                return plan
            }
            target = next(after: current, on: axis, grid: problem.grid)
        }
        return nil
    }

    /// The first grid minute at or after `time` that lies in an open interval (its end included).
    static func gridAbove(_ time: Double, grid: Int) -> Int? {
        Int((time / Double(grid) - 1e-9).rounded(.up)) * grid
    }

    static func next(after time: Int, on axis: OpenTime, grid: Int) -> Int? {
        for interval in axis.intervals {
            if time < interval.end {
                let candidate = max(time + grid, interval.start + grid)
                return min(candidate, interval.end)
            }
        }
        return nil
    }
}

/// A room-window as the planner fills it.
struct PlannedBin {
    var room: Int
    var window: DatedWindow
    /// Minutes usable before the target end.
    var minutes: Int
    var capacity: Int
    var units: [Int] = []
    var students = 0
}

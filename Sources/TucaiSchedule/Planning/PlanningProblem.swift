import Foundation
import TucaiKernel

/// Units to place, rooms with their windows, and how fast a room photographs.
public struct PlanningProblem: Sendable {
    public var units: [PlanningUnit]
    public var rooms: [PlanningRoom]
    public var rate: ServiceRate
    /// Notices print times on a 5-minute grid.
    public var grid: Int
    /// Minutes before its slot a unit must be at the door; printed with each row as its arrival time.
    public var arrivalLead: Int?

    public init(units: [PlanningUnit], rooms: [PlanningRoom], rate: ServiceRate, grid: Int = 5, arrivalLead: Int? = nil) {
        self.units = units; self.rooms = rooms; self.rate = rate; self.grid = grid; self.arrivalLead = arrivalLead
    }

    /// Every student's minutes in front of a camera, summed.
    public var serviceMinutes: Double { Double(units.reduce(0) { $0 + $1.headcount }) / rate.studentsPerMinute }

    var openTime: OpenTime { OpenTime(rooms.flatMap(\.windows)) }

    /// Minutes `students` need at the rate, rounded up to the grid: a printed slot for them is never shorter.
    public func slotMinutes(for students: Int) -> Int {
        max(1, Int((rate.minutes(for: students) / Double(grid) - 1e-9).rounded(.up))) * grid
    }

    /// The earliest open minute by which the rooms together could have served every student, were
    /// students divisible and slots free of the grid: ceil(service minutes / rooms) when every room keeps
    /// the same hours. Nil when the rooms' windows cannot hold the students at all.
    public var lowerBound: Int? {
        let axis = openTime
        let need = serviceMinutes
        func capacity(_ open: Double) -> Double {
            let time = axis.time(atOpen: open)
            return rooms.reduce(0) { sum, room in
                sum + room.windows.reduce(0) { $0 + min(Double($1.minutes), max(0, time - Double($1.start))) }
            }
        }
        guard capacity(Double(axis.total)) >= need - 1e-9 else { return nil }
        var low = 0.0, high = Double(axis.total)
        for _ in 0..<64 {
            let middle = (low + high) / 2
            if capacity(middle) >= need - 1e-9 { high = middle } else { low = middle }
        }
        return Int((high - 1e-6).rounded(.up))
    }

    /// The problem with `days` more days after the last, each a copy of every room's last day.
    public func extended(byDays days: Int) -> PlanningProblem {
        var copy = self
        copy.rooms = rooms.map { room in
            guard let lastDate = room.windows.map(\.date).max() else { return room }
            let lastDay = room.windows.filter { $0.date == lastDate }
            let added = (1...max(1, days)).flatMap { offset in
                lastDay.map { DatedWindow($0.date.adding(days: offset), $0.window) }
            }
            return PlanningRoom(room.name, campus: room.campus, windows: room.windows + added)
        }
        return copy
    }

    /// Why the units cannot be planned at all, in a sentence, or nil.
    public var impossibility: String? {
        if units.isEmpty { return "there are no units to plan" }
        if rooms.allSatisfy({ $0.windows.isEmpty }) { return "no room has a window to plan into" }
        if rate.studentsPerMinute <= 0 || !rate.studentsPerMinute.isFinite { return "the service rate must be above zero" }
        if let empty = units.first(where: { $0.headcount <= 0 }) { return "unit \(empty.name) has no students" }
        for unit in units {
            let fits = rooms.filter { $0.accepts(unit) }.flatMap(\.windows).map(\.minutes).max() ?? 0
            if fits == 0 {
                return "unit \(unit.name) must be on campus \(unit.campus ?? "?"), where no room has a window"
            }
            // The slot, not the students' minutes, must fit: it is rounded up to the grid.
            if slotMinutes(for: unit.headcount) > fits {
                let needed = slotMinutes(for: unit.headcount)
                return "unit \(unit.name) needs a \(needed)-minute slot, more than the longest window it may use (\(fits) minutes); split it into parts"
            }
        }
        return nil
    }
}

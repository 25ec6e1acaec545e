import TucaiKernel

/// The printed slots a problem's units get, before they are placed. Every slot is its students' minutes at the
/// rate rounded up to the grid, so none is shorter than its students need; the rounding can waste up to a grid
/// step a slot. Where two or more small units together fit in less rounding than apart (two classes of 4 at 3 a
/// minute need 80 seconds each: one 5-minute slot, not two), they share a slot, as notices print them. Only
/// units next to each other in the input share (a college's units stand together there), only units that may
/// use the same rooms, and a shared slot stays short (`longestShared`): a run of small classes is several
/// shared slots, not one that outgrows a window.
struct SharedSlots {
    struct Slot {
        var units: [Int]
        var students: Int
        var minutes: Int
    }

    let slots: [Slot]

    /// Grid steps a shared slot may span.
    static let longestShared = 3

    init(_ problem: PlanningProblem) {
        var slots = [Slot]()
        var sharing = false
        for (index, unit) in problem.units.enumerated() {
            let small = problem.rate.minutes(for: unit.headcount) < Double(2 * problem.grid)
            if small, sharing, let last = slots.last, problem.units[last.units[0]].campus == unit.campus {
                let together = problem.slotMinutes(for: last.students + unit.headcount)
                if together < last.minutes + problem.slotMinutes(for: unit.headcount), together <= Self.longestShared * problem.grid {
                    slots[slots.count - 1] = Slot(units: last.units + [index], students: last.students + unit.headcount, minutes: together)
                    continue
                }
            }
            slots.append(Slot(units: [index], students: unit.headcount, minutes: problem.slotMinutes(for: unit.headcount)))
            sharing = small
        }
        self.slots = slots
    }

    /// The problem as the packer sees it: each slot a unit as long as its minutes, a room holding one minute's
    /// worth a minute. Packing slots rather than students makes the grid's rounding part of the fit, so the
    /// slots placed in a window always fit inside it.
    func packingProblem(of problem: PlanningProblem) -> PlanningProblem {
        var sized = problem
        sized.units = slots.map { slot in
            let first = problem.units[slot.units[0]]
            return PlanningUnit("slot \(slot.units.map(String.init).joined(separator: "+"))", headcount: slot.minutes,
                                college: first.college, campus: first.campus)
        }
        sized.rate = ServiceRate(1)
        return sized
    }
}

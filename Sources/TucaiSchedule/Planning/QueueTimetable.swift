import TucaiKernel

/// How a room-window's units become printed rows.
enum QueueTimetable {
    /// A bin's units as one queue: each boundary is the queue's position rounded to the grid, the last one
    /// rounded up so that the last unit is never cut short. A unit whose rounded slot is empty joins its
    /// neighbour's.
    static func sessions(in bin: PlannedBin, problem: PlanningProblem) -> [Session] {
        let units = ordered(bin.units, problem.units)
        let rate = problem.rate.studentsPerMinute
        let grid = Double(problem.grid)
        let start = bin.window.window.start
        var pieces = [(units: [Int], start: Int, end: Int)]()
        var students = 0
        var boundary = 0
        for (position, unit) in units.enumerated() {
            students += problem.units[unit].headcount
            let minutes = Double(students) / rate
            let end = position == units.count - 1
                ? Int((minutes / grid - 1e-9).rounded(.up)) * problem.grid
                : Int((minutes / grid).rounded(.toNearestOrAwayFromZero)) * problem.grid
            pieces.append(([unit], boundary, min(end, bin.window.minutes)))
            boundary = pieces.last!.end
        }
        var merged = [(units: [Int], start: Int, end: Int)]()
        var carried = [Int]()
        for piece in pieces {
            if piece.end == piece.start {
                carried += piece.units
            } else {
                merged.append((carried + piece.units, piece.start, piece.end))
                carried = []
            }
        }
        if !carried.isEmpty, !merged.isEmpty { merged[merged.count - 1].units += carried }
        let headcount = { (unit: Int) in problem.units[unit].headcount }
        evenOut(&merged, headcount: headcount, rate: rate, grid: problem.grid)
        shareSlots(&merged, headcount: headcount, rate: rate, grid: problem.grid)
        return merged.map { piece in
            let members = piece.units.map { problem.units[$0] }
            var colleges = [String]()
            for college in members.compactMap(\.college) where !colleges.contains(college) { colleges.append(college) }
            return Session(units: members.map(\.name), room: problem.rooms[bin.room].name, date: bin.window.date,
                           printedWeekday: bin.window.date.weekday, start: start + piece.start, end: start + piece.end,
                           headcount: members.reduce(0) { $0 + $1.headcount },
                           college: colleges.isEmpty ? nil : colleges.joined(separator: "、"))
        }
    }

    /// Gives the slot that asks the most students per minute a grid step more, taken from another slot of
    /// the window (the slots between them shift by the step), as long as that lowers the most any slot asks
    /// and leaves every slot less than a grid step short of its students' minutes. Rounding the queue's
    /// positions alone can give 30 students five minutes.
    static func evenOut(_ pieces: inout [(units: [Int], start: Int, end: Int)], headcount: (Int) -> Int, rate: Double, grid: Int) {
        let students = pieces.map { $0.units.reduce(0) { $0 + headcount($1) } }
        var lengths = pieces.map { $0.end - $0.start }
        func asked(_ index: Int, _ minutes: Int) -> Double { minutes > 0 ? Double(students[index]) / Double(minutes) : .infinity }
        func fits(_ index: Int, _ minutes: Int) -> Bool {
            minutes > 0 && Double(students[index]) / rate - Double(minutes) < Double(grid)
        }
        for _ in 0..<(4 * pieces.count) {
            guard let worst = lengths.indices.max(by: { asked($0, lengths[$0]) < asked($1, lengths[$1]) }) else { break }
            let current = asked(worst, lengths[worst])
            var best: (donor: Int, peak: Double)?
            for donor in lengths.indices where donor != worst && fits(donor, lengths[donor] - grid) {
                let peak = max(asked(worst, lengths[worst] + grid), asked(donor, lengths[donor] - grid))
                if peak < current - 1e-9, peak < best?.peak ?? .infinity { best = (donor, peak) }
            }
            guard let best else { break }
            lengths[worst] += grid
            lengths[best.donor] -= grid
        }
        var start = pieces.first?.start ?? 0
        for index in pieces.indices {
            pieces[index].start = start
            pieces[index].end = start + lengths[index]
            start = pieces[index].end
        }
    }

    /// Where the grid still leaves a small unit asking much more than the rate (a run of 30-student units
    /// cannot all have ten minutes), two neighbouring small units share one slot, as notices do, and the
    /// boundaries are evened out again. Small: under two grid steps of students.
    static func shareSlots(_ pieces: inout [(units: [Int], start: Int, end: Int)], headcount: (Int) -> Int, rate: Double, grid: Int) {
        func students(_ index: Int) -> Int { pieces[index].units.reduce(0) { $0 + headcount($1) } }
        func asked(_ index: Int) -> Double { Double(students(index)) / Double(max(1, pieces[index].end - pieces[index].start)) }
        func isSmall(_ index: Int) -> Bool { Double(students(index)) / rate < Double(2 * grid) }
        while pieces.count > 1 {
            guard let worst = pieces.indices.max(by: { asked($0) < asked($1) }), asked(worst) > 1.25 * rate, isSmall(worst) else { return }
            // The neighbour whose time, added to this slot's, leaves the shared slot asking the least, and
            // never a grid step short of what its students need.
            var best: (partner: Int, asked: Double)?
            for partner in [worst - 1, worst + 1] where pieces.indices.contains(partner) && isSmall(partner) {
                let minutes = pieces[max(worst, partner)].end - pieces[min(worst, partner)].start
                let together = students(worst) + students(partner)
                guard Double(together) / rate - Double(minutes) < Double(grid) else { continue }
                let rateAsked = Double(together) / Double(minutes)
                if rateAsked < best?.asked ?? .infinity { best = (partner, rateAsked) }
            }
            guard let partner = best?.partner else { return }
            let first = min(worst, partner), second = max(worst, partner)
            pieces[first] = (pieces[first].units + pieces[second].units, pieces[first].start, pieces[second].end)
            pieces.remove(at: second)
            evenOut(&pieces, headcount: headcount, rate: rate, grid: grid)
        }
    }

    /// Units of one college next to each other, colleges and units in the order the input lists them.
    static func ordered(_ units: [Int], _ all: [PlanningUnit]) -> [Int] {
        var rank = [String: Int]()
        for index in units.sorted() {
            let college = all[index].college ?? ""
            if rank[college] == nil { rank[college] = index }
        }
        return units.sorted { (rank[all[$0].college ?? ""]!, $0) < (rank[all[$1].college ?? ""]!, $1) }
    }
}

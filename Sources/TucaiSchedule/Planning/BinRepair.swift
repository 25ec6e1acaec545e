/// Places the units a fill left over by trading them into bins: a left-over unit goes where it fits, or
/// displaces a smaller unit from a bin with room for the difference, which is then left over in its place.
/// Each trade lowers the students left over, so the repair ends; it fails when no trade is left.
struct BinRepair {
    let problem: PlanningProblem
    var bins: [PlannedBin]
    var left: [Int]

    init(problem: PlanningProblem, bins: [PlannedBin], left: [Int]) {
        self.problem = problem; self.bins = bins; self.left = left
    }

    mutating func run() -> [PlannedBin]? {
        while let unit = left.first {
            left.removeFirst()
            let size = problem.units[unit].headcount
            let rooms = problem.rooms
            let accepting = bins.indices.filter { rooms[bins[$0].room].accepts(problem.units[unit]) }
            // The fullest bin it still fits keeps the others' room for later.
            if let bin = accepting.filter({ bins[$0].capacity - bins[$0].students >= size })
                .min(by: { bins[$0].capacity - bins[$0].students < bins[$1].capacity - bins[$1].students }) {
                bins[bin].units.append(unit); bins[bin].students += size
                continue
            }
            // Otherwise displace the largest smaller unit that leaves room for this one.
            var best: (bin: Int, position: Int, size: Int)?
            for bin in accepting {
                let slack = bins[bin].capacity - bins[bin].students
                for (position, other) in bins[bin].units.enumerated() {
                    let otherSize = problem.units[other].headcount
                    guard otherSize < size, slack >= size - otherSize, otherSize > (best?.size ?? 0) else { continue }
                    best = (bin, position, otherSize)
                }
            }
            guard let best else { return nil }
            let displaced = bins[best.bin].units[best.position]
            bins[best.bin].units[best.position] = unit
            bins[best.bin].students += size - best.size
            left.append(displaced)
            left.sort { problem.units[$0].headcount > problem.units[$1].headcount }
        }
        return bins
    }
}

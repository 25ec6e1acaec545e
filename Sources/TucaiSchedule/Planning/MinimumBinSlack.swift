import TucaiKernel

/// Fills bins with units, each bin with its largest fitting unit plus the subset of the rest that leaves
/// the least slack. Full bins are filled once per set of full bins and reused while the target moves
/// inside one window. When the units do not all find a bin, the last bins filled are filled again a few
/// dozen times with the choices shuffled: the end of a packing is where a different exact subset earlier
/// on leaves the units that fit at the end.
struct MinimumBinSlack {
    let problem: PlanningProblem
    private var subsetSum = SubsetSum()
    private var cached: (count: Int, bins: [PlannedBin], pool: UnitPool)?
    /// Set while shuffled fills are tried; nil for the first, deterministic one.
    private var generator: SplitMix64?

    /// Bins re-filled by the shuffled attempts, and how many attempts a target gets.
    static let tailBins = 12
    static let shuffledAttempts: UInt64 = 48

    init(problem: PlanningProblem) { self.problem = problem }

    mutating func pack(full: [PlannedBin], partial: [PlannedBin]) -> [PlannedBin]? {
        let total = (full + partial).reduce(0) { $0 + $1.capacity }
        let students = problem.units.reduce(0) { $0 + $1.headcount }
        guard total >= students else { return nil }
        generator = nil
        let filled: [PlannedBin], pool: UnitPool
        if let cached, cached.count == full.count {
            filled = cached.bins; pool = cached.pool
        } else {
            var fresh = UnitPool(problem.units)
            // Larger bins first; among equals, earlier first, so that large units land early in the day.
            let order = full.sorted { ($0.capacity, -$0.window.start, -$0.room) > ($1.capacity, -$1.window.start, -$1.room) }
            filled = order.map { fill($0, limit: $0.capacity, from: &fresh) }
            pool = fresh
            cached = (full.count, filled, pool)
        }
        if let packed = finish(filled, pool, partial) { return packed }
        if let packed = partialFirst(full: full, partial: partial) { return packed }

        let fixed = Array(filled.dropLast(Self.tailBins))
        let tail = filled.suffix(Self.tailBins).map { bin in
            var empty = bin
            empty.units = []; empty.students = 0
            return empty
        }
        let loose = filled.suffix(Self.tailBins).flatMap(\.units) + pool.remaining
        for attempt in 1...Self.shuffledAttempts {
            generator = SplitMix64(seed: attempt)
            var shuffled = UnitPool(problem.units, only: loose)
            let refilled = tail.map { fill($0, limit: $0.capacity, from: &shuffled) }
            if let packed = finish(refilled, shuffled, partial) {
                generator = nil
                return fixed + packed
            }
        }
        generator = nil
        return nil
    }

    /// The other way round: the partial bins, which only small units fit when the target falls early in a
    /// window, take their small units first, and the full bins share the rest.
    private mutating func partialFirst(full: [PlannedBin], partial: [PlannedBin]) -> [PlannedBin]? {
        guard !partial.isEmpty else { return nil }
        var pool = UnitPool(problem.units)
        let small = partial.sorted { ($0.capacity, $0.room) < ($1.capacity, $1.room) }.map { fill($0, limit: $0.capacity, from: &pool) }
        let order = full.sorted { ($0.capacity, -$0.window.start, -$0.room) > ($1.capacity, -$1.window.start, -$1.room) }
        let large = order.map { fill($0, limit: $0.capacity, from: &pool) }
        if pool.left == 0 { return large + small }
        var repair = BinRepair(problem: problem, bins: large + small, left: pool.remaining)
        return repair.run()
    }

    /// The partial bins filled from what `pool` has left, repaired if something is still left over.
    private mutating func finish(_ filled: [PlannedBin], _ pool: UnitPool, _ partial: [PlannedBin]) -> [PlannedBin]? {
        if pool.left == 0 { return filled + partial }
        switch spread(pool, over: partial) {
        case let .packed(rest): return filled + rest
        case let .leftOver(rest, units):
            var repair = BinRepair(problem: problem, bins: filled + rest, left: units)
            return repair.run()
        }
    }

    enum Spread {
        case packed([PlannedBin])
        /// The bins as filled at the loosest aim, and the units that found no bin.
        case leftOver([PlannedBin], [Int])
    }

    /// Fills the partial bins so that the rooms end as evenly as the units allow: each bin aims at an even
    /// share of what is left, and the aim is loosened step by step until every unit finds a bin.
    private mutating func spread(_ pool: UnitPool, over bins: [PlannedBin]) -> Spread {
        let order = bins.sorted { ($0.capacity, -$0.room) > ($1.capacity, -$1.room) }
        let widest = order.map(\.capacity).max() ?? 0
        let step = max(1, pool.largest / 8)
        var allowance = 0
        while true {
            var trial = pool
            var filled = [PlannedBin]()
            for (index, bin) in order.enumerated() {
                let share = (trial.students + (order.count - index) - 1) / (order.count - index)
                filled.append(fill(bin, limit: min(bin.capacity, share + allowance), from: &trial))
            }
            if trial.left == 0 { return .packed(filled) }
            if allowance >= widest { return .leftOver(filled, trial.remaining) }
            allowance += step
        }
    }

    /// The largest unit that fits, then the subset of the others that leaves the least room. Shuffled, the
    /// first unit is sometimes the second or third largest, and the subset another of equal sum.
    private mutating func fill(_ bin: PlannedBin, limit: Int, from pool: inout UnitPool) -> PlannedBin {
        var bin = bin
        let room = problem.rooms[bin.room]
        let keys = pool.keys(for: room)
        guard var first = pool.largestSize(atMost: limit, keys) else { return bin }
        if generator != nil, generator!.next() % 2 == 0 {
            let skip = Int(generator!.next() % 3)
            for _ in 0..<skip {
                guard first > 1, let smaller = pool.largestSize(atMost: first - 1, keys) else { break }
                first = smaller
            }
        }
        let anchor = pool.take(first, keys, college: nil)
        bin.units.append(anchor)
        bin.students += first
        let college = problem.units[anchor].college
        let rest = limit - first
        var sizes = pool.sizes(atMost: rest, keys)
        if generator != nil, sizes.count > 1 {
            for index in stride(from: sizes.count - 1, to: 0, by: -1) {
                sizes.swapAt(index, Int(generator!.next() % UInt64(index + 1)))
            }
        }
        var chosen = subsetSum.best(capacity: rest, sizes: sizes)
        // Units of the first unit's college first, topped up from the rest, when that fills the bin as well:
        // a college's units then come one after another, as registrars print them.
        if let college, generator == nil {
            let own = subsetSum.best(capacity: rest, sizes: pool.sizes(atMost: rest, keys, college: college))
            let ownSum = own.reduce(0, +)
            if ownSum > 0 {
                var others = pool.sizes(atMost: rest - ownSum, keys)
                for size in own {
                    if let index = others.firstIndex(where: { $0.size == size }) { others[index].count -= 1 }
                }
                let topUp = subsetSum.best(capacity: rest - ownSum, sizes: others.filter { $0.count > 0 })
                if ownSum + topUp.reduce(0, +) == chosen.reduce(0, +) { chosen = own + topUp }
            }
        }
        for size in chosen {
            bin.units.append(pool.take(size, keys, college: college))
            bin.students += size
        }
        return bin
    }
}

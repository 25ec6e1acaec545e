/// The units not yet placed, by campus and headcount, so that a bin can ask how many units of each size
/// it may take and then take one of a size, preferring a college it already holds.
struct UnitPool {
    let units: [PlanningUnit]
    /// Key 0 holds the units that may go anywhere; key k > 0 those bound to `campuses[k - 1]`.
    let campuses: [String]
    private(set) var stacks: [[[Int]]]
    private(set) var counts: [[Int]]
    private(set) var left: Int
    private(set) var students: Int
    let largest: Int

    /// A pool of `units`, or of those of them at positions `only`.
    init(_ units: [PlanningUnit], only: [Int]? = nil) {
        self.units = units
        var campuses = [String]()
        for campus in units.compactMap(\.campus) where !campuses.contains(campus) { campuses.append(campus) }
        self.campuses = campuses
        largest = units.map(\.headcount).max() ?? 0
        stacks = Array(repeating: Array(repeating: [], count: largest + 1), count: campuses.count + 1)
        counts = Array(repeating: Array(repeating: 0, count: largest + 1), count: campuses.count + 1)
        for index in only ?? Array(units.indices) {
            let unit = units[index]
            let key = unit.campus.flatMap { campuses.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
            stacks[key][unit.headcount].append(index)
            counts[key][unit.headcount] += 1
        }
        left = only?.count ?? units.count
        students = (only ?? Array(units.indices)).reduce(0) { $0 + units[$1].headcount }
    }

    /// The pools a room may draw from, its own campus first: bound units have fewer rooms to go to.
    func keys(for room: PlanningRoom) -> [Int] {
        guard let campus = room.campus, let index = campuses.firstIndex(of: campus) else { return [0] }
        return [index + 1, 0]
    }

    func count(_ size: Int, _ keys: [Int]) -> Int { keys.reduce(0) { $0 + counts[$1][size] } }

    /// The largest size not above `limit` that the pools still hold.
    func largestSize(atMost limit: Int, _ keys: [Int]) -> Int? {
        var size = min(limit, largest)
        while size > 0 {
            if count(size, keys) > 0 { return size }
            size -= 1
        }
        return nil
    }

    /// Distinct sizes not above `limit`, largest first, with how many of each remain.
    func sizes(atMost limit: Int, _ keys: [Int]) -> [(size: Int, count: Int)] {
        var result = [(size: Int, count: Int)]()
        var size = min(limit, largest)
        while size > 0 {
            let n = count(size, keys)
            if n > 0 { result.append((size, n)) }
            size -= 1
        }
        return result
    }

    /// Distinct sizes not above `limit` among the units of `college`, largest first.
    func sizes(atMost limit: Int, _ keys: [Int], college: String) -> [(size: Int, count: Int)] {
        var tally = [Int: Int]()
        for key in keys {
            for size in 1...max(1, min(limit, largest)) where counts[key][size] > 0 {
                let n = stacks[key][size].count { units[$0].college == college }
                if n > 0 { tally[size, default: 0] += n }
            }
        }
        return tally.map { (size: $0.key, count: $0.value) }.sorted { $0.size > $1.size }
    }

    /// Takes a unit of `size`, one of `college` if there is one.
    mutating func take(_ size: Int, _ keys: [Int], college: String?) -> Int {
        for key in keys where counts[key][size] > 0 {
            let stack = stacks[key][size]
            let position = college.flatMap { wanted in stack.firstIndex { units[$0].college == wanted } } ?? 0
            let unit = stacks[key][size].remove(at: position)
            counts[key][size] -= 1
            left -= 1
            students -= size
            return unit
        }
        preconditionFailure("no unit of \(size) students left in the pools asked")
    }

    /// The units still in the pools, largest first.
    var remaining: [Int] {
        stacks.flatMap { $0.flatMap { $0 } }.sorted { (units[$0].headcount, -$0) > (units[$1].headcount, -$1) }
    }
}

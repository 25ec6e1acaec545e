/// The minutes in which at least one room is open, laid end to end: 08:30-12:00 and 13:00-16:30 on two
/// days make 840 open minutes. The makespan and the lower bound are counted on this line, so that the
/// lunch break and the night are not counted as time a plan wasted.
struct OpenTime: Sendable {
    /// Disjoint, sorted absolute-minute intervals.
    let intervals: [(start: Int, end: Int)]

    init(_ windows: [DatedWindow]) {
        var merged = [(start: Int, end: Int)]()
        for window in windows.sorted() where window.end > window.start {
            if let last = merged.last, window.start <= last.end {
                merged[merged.count - 1].end = max(last.end, window.end)
            } else {
                merged.append((window.start, window.end))
            }
        }
        intervals = merged
    }

    var total: Int { intervals.reduce(0) { $0 + $1.end - $1.start } }

    /// Open minutes before the absolute minute `time`.
    func open(before time: Int) -> Int {
        var sum = 0
        for interval in intervals {
            if time <= interval.start { break }
            sum += min(time, interval.end) - interval.start
        }
        return sum
    }

    /// The absolute minute at which `open` open minutes have passed (the end of an interval rather than the
    /// start of the next, so that a plan ending at 12:00 is not read as ending at 13:00).
    func time(atOpen open: Double) -> Double {
        var left = open
        for interval in intervals {
            let length = Double(interval.end - interval.start)
            if left <= length { return Double(interval.start) + left }
            left -= length
        }
        return Double(intervals.last?.end ?? 0) + left
    }
}

/// The students standing at one room's door whom the photographer may call, the earliest arrival first.
/// A binary heap: a day's room holds about a thousand students, and picking the earliest by scanning the
/// line for every student would cost a square of that for every run.
struct WaitingLine {
    private var heap: [(arrival: Double, visit: Int)] = []

    var isEmpty: Bool { heap.isEmpty }

    private static func before(_ a: (arrival: Double, visit: Int), _ b: (arrival: Double, visit: Int)) -> Bool {
        // Equal arrivals go in table order, so that a tie never depends on the heap's shape.
        a.arrival < b.arrival || (a.arrival == b.arrival && a.visit < b.visit)
    }

    mutating func join(_ visit: Int, arrivedAt arrival: Double) {
        heap.append((arrival, visit))
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.before(heap[child], heap[parent]) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    /// The visit that arrived first; nil when nobody waits.
    mutating func call() -> Int? {
        guard let first = heap.first else { return nil }
        let last = heap.removeLast()
        if !heap.isEmpty {
            heap[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var earliest = parent
                if left < heap.count, Self.before(heap[left], heap[earliest]) { earliest = left }
                if right < heap.count, Self.before(heap[right], heap[earliest]) { earliest = right }
                guard earliest != parent else { break }
                heap.swapAt(parent, earliest)
                parent = earliest
            }
        }
        return first.visit
    }
}

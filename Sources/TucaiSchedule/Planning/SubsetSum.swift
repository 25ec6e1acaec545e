/// The largest sum not above a capacity that a multiset of sizes can make, and which sizes make it: a
/// bounded subset-sum over distinct sizes, O(distinct sizes × capacity), stopping as soon as the capacity
/// itself is reached. Buffers are kept between calls; a planner fills hundreds of bins with one.
struct SubsetSum {
    /// For each reachable sum, the size that first reached it; -1 where unreachable.
    private var from: [Int32] = []
    /// The layer (position in `sizes`) that reached each sum, and how many of that layer's size it used.
    private var layer: [Int32] = []
    private var used: [Int32] = []

    /// `sizes` in the order to try them (largest first favours few, large units); returns the chosen sizes.
    mutating func best(capacity: Int, sizes: [(size: Int, count: Int)]) -> [Int] {
        guard capacity > 0 else { return [] }
        if from.count < capacity + 1 {
            from = Array(repeating: -1, count: capacity + 1)
            layer = Array(repeating: -1, count: capacity + 1)
            used = Array(repeating: 0, count: capacity + 1)
        }
        from.withUnsafeMutableBufferPointer { from in
            for s in 0...capacity { from[s] = -1 }
        }
        from[0] = 0
        layer[0] = -1
        var best = 0
        from.withUnsafeMutableBufferPointer { from in
            layer.withUnsafeMutableBufferPointer { layer in
                used.withUnsafeMutableBufferPointer { used in
                    for (index, item) in sizes.enumerated() where item.size <= capacity && item.count > 0 {
                        let size = item.size, limit = Int32(item.count), current = Int32(index)
                        for sum in size...capacity where from[sum] == -1 {
                            let previous = sum - size
                            guard from[previous] != -1 else { continue }
                            let count = layer[previous] == current ? used[previous] : 0
                            guard count < limit else { continue }
                            from[sum] = Int32(size); layer[sum] = current; used[sum] = count + 1
                            if sum > best { best = sum }
                        }
                        if best == capacity { break }
                    }
                }
            }
        }
        var chosen = [Int]()
        var sum = best
        while sum > 0 {
            let size = Int(from[sum])
            chosen.append(size)
            sum -= size
        }
        return chosen
    }
}

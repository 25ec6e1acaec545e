/// Finds keys that repeat among a million rows: each row after the first with its key is reported with that
/// first row. A hash table that size lives in main memory and every insert waits on a miss, so the keys are
/// first scattered by hash into buckets small enough for the cache (preserving row order within each) and
/// each bucket is then checked with its own small table.
enum RepeatedKeys {
    struct Repeat {
        var row: Int
        var first: Int
    }

    /// `key(row)` for rows `0..<count`; key 0 means "no key" and never repeats.
    static func find(count: Int, key: (Int) -> UInt64) -> [Repeat] {
        guard count > 1 else { return [] }
        var bucketBits = 0
        while (count >> bucketBits) > 4096 && bucketBits < 12 { bucketBits += 1 }
        let buckets = 1 << bucketBits
        let shift = UInt64(64 - bucketBits)
        @inline(__always) func hash(_ key: UInt64) -> UInt64 { ByteHash.mix(key) }
        @inline(__always) func bucket(_ h: UInt64) -> Int { bucketBits == 0 ? 0 : Int(h >> shift) }

        // Pass 1: bucket sizes. Pass 2: scatter (hash, row) in row order.
        var starts = [Int](repeating: 0, count: buckets + 1)
        var keyed = 0
        for row in 0..<count {
            let k = key(row)
            if k != 0 { starts[bucket(hash(k)) + 1] += 1; keyed += 1 }
        }
        for b in 0..<buckets { starts[b + 1] += starts[b] }
        let hashes = UnsafeMutablePointer<UInt64>.allocate(capacity: max(keyed, 1))
        let keys = UnsafeMutablePointer<UInt64>.allocate(capacity: max(keyed, 1))
        let rows = UnsafeMutablePointer<Int32>.allocate(capacity: max(keyed, 1))
        defer { hashes.deallocate(); keys.deallocate(); rows.deallocate() }
        var next = starts
        for row in 0..<count {
            let k = key(row)
            guard k != 0 else { continue }
            let h = hash(k)
            let b = bucket(h)
            let at = next[b]
            hashes[at] = h
            keys[at] = k
            rows[at] = Int32(truncatingIfNeeded: row)
            next[b] = at + 1
        }

        // Each bucket: open addressing over indices into the scattered arrays.
        var largest = 0
        for b in 0..<buckets { largest = max(largest, starts[b + 1] - starts[b]) }
        var capacity = 16
        while capacity < largest * 2 { capacity <<= 1 }
        let table = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        defer { table.deallocate() }
        var repeats: [Repeat] = []
        for b in 0..<buckets {
            let from = starts[b], to = starts[b + 1]
            guard to - from > 1 else { continue }
            var size = 16
            while size < (to - from) * 2 { size <<= 1 }
            let mask = size - 1
            table.update(repeating: -1, count: size)
            for i in from..<to {
                var slot = Int(truncatingIfNeeded: hashes[i]) & mask
                while true {
                    let j = Int(table[slot])
                    if j < 0 { table[slot] = Int32(i); break }
                    if keys[j] == keys[i] {
                        repeats.append(Repeat(row: Int(rows[i]), first: Int(rows[j])))
                        break
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
        return repeats
    }
}

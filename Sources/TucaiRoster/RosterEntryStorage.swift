/// Where a stretch of the roster writes its entries: a slice of the final array's memory, sized from the
/// line breaks of the stretch (no stretch can hold more records than that), so entries are built in place
/// and never copied between buffers.
struct RosterEntryStorage {
    let base: UnsafeMutablePointer<RosterEntry>
    let capacity: Int
    private(set) var count = 0

    init(base: UnsafeMutablePointer<RosterEntry>, capacity: Int) {
        self.base = base
        self.capacity = capacity
    }

    /// Uninitialised memory for the next entry, which the caller must initialise at once.
    @inline(__always)
    mutating func nextSlot() -> UnsafeMutablePointer<RosterEntry> {
        precondition(count < capacity, "more records than line breaks")
        count += 1
        return base + count - 1
    }

    /// Drops the entries written, when the stretch is read again or the file turns out not to be UTF-8.
    func discard() { base.deinitialize(count: count) }
}

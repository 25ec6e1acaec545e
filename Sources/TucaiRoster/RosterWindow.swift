/// The stretch of a roster file a reading is on, in one buffer that moves through the file: what a stretch
/// leaves unread (a record it cut) moves to the front and the rest is read after it, so a file of any size
/// is read in the memory of its longest stretch. A reading that starts again (another encoding, or the pass
/// that stores after the one that checks) asks for the start again.
///
/// Each byte is shown to `observer` once, in file order, the first time a reading reaches it: the file's
/// digest is computed as it is read, whichever reading gets furthest first.
struct RosterWindow {
    let source: RosterSource
    private let observer: ((UnsafeRawBufferPointer) -> Void)?
    private var buffer = UnsafeMutableRawBufferPointer(start: nil, count: 0)
    /// The file offsets `buffer` holds.
    private var start = 0, end = 0
    /// Bytes before this offset have been shown to `observer`.
    private(set) var observed = 0

    init(_ source: RosterSource, observer: ((UnsafeRawBufferPointer) -> Void)?) {
        self.source = source
        self.observer = observer
    }

    func deallocate() { buffer.deallocate() }

    /// Bytes from `offset` on, `count` of them or as many as the file has; valid until the next call.
    mutating func bytes(from offset: Int, count wanted: Int) throws(RosterError) -> UnsafeBufferPointer<UInt8> {
        let upTo = wanted >= source.count - offset ? source.count : offset + wanted
        guard upTo > offset else { return UnsafeBufferPointer(start: nil, count: 0) }
        if let memory = source.memoryBytes(from: offset, count: upTo - offset) {
            observe(memory, at: offset)
            return memory
        }
        if offset >= start, upTo <= end { return view(offset, upTo) }
        let kept = offset >= start && offset < end ? end - offset : 0
        if upTo - offset > buffer.count {
            let bigger = UnsafeMutableRawBufferPointer.allocate(byteCount: upTo - offset, alignment: 16)
            if kept > 0 { bigger.baseAddress!.copyMemory(from: buffer.baseAddress! + (offset - start), byteCount: kept) }
            buffer.deallocate()
            buffer = bigger
        } else if kept > 0, offset > start {
            buffer.baseAddress!.copyMemory(from: buffer.baseAddress! + (offset - start), byteCount: kept)
        }
        start = offset
        end = offset + kept
        let fresh = UnsafeMutableRawBufferPointer(rebasing: buffer[kept..<(upTo - offset)])
        let n = try source.read(into: fresh, at: end)
        end += n
        observe(UnsafeBufferPointer(start: fresh.baseAddress?.assumingMemoryBound(to: UInt8.self), count: n), at: end - n)
        return view(offset, end)
    }

    private func view(_ from: Int, _ to: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: buffer.baseAddress!.assumingMemoryBound(to: UInt8.self) + (from - start), count: to - from)
    }

    private mutating func observe(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) {
        let to = offset + bytes.count
        guard to > observed else { return }
        // Readings start at the beginning and move on without gaps, so new bytes always follow the last shown.
        precondition(offset <= observed, "a roster reading skipped bytes")
        if let observer { observer(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[(observed - offset)...])) }
        observed = to
    }
}

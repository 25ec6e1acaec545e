import Glibc

/// Asks Linux to back a large fresh buffer with 2 MB pages. A million roster entries take about 200 MB; in
/// 4 KB pages that is fifty thousand page faults, which cost a fifth of an import. Only a hint: where
/// transparent huge pages are off, nothing changes.
enum HugePages {
    static func advise(_ buffer: UnsafeMutableRawBufferPointer) {
        guard let base = buffer.baseAddress, buffer.count >= 4 << 20 else { return }
        let huge = 2 << 20
        let start = (Int(bitPattern: base) + huge - 1) & ~(huge - 1)
        let end = (Int(bitPattern: base) + buffer.count) & ~(huge - 1)
        guard end > start, let pointer = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(pointer, end - start, MADV_HUGEPAGE)
    }
}

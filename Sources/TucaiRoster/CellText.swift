/// How a roster's cell bytes become text. UTF-8 cells are validated where they become a `String`; GB18030
/// cells are decoded to UTF-8 first, which validates them, so everything after works on UTF-8 alone.
enum CellText: Sendable {
    case utf8
    case gb18030(table: [UInt16])

    /// Whether every byte is ASCII, which both encodings leave as it is. Eight bytes at a time.
    @inline(__always)
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let p = bytes.baseAddress else { return true }
        let n = bytes.count
        var i = 0
        var any: UInt64 = 0
        while i + 8 <= n {
            any |= UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
            i += 8
        }
        var tail: UInt8 = 0
        while i < n { tail |= p[i]; i += 1 }
        return any & 0x8080_8080_8080_8080 == 0 && tail < 0x80
    }

    /// A whole cell as a `String`, for header cells: nil with the offset of the first byte that cannot be
    /// decoded.
    func string(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<String, GB18030Decoder.Undecodable> {
        switch self {
        case .utf8:
            if let string = UTF8Validation.string(bytes) { return .success(string) }
            return .failure(GB18030Decoder.Undecodable(offset: UTF8Validation.firstInvalid(bytes) ?? 0))
        case let .gb18030(table):
            let out = UnsafeMutablePointer<UInt8>.allocate(capacity: GB18030Decoder.maximumUTF8Count(bytes.count))
            defer { out.deallocate() }
            let decoded = table.withUnsafeBufferPointer { GB18030Decoder.decode(bytes, into: out, table: $0) }
            return decoded.map { String(decoding: UnsafeBufferPointer(start: out, count: $0), as: UTF8.self) }
        }
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Whole-buffer conversion between encodings through glibc's iconv. The roster reader decodes cell by cell
/// (`GB18030Decoder`); this is for writing files as Excel on Chinese Windows saves them (tests, benchmark
/// data) and for the whole-file decoding baseline the reader is measured against.
public enum Transcoding {
    /// `data` in `target`, or nil when iconv knows neither name or meets a byte it cannot convert.
    public static func convert(_ data: Data, from source: String, to target: String) -> Data? {
        guard let converter = iconv_open(target, source), converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = [UInt8](data)
        // Between UTF-8 and GB18030 no character more than doubles in bytes.
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        let written = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer -> Int in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outLeft = outBuffer.count
                return iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) == -1 ? -1 : outBuffer.count - outLeft
            }
        }
        return written < 0 ? nil : Data(output[..<written])
    }
}

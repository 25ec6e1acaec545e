import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Whole-buffer conversion between encodings through glibc's iconv: reading the small CSV files registrars
/// and stations save from Excel (session tables, unit lists, event files), writing GB18030 files as Excel on
/// Chinese Windows saves them (tests, benchmark data), and the whole-file baseline the roster reader, which
/// decodes cell by cell for speed, is measured against.
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

    /// Text as a spreadsheet saves it: UTF-8 with or without a byte-order mark, or GB18030/GBK (Excel's "CSV"
    /// on Chinese Windows). Nil when it is neither.
    public static func spreadsheetText(_ data: Data) -> String? {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return convert(Data(bytes), from: "GB18030", to: "UTF-8").flatMap { String(validating: [UInt8]($0), as: UTF8.self) }
    }
}

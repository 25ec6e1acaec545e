import CQRencode
#if canImport(Glibc)
import Glibc
#endif

/// A QR code symbol made by libqrencode (Debian's libqrencode-dev), drawn as SVG so that a printed slip
/// is sharp at any printer's resolution.
public struct QRCode: Hashable, Sendable {
    /// Modules per side, without the quiet zone: 21 for version 1, four more per version.
    public let width: Int
    public let version: Int
    /// Row by row, top to bottom; true where the module is dark.
    let dark: [Bool]

    /// Light modules around the symbol, as ISO/IEC 18004 requires for a reader to find it.
    public static let quietZone = 4

    /// Why a text could not be encoded.
    public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
        /// libqrencode refused it (too long for the largest symbol, or a NUL inside), with errno's code.
        case notEncodable(length: Int, errno: Int32)

        public var description: String {
            switch self {
            case let .notEncodable(length, code):
                "a text of \(length) bytes cannot be a QR code" + (code == ERANGE ? " (too long)" : " (error \(code))")
            }
        }
    }

    /// Error correction level M (15%) restores a slip that is creased or smudged, as slips carried for days
    /// are. libqrencode chooses the smallest version and splits the text into numeric, alphanumeric and 8-bit
    /// segments as fits; case-sensitive, so lower-case letters are kept, not folded.
    public init(_ text: String) throws(Failure) {
        guard !text.utf8.contains(0) else { throw .notEncodable(length: text.utf8.count, errno: EINVAL) }
        guard let symbol = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else {
            throw .notEncodable(length: text.utf8.count, errno: errno)
        }
        defer { QRcode_free(symbol) }
        let width = Int(symbol.pointee.width)
        self.width = width
        version = Int(symbol.pointee.version)
        // Bit 0 of each byte is the module's colour; the other bits say what the module is for.
        dark = UnsafeBufferPointer(start: symbol.pointee.data, count: width * width).map { $0 & 1 == 1 }
    }

    public func isDark(row: Int, column: Int) -> Bool { dark[row * width + column] }

    /// A length for the SVG's side.
    public enum Length: Hashable, Sendable, CustomStringConvertible {
        case millimetres(Double)
        case pixels(Int)

        public var description: String {
            switch self {
            case let .millimetres(mm): (mm == mm.rounded() ? String(Int(mm)) : String(mm)) + "mm"
            case let .pixels(px): "\(px)px"
            }
        }
    }

    /// The symbol with its quiet zone as a square SVG element, `side` wide, one module to one unit of the
    /// view box. Dark modules are one path of row runs; `crispEdges` keeps a renderer from anti-aliasing
    /// the seams between them into grey lines a reader may stumble on.
    public func svg(side: Length) -> String {
        let total = width + 2 * Self.quietZone
        var path = ""
        for row in 0..<width {
            var column = 0
            while column < width {
                guard isDark(row: row, column: column) else { column += 1; continue }
                var run = 1
                while column + run < width, isDark(row: row, column: column + run) { run += 1 }
                path += "M\(column + Self.quietZone) \(row + Self.quietZone)h\(run)v1h-\(run)z"
                column += run
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" width=\"\(side)\" height=\"\(side)\" "
            + "viewBox=\"0 0 \(total) \(total)\" shape-rendering=\"crispEdges\">"
            + "<rect width=\"\(total)\" height=\"\(total)\" fill=\"#fff\"/>"
            + "<path fill=\"#000\" d=\"\(path)\"/></svg>"
    }
}

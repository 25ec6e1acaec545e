import CQRencode
import Foundation
import Testing
import TucaiSlips

@Suite("QR codes")
struct QRCodeTests {
    static let token = "TUCAI1:YNAU-UNDERGRADUATE-2023:2019311045:ABCDEFGHIJKLMNOPQRSTUVWXYZ"

    /// libqrencode's own symbol for `text`, read directly, to hold the SVG against.
    static func reference(_ text: String) -> (width: Int, dark: Int) {
        let symbol = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1)!
        defer { QRcode_free(symbol) }
        let width = Int(symbol.pointee.width)
        let dark = UnsafeBufferPointer(start: symbol.pointee.data, count: width * width).filter { $0 & 1 == 1 }.count
        return (width, dark)
    }

    /// The numbers after `name="` in `svg`.
    static func attribute(_ name: String, in svg: String) -> String? {
        guard let start = svg.range(of: " \(name)=\"") else { return nil }
        return String(svg[start.upperBound...].prefix { $0 != "\"" })
    }

    /// The dark modules the path draws: the sum of its row runs (`h<run>` commands).
    static func darkModules(in svg: String) -> Int {
        guard let d = attribute("d", in: svg) else { return -1 }
        return d.split(separator: "M").reduce(0) { sum, run in
            sum + (Int(run.split(separator: "h")[1].split(separator: "v")[0]) ?? 0)
        }
    }

    @Test("the SVG is square, sized as asked, with libqrencode's width plus a four-module quiet zone")
    func modulesMatchLibqrencode() throws {
        let code = try QRCode(Self.token)
        let reference = Self.reference(Self.token)
        #expect(code.width == reference.width)
        let svg = code.svg(side: .millimetres(30))
        #expect(!svg.isEmpty)
        #expect(Self.attribute("width", in: svg) == "30mm")
        #expect(Self.attribute("height", in: svg) == "30mm")
        let side = reference.width + 8
        #expect(Self.attribute("viewBox", in: svg) == "0 0 \(side) \(side)")
        #expect(Self.attribute("shape-rendering", in: svg) == "crispEdges")
        #expect(Self.darkModules(in: svg) == reference.dark)
        // The token fits in alphanumeric mode at level M: version 4 holds 90 characters, 33 modules a side.
        #expect(code.width == 33)
        #expect(try QRCode(Self.token.lowercased()).width > 33) // lower case forces 8-bit mode: a larger symbol
    }

    @Test("the same text gives the same SVG; a different text a different one")
    func deterministic() throws {
        let a = try QRCode(Self.token).svg(side: .pixels(240))
        let b = try QRCode(Self.token).svg(side: .pixels(240))
        #expect(a == b)
        #expect(Self.attribute("width", in: a) == "240px")
        #expect(try QRCode(Self.token.replacingOccurrences(of: "2019311045", with: "2019311046")).svg(side: .pixels(240)) != a)
    }

    @Test("the finder pattern's corners are dark and the module beside it is light")
    func finderPattern() throws {
        let code = try QRCode(Self.token)
        for (row, column) in [(0, 0), (0, 6), (6, 0), (6, 6), (0, code.width - 1), (code.width - 1, 0)] {
            #expect(code.isDark(row: row, column: column), "(\(row), \(column))")
        }
        #expect(!code.isDark(row: 7, column: 7))
        #expect(!code.isDark(row: 1, column: 1))
    }

    @Test("a text too long for the largest symbol is refused, not truncated")
    func tooLong() {
        #expect(throws: QRCode.Failure.self) { try QRCode(String(repeating: "\u{1}x", count: 2000)) }
    }
}

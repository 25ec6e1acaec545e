import Foundation
import Testing
@testable import TucaiKernel

/// A stored digest is written and read by hand instead of through Foundation's base64: the two must agree on
/// every digest, and the hand-written reader must refuse what is not exactly what the writer writes.
@Suite struct DigestTextTests {
    @Test func everyDigestIsWrittenAsFoundationWritesItAndReadsBack() {
        var generator = SplitMix64(seed: 32)
        var digests = (0..<2_000).map { _ in (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) } }
        digests += [[UInt8](repeating: 0, count: 32), [UInt8](repeating: 0xFF, count: 32), Array(0..<32)]
        for bytes in digests {
            let hex = bytes.map { String(format: "%02x", $0) }.joined()
            let stored = PhotoCapture.storedDigest(hex)
            #expect(stored == Data(bytes).base64EncodedString(), "\(hex)")
            #expect(PhotoCapture.storedDigest(hex.uppercased()) == stored, "upper case hex is the same digest")
            #expect(PhotoCapture.digest(fromStored: stored) == hex)
        }
    }

    @Test func whatIsNotADigestIsKeptAsItIs() {
        let hex = String(repeating: "ab", count: 32)
        let stored = PhotoCapture.storedDigest(hex)
        for text in [String(hex.dropLast()), hex + "a", String(hex.dropLast()) + "g", "", "照片" + String(hex.dropFirst(2))] {
            #expect(PhotoCapture.storedDigest(text) == text, "\(text)")
        }
        var lastBitsSet = Array(stored.utf8)
        lastBitsSet[42] = UInt8(ascii: "x")  // 'x' leaves bits past the 32nd byte set: no encoder writes it
        let unpadded = String(stored.dropLast()) + "A"
        for text in [String(decoding: lastBitsSet, as: UTF8.self), unpadded, String(stored.dropLast()), stored + "=",
                     "!" + stored.dropFirst(), hex, "stored elsewhere"] {
            #expect(PhotoCapture.digest(fromStored: text) == text, "\(text)")
        }
    }

    @Test func aCaptureKeepsItsDigestInLowerCase() {
        let capture = PhotoCapture(path: "p.jpg", sha256: "ABCDEF" + String(repeating: "0", count: 58), at: Moment(CivilDate(2022, 11, 19), TimeOfDay(9)))
        #expect(capture.sha256 == "abcdef" + String(repeating: "0", count: 58))
        #expect(PhotoCapture(path: "p", sha256: "É", at: capture.at).sha256 == "é")
    }
}

import Foundation
import Testing
import TucaiKernel
import TucaiPhoto
import TucaiDigest

@Suite struct CameraFileTests {
    static let small = try! SyntheticPortrait(width: 480, height: 640, dateTimeOriginal: "2026:06:01 09:15:42").jpeg()

    @Test func aWholeFileIsReadWithoutDecoding() throws {
        let file = try CameraFile(Self.small)
        #expect(file.isComplete)
        #expect(file.size == PixelSize(width: 480, height: 640) && file.components == 3 && file.precision == 8)
        #expect(file.byteCount == Self.small.count)
        #expect(file.dotsPerInch == 300)
    }

    /// The camera writes front to back: a file cut short has its headers and no EOI. It is incomplete,
    /// and decoding it throws instead of filling the missing rows with grey.
    @Test func aTruncatedFileIsIncompleteAndDoesNotDecode() throws {
        let cut = Array(Self.small.prefix(Self.small.count * 6 / 10))
        let file = try CameraFile(cut)
        #expect(!file.isComplete)
        #expect(file.width == 480)
        #expect { try JPEGCodec.decode(cut) } throws: { ($0 as? PhotoError)?.kind == .truncated }
        #expect { try RegistrationPhoto.make(from: cut) } throws: { ($0 as? PhotoError)?.kind == .truncated }
        // The same bytes with an EOI stuck on look complete but are still refused by the decoder.
        #expect(try CameraFile(cut + [0xFF, 0xD9]).isComplete)
        #expect(throws: PhotoError.self) { try JPEGCodec.decodeCentre(cut + [0xFF, 0xD9], covering: PixelSize(width: 48, height: 64)) }
    }

    @Test func aFileCutInItsHeadersSaysSo() throws {
        #expect { try CameraFile(Array(Self.small.prefix(100))) } throws: { ($0 as? PhotoError)?.kind == .truncated }
        #expect { try CameraFile(Array("GIF89a".utf8)) } throws: { ($0 as? PhotoError)?.kind == .notJPEG }
        #expect { try CameraFile([]) } throws: { ($0 as? PhotoError)?.kind == .notJPEG }
    }

    @Test("EXIF DateTimeOriginal round-trips", arguments: [ExifTimestamp.ByteOrder.littleEndian, .bigEndian])
    func exifRoundTrips(order: ExifTimestamp.ByteOrder) throws {
        let jpeg = try SyntheticPortrait(width: 64, height: 48, dateTimeOriginal: "2025:11:19 14:03:07", exifByteOrder: order).jpeg()
        #expect(try CameraFile(jpeg).dateTimeOriginal == "2025:11:19 14:03:07")
        #expect(try CameraFile(try SyntheticPortrait(width: 64, height: 48).jpeg()).dateTimeOriginal == nil)
    }

    @Test func aClockNeverSetReadsAsNoTimestamp() throws {
        var payload = ExifTimestamp.app1Payload(dateTimeOriginal: "2025:11:19 14:03:07", byteOrder: .bigEndian)
        let at = try #require(payload.indices.first { payload[$0...].starts(with: Array("2025".utf8)) })
        payload.replaceSubrange(at..<at + 19, with: Array("    :  :     :  :  ".utf8))
        #expect(try ExifTimestamp.dateTimeOriginal(inAPP1: payload[...]) == nil)
    }

    @Test func anExifOffsetOutsideItsSegmentThrows() throws {
        var payload = ExifTimestamp.app1Payload(dateTimeOriginal: "2025:11:19 14:03:07", byteOrder: .littleEndian)
        payload[6 + 4] = 0xF0  // IFD0's offset, little-endian, now 240 in a 64-byte block
        #expect { try ExifTimestamp.dateTimeOriginal(inAPP1: payload[...]) } throws: { ($0 as? PhotoError)?.kind == .malformed }
        let jpeg = try JPEGCodec.encode(RGBImage(width: 8, height: 8, filledWith: .init(1, 2, 3)), quality: 80, markers: [(0xE1, payload)])
        #expect(throws: PhotoError.self) { try CameraFile(jpeg) }
    }

    @Test func sha256MatchesKnownDigests() throws {
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(try CameraFile(Self.small).sha256 == SHA256.hex(Self.small))
    }

    /// Fuzz-minded: every prefix of the headers, and seeded byte damage all over a small file, give a
    /// result or a PhotoError; never a crash, a hang or another error.
    @Test func damagedFilesGiveErrorsNotCrashes() throws {
        let jpeg = try SyntheticPortrait(width: 48, height: 64, dateTimeOriginal: "2026:06:01 09:15:42").jpeg()
        var outcomes = (read: 0, refused: 0)
        for length in 0..<min(jpeg.count, 800) {
            do { _ = try CameraFile(Array(jpeg.prefix(length))); outcomes.read += 1 } catch is PhotoError { outcomes.refused += 1 }
        }
        #expect(outcomes.refused > 100 && outcomes.read > 0, "\(outcomes)")
        var random = SplitMix64(seed: 9)
        var decoded = 0, refused = 0
        for _ in 0..<300 {
            var damaged = jpeg
            for _ in 0..<1 + random.below(4) { damaged[random.below(damaged.count)] = UInt8(random.below(256)) }
            do { _ = try CameraFile(damaged) } catch is PhotoError {}
            do { _ = try JPEGCodec.decode(damaged); decoded += 1 } catch is PhotoError { refused += 1 }
        }
        #expect(decoded + refused == 300 && refused > 0, "decoded \(decoded), refused \(refused)")
        for bad: [UInt8] in [[], [0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x01], [0xFF, 0xD8, 0xFF, 0xD9], [0xFF, 0xD8, 0x00],
                             [0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x0B, 8, 0, 0, 0, 0, 3, 1, 0x11, 0, 2, 0x11]] {
            #expect(throws: PhotoError.self) { try CameraFile(bad) }
            #expect(throws: PhotoError.self) { try JPEGCodec.decode(bad) }
        }
    }

    @Test func areaAveragingMeansTheCoveredPixels() {
        // A 3×1 row of 0, 90, 180 halved: each output covers one and a half pixels.
        let row = RGBImage(width: 3, height: 1, pixels: [0, 0, 0, 90, 90, 90, 180, 180, 180])
        let half = row.scaledByAreaAveraging(to: PixelSize(width: 2, height: 1))
        #expect(half.pixels == [30, 30, 30, 150, 150, 150])
        let square = RGBImage(width: 2, height: 2, pixels: [0, 0, 0, 40, 40, 40, 80, 80, 80, 120, 120, 120])
        #expect(square.scaledByAreaAveraging(to: PixelSize(width: 1, height: 1)).pixels == [60, 60, 60])
    }
}

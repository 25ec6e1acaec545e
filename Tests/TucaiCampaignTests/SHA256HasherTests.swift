import Foundation
import Testing
import TucaiDigest

@Suite struct SHA256HasherTests {
    /// Bytes given in pieces of any size, even none, give the digest of the bytes given whole.
    @Test func piecesGiveTheDigestOfTheWhole() {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<200_003).map { _ in UInt8.random(in: 0...255, using: &generator) }
        for pieceSize in [1, 63, 64, 65, 4_096, 200_003] {
            let hasher = SHA256.Hasher()
            var offset = 0
            while offset < bytes.count {
                let end = min(offset + pieceSize, bytes.count)
                bytes[offset..<end].withUnsafeBytes { hasher.update($0) }
                bytes[end..<end].withUnsafeBytes { hasher.update($0) }
                offset = end
            }
            #expect(hasher.hex() == SHA256.hex(bytes), "pieces of \(pieceSize)")
        }
        let empty = SHA256.Hasher()
        #expect(empty.hex() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        let abc = SHA256.Hasher()
        Array("ab".utf8).withUnsafeBytes { abc.update($0) }
        Array("c".utf8).withUnsafeBytes { abc.update($0) }
        #expect(abc.hex() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}

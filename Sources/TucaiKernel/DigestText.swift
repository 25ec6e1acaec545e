/// A SHA-256 digest's two spellings, 64 hex digits and the 44 characters of standard base64 (one "=" of
/// padding), turned into each other directly: a campaign converts one for every photo it reads or writes,
/// millions of times, and Foundation's general base64 cost a few percent of a whole campaign doing it.
enum DigestText {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    private static let hexDigits = Array("0123456789abcdef".utf8)
    /// Each byte's value as a base64 digit, 0xFF for bytes that are none.
    private static let base64Values: [UInt8] = {
        var values = [UInt8](repeating: 0xFF, count: 256)
        for (value, byte) in alphabet.enumerated() { values[Int(byte)] = UInt8(value) }
        return values
    }()

    /// Base64 of the 32 bytes that `hex` spells (upper or lower case); nil unless it is 64 hex digits.
    static func base64(hex: String) -> String? {
        var bytes = [UInt8](repeating: 0, count: 33)  // one zero past the digest completes the last group of three
        var count = 0
        for byte in hex.utf8 {
            let nibble: UInt8
            switch byte {
            case 0x30...0x39: nibble = byte - 0x30
            case 0x61...0x66: nibble = byte - 0x61 + 10
            case 0x41...0x46: nibble = byte - 0x41 + 10
            default: return nil
            }
            guard count < 64 else { return nil }
            bytes[count / 2] |= count.isMultiple(of: 2) ? nibble << 4 : nibble
            count += 1
        }
        guard count == 64 else { return nil }
        return String(unsafeUninitializedCapacity: 44) { out in
            for group in 0..<11 {
                let a = bytes[3 * group], b = bytes[3 * group + 1], c = bytes[3 * group + 2]
                out[4 * group] = alphabet[Int(a >> 2)]
                out[4 * group + 1] = alphabet[Int((a & 0x03) << 4 | b >> 4)]
                out[4 * group + 2] = alphabet[Int((b & 0x0F) << 2 | c >> 6)]
                out[4 * group + 3] = alphabet[Int(c & 0x3F)]
            }
            out[43] = UInt8(ascii: "=")
            return 44
        }
    }

    /// Lowercase hex of the 32 bytes `text` holds in base64; nil unless it is exactly the 44 characters
    /// `base64(hex:)` writes (the bits past the last byte zero, as every encoder leaves them).
    static func hex(base64 text: String) -> String? {
        var text = text
        return text.withUTF8 { utf8 -> String? in
            guard utf8.count == 44, utf8[43] == UInt8(ascii: "=") else { return nil }
            var bytes = [UInt8](repeating: 0, count: 33)
            for group in 0..<11 {
                var quad: UInt32 = 0
                for i in 0..<(group == 10 ? 3 : 4) {
                    let value = base64Values[Int(utf8[4 * group + i])]
                    guard value != 0xFF else { return nil }
                    quad |= UInt32(value) << (18 - 6 * i)
                }
                bytes[3 * group] = UInt8(quad >> 16)
                bytes[3 * group + 1] = UInt8(truncatingIfNeeded: quad >> 8)
                bytes[3 * group + 2] = UInt8(truncatingIfNeeded: quad)
            }
            guard bytes[32] == 0 else { return nil }
            return String(unsafeUninitializedCapacity: 64) { out in
                for i in 0..<32 {
                    out[2 * i] = hexDigits[Int(bytes[i] >> 4)]
                    out[2 * i + 1] = hexDigits[Int(bytes[i] & 0x0F)]
                }
                return 64
            }
        }
    }
}

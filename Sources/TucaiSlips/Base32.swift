/// RFC 4648 base32 without padding. Its alphabet (A-Z, 2-7) is inside a QR code's alphanumeric set and types
/// the same on any keyboard layout a barcode scanner may assume, which base64's `+/=` and lower case do not.
enum Base32 {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".utf8)

    static func encode(_ bytes: [UInt8]) -> String {
        var text = [UInt8]()
        text.reserveCapacity((bytes.count * 8 + 4) / 5)
        var buffer = 0
        var bits = 0
        for byte in bytes {
            buffer = (buffer << 8) | Int(byte)
            bits += 8
            while bits >= 5 {
                bits -= 5
                text.append(alphabet[(buffer >> bits) & 0x1F])
            }
        }
        if bits > 0 { text.append(alphabet[(buffer << (5 - bits)) & 0x1F]) }
        return String(decoding: text, as: UTF8.self)
    }

    /// The number of characters `encode` writes for `count` bytes.
    static func length(ofBytes count: Int) -> Int { (count * 8 + 4) / 5 }

    static func isAlphabet(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "2")...UInt8(ascii: "7")).contains(byte)
    }
}

/// A student number packed losslessly into 64 bits, so duplicate checks over a million rows compare integers:
/// up to 17 digits (leading zeros kept through the length), or up to 10 characters of [0-9A-Za-z-]. Longer
/// or unusual numbers have no key and are compared as strings.
enum StudentNumberKey {
    static func key(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        let n = bytes.count
        guard n > 0 else { return nil }
        if n <= 17 {
            var value: UInt64 = 0
            var allDigits = true
            for b in bytes {
                let d = b &- 0x30
                if d > 9 { allDigits = false; break }
                value = value &* 10 &+ UInt64(d)
            }
            if allDigits { return 1 << 62 | UInt64(n) << 57 | value }
        }
        guard n <= 10 else { return nil }
        var packed: UInt64 = 0
        for b in bytes {
            let code: UInt8
            switch b {
            case 0x30...0x39: code = b - 0x30 + 1
            case 0x41...0x5A: code = b - 0x41 + 11
            case 0x61...0x7A: code = b - 0x61 + 37
            case UInt8(ascii: "-"): code = 63
            default: return nil
            }
            // Codes start at 1, so "01" and "1" differ without storing a length.
            packed = packed << 6 | UInt64(code)
        }
        return 1 << 63 | packed
    }

    /// The student number a key was made from.
    static func text(of key: UInt64) -> String? {
        if key & (1 << 63) != 0 {
            var codes: [UInt8] = []
            var packed = key & ~(1 << 63)
            while packed != 0 {
                let code = UInt8(packed & 63)
                switch code {
                case 1...10: codes.append(code - 1 + 0x30)
                case 11...36: codes.append(code - 11 + 0x41)
                case 37...62: codes.append(code - 37 + 0x61)
                default: codes.append(UInt8(ascii: "-"))
                }
                packed >>= 6
            }
            return String(decoding: codes.reversed(), as: UTF8.self)
        }
        guard key & (1 << 62) != 0 else { return nil }
        let length = Int(key >> 57 & 31)
        let digits = String(key & (1 << 57 - 1))
        return String(repeating: "0", count: max(0, length - digits.count)) + digits
    }
}

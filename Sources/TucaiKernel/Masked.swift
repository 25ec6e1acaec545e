/// Masks personal numbers (resident ID, phone, bank card) for every log, report and screen: the first four
/// and last four characters stay, the rest become asterisks ("5301**********1234"). Short values keep only
/// their last two.
public enum Masked {
    public static func number(_ value: String) -> String {
        let chars = Array(value)
        if chars.count >= 10 {
            return String(chars.prefix(4)) + String(repeating: "*", count: chars.count - 8) + String(chars.suffix(4))
        }
        guard chars.count > 2 else { return String(repeating: "*", count: chars.count) }
        return String(repeating: "*", count: chars.count - 2) + String(chars.suffix(2))
    }

    /// `text` with every run of 15 to 18 digits masked as `number` does: a resident ID number (18 characters,
    /// the last may be X; the first generation's 15 digits) or a bank card typed where a message quotes a cell
    /// ("no student 5301**********0015 in this campaign"). A run is all the digits in a row, so a longer or
    /// shorter number (a 12-digit student number, a 28-digit payment id) is left as it is. Full-width digits
    /// (０-９, Ｘ) count as digits.
    public static func idNumbers(in text: String) -> String {
        // Fast path: a text with no run of 15 digits has nothing to mask. Every message a station shows goes through
        // here, and most hold 学号 of 8-12 digits and several numbers, but no run of 15. A full-width digit is
        // EF BC 90-99 in UTF-8; its bytes, and any byte that might be one of them, keep a run going, so the check
        // may send a text to the full scan needlessly but never lets a number through.
        var run = 0, longest = 0
        for byte in text.utf8 {
            switch byte {
            case 0x30...0x39, 0x90...0x99: run += 1
            case 0xEF, 0xBC: break
            default: longest = max(longest, run); run = 0
            }
        }
        guard max(longest, run) >= 15 else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            guard isDigit(scalars[index]) else { out.append(scalars[index]); index += 1; continue }
            var end = index
            while end < scalars.count, isDigit(scalars[end]) { end += 1 }
            // The check character X closes an 18-character number after 17 digits.
            if end - index == 17, end < scalars.count, isCheckX(scalars[end]), end + 1 == scalars.count || !isDigit(scalars[end + 1]) {
                end += 1
            }
            let run = String(String.UnicodeScalarView(scalars[index..<end]))
            if (15...18).contains(end - index) {
                out.append(contentsOf: number(run).unicodeScalars)
            } else {
                out.append(contentsOf: run.unicodeScalars)
            }
            index = end
        }
        return String(out)
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(scalar.value) || (0xFF10...0xFF19).contains(scalar.value)
    }

    private static func isCheckX(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "X" || scalar == "x" || scalar.value == 0xFF38 || scalar.value == 0xFF58
    }
}

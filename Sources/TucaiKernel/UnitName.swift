/// How unit names (colleges, majors, classes) are compared: a notice's table, its text and a roster spell the
/// same unit with full- or half-width brackets and stray spaces ("工程管理(专升本)", "工程管理（专升本）").
public enum UnitName {
    /// The name with white space removed and full-width brackets made half-width.
    public static func key(_ text: String) -> String {
        // Most names are clean; checking is cheaper than rebuilding, and the engine asks for every student.
        // Bytes that may begin a space or a full-width bracket: ASCII controls and space, and the lead bytes
        // of U+3000 (E3) and U+FF08/U+FF09 (EF).
        if !text.utf8.contains(where: { $0 <= 0x20 || $0 == 0xE3 || $0 == 0xEF }) { return text }
        return String(text.compactMap { character -> Character? in
            if character.isWhitespace || character == "\u{3000}" { return nil }
            switch character {
            case "（": return "("
            case "）": return ")"
            default: return character
            }
        })
    }
}

/// How a module's text keeps the notice's words apart from its editor's. A remark the editor adds (what the notice
/// leaves unsaid, where the saved text breaks off, where a signature was taken from) is written between ⟦ and ⟧;
/// characters the saved text lost and the editor restores are written ⟦+年⟧. `show` and `compare` print the
/// remarks in （）, so a reader sees what the source lacks; a notice Tucai writes for the school prints the
/// school's words alone, restored, and leaves out a passage whose text breaks off.
///
/// The brackets are ones no notice uses (a document number's 〔〕 is the notice's own), so a remark can never be
/// mistaken for the source's words, and a stray bracket shows in any rendering as a mistake to fix.
public enum EditorNote {
    public static let open: Character = "⟦"
    public static let close: Character = "⟧"
    /// The remark that ends a passage whose saved text breaks off: "……⟦原文至此截断⟧".
    public static let breakingOff = "原文至此截断"

    /// The school's words: remarks removed, restorations made, the ends trimmed.
    public static func published(_ text: String) -> String {
        render(text) { $0.first == "+" ? String($0.dropFirst()) : "" }.trimmingWhitespace()
    }

    /// The source as saved, each remark in （）; restorations left out, as the source lacks them.
    public static func annotated(_ text: String) -> String {
        render(text) { $0.first == "+" ? "" : "（\($0)）" }
    }

    /// Whether the passage's saved text breaks off, so that it cannot be published as it stands.
    public static func breaksOff(_ text: String) -> Bool {
        remarks(in: text).contains { $0.hasPrefix(breakingOff) }
    }

    /// The remarks and restorations in `text`, without their brackets.
    public static func remarks(in text: String) -> [String] {
        var found: [String] = []
        _ = render(text) { found.append($0); return "" }
        return found
    }

    /// Whether every ⟦ is closed by a ⟧ before the next opens.
    public static func isWellFormed(_ text: String) -> Bool {
        var inside = false
        for character in text {
            if character == open { if inside { return false }; inside = true }
            if character == close { if !inside { return false }; inside = false }
        }
        return !inside
    }

    private static func render(_ text: String, _ replace: (String) -> String) -> String {
        guard text.contains(open) else { return text }
        var out = "", remark = "", inside = false
        for character in text {
            if !inside, character == open { inside = true; remark = ""; continue }
            if inside, character == close { inside = false; out += replace(remark); continue }
            if inside { remark.append(character) } else { out.append(character) }
        }
        // An unclosed remark is printed as written, so the mistake shows.
        return inside ? out + String(open) + remark : out
    }
}

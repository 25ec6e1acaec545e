/// Text put into HTML or SVG that Tucai writes (slips, notices, the dashboard, Gantt charts). Names and cells come
/// from rosters and notices, so anything may be in them.
public enum MarkupText {
    /// `text` with markup escaped (`& < > " '`), and without what XML 1.0 forbids in a document at all, escaped or
    /// not: control characters other than tab, line feed and carriage return (a CSV cell can carry one), and
    /// U+FFFE, U+FFFF. The same for HTML, so one page never differs from another in what it lets through.
    public static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

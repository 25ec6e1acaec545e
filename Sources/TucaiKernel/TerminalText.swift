/// Text made safe to show on a terminal: a name, a cell or a path from a file can hold control characters
/// (ESC starts the sequences that move the cursor, recolour, retitle the window or rewrite what is shown),
/// so every command's output passes through `visible` before it is written.
public enum TerminalText {
    /// `text` with every C0 control (but tab and line feed, and a carriage return that ends a line before its
    /// line feed), DEL and every C1 control replaced by a visible stand-in: the control's picture from
    /// Unicode's Control Pictures block (ESC as ␛, NUL as ␀, DEL as ␡) or, for C1 controls, which have none,
    /// U+FFFD (�). The stand-ins need no escaping in CSV, JSON or Markdown.
    public static func visible(_ text: String) -> String {
        guard needsCleaning(text) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            switch scalar.value {
            case 0x09, 0x0A:
                out.append(scalar)
            case 0x0D where index + 1 < scalars.count && scalars[index + 1] == "\n":
                out.append(scalar)
            case 0x00...0x1F:
                out.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F:
                out.append("\u{2421}")
            case 0x80...0x9F:
                out.append("\u{FFFD}")
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether any byte of `text` is a control `visible` replaces (checked on the UTF-8 bytes: a C1 control
    /// is 0xC2 followed by 0x80-0x9F).
    static func needsCleaning(_ text: String) -> Bool {
        var previous: UInt8 = 0
        var utf8 = text.utf8.makeIterator()
        while let byte = utf8.next() {
            switch byte {
            case 0x09, 0x0A: break
            case 0x0D:
                // Decided by what follows: only CRLF passes.
                guard let next = utf8.next() else { return true }
                if next != 0x0A { return true }
            case 0x00...0x1F, 0x7F: return true
            case 0x80...0x9F where previous == 0xC2: return true
            default: break
            }
            previous = byte
        }
        return false
    }
}

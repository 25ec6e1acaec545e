import TucaiKernel

/// Why one roster row was not imported, as one line a registrar can act on:
/// `roster.csv:12: field '身份证号': check character is 3, the first 17 digits give X (GB 11643)`.
/// Reasons never carry a whole identity number: it is personal data, and these lines go to screens and logs.
public struct RosterProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    /// The physical line the row starts on (the header is line 1).
    public var line: Int
    /// The header cell as the file spells it, when the problem is in one field.
    public var field: String?
    public var reason: String

    public init(file: String, line: Int, field: String? = nil, reason: String) {
        // A cell quoted in a reason may be an ID number in the wrong column: masked here, once, for every
        // screen, log and stored refusal the reason goes to. A quoted cell may also hold a line break, shown
        // as ␍ or ␊ so that the problem stays one line.
        self.file = file; self.line = line; self.field = field.map(Self.oneLine)
        self.reason = Self.oneLine(Masked.idNumbers(in: reason))
    }

    /// `text` with each carriage return and line feed replaced by its Control Picture (␍, ␊), as
    /// `TerminalText.visible` shows the other controls.
    static func oneLine(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return text }
        var shown = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            shown.append(scalar == "\n" ? "\u{240A}" : scalar == "\r" ? "\u{240D}" : scalar)
        }
        return String(shown)
    }

    public var description: String {
        if let field { return "\(file):\(line): field '\(field)': \(reason)" }
        return "\(file):\(line): \(reason)"
    }
}

extension Array where Element == RosterProblem {
    /// The distinct lines among problems sorted by line: the rows they reject.
    var distinctLineCount: Int {
        var count = 0
        var last = -1
        for problem in self where problem.line != last {
            count += 1
            last = problem.line
        }
        return count
    }
}

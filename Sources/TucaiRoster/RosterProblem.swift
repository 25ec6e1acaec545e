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
        // screen, log and stored refusal the reason goes to.
        self.file = file; self.line = line; self.field = field; self.reason = Masked.idNumbers(in: reason)
    }

    public var description: String {
        if let field { return "\(file):\(line): field '\(field)': \(reason)" }
        return "\(file):\(line): \(reason)"
    }
}

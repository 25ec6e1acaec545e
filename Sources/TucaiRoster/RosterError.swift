/// Why a roster file as a whole cannot be read: unreadable, undecodable at some byte, no header row, or a
/// required column missing. One line with the file and, when there is one, the line.
public struct RosterError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var reason: String

    public init(file: String, line: Int? = nil, reason: String) {
        self.file = file; self.line = line; self.reason = reason
    }

    public var description: String {
        if let line { return "\(file):\(line): \(reason)" }
        return "\(file): \(reason)"
    }
}

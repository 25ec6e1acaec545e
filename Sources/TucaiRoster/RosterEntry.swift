import TucaiKernel

/// A roster row that passed every check, with the physical line it starts on so later stages can point back
/// at the file.
public struct RosterEntry: Sendable {
    public var line: Int
    public var student: Student

    public init(line: Int, student: Student) { self.line = line; self.student = student }
}

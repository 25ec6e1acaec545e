/// One criterion's verdict on a photo: which criterion, whether the photo passes it, and a one-line reason
/// that gives the measured value, so the operator knows what to fix before the student leaves.
public struct PhotoFinding: Hashable, Sendable, CustomStringConvertible {
    /// The criterion's identifier ("background-corners").
    public let criterion: String
    public let passes: Bool
    public let reason: String

    public init(criterion: String, passes: Bool, reason: String) {
        self.criterion = criterion; self.passes = passes; self.reason = reason
    }

    public var description: String { "\(passes ? "ok" : "REFUSED") \(criterion): \(reason)" }
}

/// Eligibility as stores and event histories write it: a short kind and the reason.
extension Eligibility {
    public var kind: String {
        switch self {
        case .inScope: "inScope"
        case .excluded: "excluded"
        case .exempt: "exempt"
        case .outOfScope: "outOfScope"
        }
    }

    public init?(kind: String, reason: String) {
        switch kind {
        case "inScope": self = .inScope(because: reason)
        case "excluded": self = .excluded(because: reason)
        case "exempt": self = .exempt(because: reason)
        case "outOfScope": self = .outOfScope(because: reason)
        default: return nil
        }
    }
}

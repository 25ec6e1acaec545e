/// Whether a student may come at a time other than their own unit's slot.
public enum SlotFlexibility: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Own slot only, neither early nor late.
    case ownSlotOnly
    /// Own slot in principle; any slot of the collective days in special cases (YNAU).
    case ownSlotInPrinciple(exception: String)
    /// Any slot of the campaign.
    case anySlot

    public var description: String {
        switch self {
        case .ownSlotOnly: "own slot only"
        case let .ownSlotInPrinciple(exception): "own slot in principle; \(exception)"
        case .anySlot: "any slot"
        }
    }
}

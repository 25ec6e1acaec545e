import TucaiKernel

/// The state's columns (`StudentRows.stateColumns`) in groups, each what one field of the record fills: a store
/// that knows what a row holds rewrites only the groups that changed, where a step changes one or two of
/// seventeen.
public struct StateColumns: OptionSet, Hashable, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let stage = StateColumns(rawValue: 1 << 0)
    public static let notified = StateColumns(rawValue: 1 << 1)
    public static let preRegistered = StateColumns(rawValue: 1 << 2)
    public static let assignment = StateColumns(rawValue: 1 << 3)
    public static let paid = StateColumns(rawValue: 1 << 4)
    public static let feeSettled = StateColumns(rawValue: 1 << 5)
    public static let credential = StateColumns(rawValue: 1 << 6)
    public static let sequence = StateColumns(rawValue: 1 << 7)
    public static let capture = StateColumns(rawValue: 1 << 8)
    public static let exportBatch = StateColumns(rawValue: 1 << 9)
    public static let verificationOpen = StateColumns(rawValue: 1 << 10)
    public static let verificationEnds = StateColumns(rawValue: 1 << 11)
    public static let closed = StateColumns(rawValue: 1 << 12)
    public static let missed = StateColumns(rawValue: 1 << 13)
    public static let makeUp = StateColumns(rawValue: 1 << 14)
    public static let deferred = StateColumns(rawValue: 1 << 15)
    public static let refund = StateColumns(rawValue: 1 << 16)
    public static let all = StateColumns(rawValue: (1 << 17) - 1)

    /// How many of `StudentRows.stateColumns` each group holds, in their order.
    private static let widths = [1, 1, 1, 7, 1, 1, 1, 2, 4, 1, 1, 1, 1, 1, 4, 1, 3]

    /// The names of the groups' columns, in `StudentRows.stateColumns` order, the order `bindState` binds them.
    public var names: [String] {
        var names: [String] = [], column = 0
        for (bit, width) in Self.widths.enumerated() {
            if rawValue & 1 << bit != 0 { names += StudentRows.stateColumns[column..<column + width] }
            column += width
        }
        return names
    }

    /// The groups whose fields differ between two states of one student (whose eligibility does not change).
    public static func changed(from old: StudentState, to new: StudentRecord) -> StateColumns {
        let state = new.state
        var groups: StateColumns = []
        if old.stage(inScope: new.eligibility.isInScope) != new.stage { groups.insert(.stage) }
        if old.notified != state.notified { groups.insert(.notified) }
        if old.preRegistered != state.preRegistered { groups.insert(.preRegistered) }
        if old.assignment != state.assignment { groups.insert(.assignment) }
        if old.paid != state.paid { groups.insert(.paid) }
        if old.feeSettled != state.feeSettled { groups.insert(.feeSettled) }
        if old.credential != state.credential { groups.insert(.credential) }
        if old.sequenceNumber != state.sequenceNumber { groups.insert(.sequence) }
        if old.capture != state.capture { groups.insert(.capture) }
        if old.exportBatch != state.exportBatch { groups.insert(.exportBatch) }
        if old.verificationOpen != state.verificationOpen { groups.insert(.verificationOpen) }
        if old.verificationEnds != state.verificationEnds { groups.insert(.verificationEnds) }
        if old.closed != state.closed { groups.insert(.closed) }
        if old.missed != state.missed { groups.insert(.missed) }
        if old.makeUp != state.makeUp { groups.insert(.makeUp) }
        if old.deferred != state.deferred { groups.insert(.deferred) }
        if old.refund != state.refund { groups.insert(.refund) }
        return groups
    }
}

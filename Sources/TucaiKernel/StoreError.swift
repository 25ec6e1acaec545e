/// Why a campaign store refused or failed an operation. Every case prints as one line.
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The store cannot be opened or read (missing file, not a database, written by a newer schema).
    case unavailable(String)
    /// The store holds another campaign.
    case wrongCampaign(stored: CampaignIdentity, requested: CampaignIdentity)
    /// `save` for a student the store does not hold.
    case unknownStudent(String)
    /// A sequence number already held by another student.
    case duplicateSequenceNumber(SequenceNumber, heldBy: String)
    /// `insert(payment:)` with an id already stored.
    case duplicatePayment(String)
    /// `record(_: InputRow)` of a row already recorded.
    case duplicateInputRow(source: String, line: Int)
    /// Anything else the underlying database reported.
    case failed(String)

    public var description: String {
        switch self {
        case let .unavailable(why): why
        case let .wrongCampaign(stored, requested): "the store holds the campaign \(stored), not \(requested)"
        case let .unknownStudent(number): "no student \(number) in the store"
        case let .duplicateSequenceNumber(number, holder): "sequence number \(number) is already held by student \(holder)"
        case let .duplicatePayment(id): "payment \(id) is already stored"
        case let .duplicateInputRow(source, line): "\(source):\(line) is already recorded"
        case let .failed(why): why
        }
    }
}

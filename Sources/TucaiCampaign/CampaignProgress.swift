/// Where a long campaign job reports how far it has got: a line per stage, and progress inside long ones.
public protocol CampaignProgress: AnyObject {
    /// A stage begins that will handle `total` items.
    func begin(_ stage: String, total: Int)
    /// `done` of the stage's items are handled.
    func advance(_ done: Int)
    /// The stage is over; `result` says what it did, in a few words.
    func end(_ result: String)
    /// Something the user should read, such as a bad roster row.
    func note(_ line: String)
}

/// Progress that goes nowhere, for tests and benchmarks.
public final class SilentProgress: CampaignProgress {
    public init() {}
    public func begin(_ stage: String, total: Int) {}
    public func advance(_ done: Int) {}
    public func end(_ result: String) {}
    public func note(_ line: String) {}
}

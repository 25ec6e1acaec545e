/// What a `CampaignEngine` keeps of its campaign's students in memory.
public enum CampaignMemory: Sendable, Equatable {
    /// Every student and payment, loaded when the engine opens: a station or an event file looks students up by
    /// number all day, and a campaign of a school is a few thousand of them.
    case wholeCampaign
    /// Only the page its caller works through (`CampaignEngine.load(_:)`) and what it reads along the way;
    /// sequence-number holders, series tops and payments beyond it are asked of the store. A run over the
    /// national cohort holds a page of it, not millions of records.
    case pages
}

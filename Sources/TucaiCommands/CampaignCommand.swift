/// `tucai campaign` (placeholder until its issue lands).
struct CampaignCommand: CommandGroup {
    static let name = "campaign"
    static let abstract = "Not built yet."
    static var subcommands: [any Command.Type] { [] }
}

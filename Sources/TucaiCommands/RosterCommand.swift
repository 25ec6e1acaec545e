/// `tucai roster` (placeholder until its issue lands).
struct RosterCommand: CommandGroup {
    static let name = "roster"
    static let abstract = "Not built yet."
    static var subcommands: [any Command.Type] { [] }
}

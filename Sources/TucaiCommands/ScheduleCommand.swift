/// `tucai schedule` (placeholder until its issue lands).
struct ScheduleCommand: CommandGroup {
    static let name = "schedule"
    static let abstract = "Not built yet."
    static var subcommands: [any Command.Type] { [] }
}

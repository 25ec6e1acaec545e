/// `tucai reconcile` (placeholder until its issue lands).
struct ReconcileCommand: CommandGroup {
    static let name = "reconcile"
    static let abstract = "Not built yet."
    static var subcommands: [any Command.Type] { [] }
}

import Foundation

/// The root command.
public struct Tucai: CommandGroup {
    public static let name = "tucai"
    public static let abstract = "Tucai (图采) runs graduation photo-capture campaigns for degree-certificate registration."
    public static var subcommands: [any Command.Type] {
        [
            InstitutionsCommand.self, ShowCommand.self, CompareCommand.self, ConfigCommand.self,
            ScheduleCommand.self, RosterCommand.self, CampaignCommand.self, ReconcileCommand.self, SlipsCommand.self, StationCommand.self, ExportCommand.self, VerificationCommand.self,
            NoticeCommand.self,
            ReportCommand.self,
        ]
    }
    public init() {}

    /// Runs the command line `words` (without the program name) and returns the exit code: 0 on success,
    /// 1 when the work failed, 2 when the command line was not understood. Errors are one line on stderr.
    public static func run(_ words: [String], console: Console) -> Int32 {
        var type: any Command.Type = Tucai.self
        var path = "tucai"
        var rest = words[...]
        while let word = rest.first, let sub = type.subcommands.first(where: { $0.name == word }) {
            type = sub
            path += " " + word
            rest = rest.dropFirst()
        }
        if rest.contains("--help") || rest.contains("-h") || (type.subcommands.count > 0 && rest.isEmpty) {
            console.out(type.help(path: path))
            return 0
        }
        do {
            var arguments = Arguments(Array(rest))
            let command = try type.init(arguments: &arguments)
            try arguments.finish()
            try command.run(console)
            return 0
        } catch let error as UsageError {
            console.error("\(path): \(error.message)\nRun '\(path) --help' for usage.")
            return 2
        } catch {
            console.error("\(path): \(error)")
            return 1
        }
    }

    /// The program's entry point.
    public static func main() -> Never {
        exit(run(Array(CommandLine.arguments.dropFirst()), console: .standard))
    }
}

import Foundation
import TucaiRegistry

/// `tucai config …`
struct ConfigCommand: CommandGroup {
    static let name = "config"
    static let abstract = "Work with campaign config files."
    static var subcommands: [any Command.Type] { [Check.self] }

    /// `tucai config check <config.json>`
    struct Check: Command {
        static let name = "check"
        static let abstract = "Check a campaign config and print what it selects."
        static let arguments = "<config.json>"

        var path: String

        init(arguments: inout Arguments) throws {
            path = try arguments.positional("config file")
        }

        func run(_ console: Console) throws {
            let config = try CampaignConfig.load(URL(fileURLWithPath: path), registry: institutionRegistry)
            console.out("""
                \(path): ok
                  institution  \(config.institution.identifier) \(config.institution.chineseName)
                  cohort       \(config.cohort)
                  capture days \(config.captureDays.map { "\($0.date)" }.joined(separator: ", "))
                  database     \(try CampaignDatabase.of(config))
                  roster       \(config.roster?.path ?? "synthetic (seed \(config.seed))")
                """)
        }
    }
}

import Foundation
import TucaiRegistry

/// Resolves what a user typed for an institution: an identifier, a national code, or a campaign config file.
enum InstitutionArgument {
    static func resolve(_ word: String) throws -> any Institution {
        if word.hasSuffix(".json") {
            return try CampaignConfig.load(URL(fileURLWithPath: word), registry: institutionRegistry).institution
        }
        do {
            return try institutionRegistry.institution(named: word)
        } catch {
            throw CommandFailure(error.description)
        }
    }
}

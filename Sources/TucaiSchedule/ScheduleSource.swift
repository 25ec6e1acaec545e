import Foundation
import TucaiKernel

/// What a command line names for checking or planning: an institution (by identifier or national code),
/// a campaign config (its institution, with the config's dates and rooms), or a registrar's CSV table.
public struct ScheduleSource: Sendable {
    public var name: String
    public var institution: (any Institution)?
    public var context: ScheduleContext
    /// Rows of a CSV that could not be read, each with its line.
    public var readingProblems: [ScheduleFinding]
    /// True for a CSV file, whose findings name lines.
    public var isFile: Bool

    public struct Failure: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// `against` names the institution or config whose declaration a CSV is checked against.
    public static func load(_ word: String, against: String? = nil, rate: Double? = nil,
                            registry: InstitutionRegistry) throws(Failure) -> ScheduleSource {
        if word.lowercased().hasSuffix(".csv") {
            // A CSV declares nothing, so checking against one would call every table clean.
            if let against, against.lowercased().hasSuffix(".csv") {
                throw Failure(message: "--against \(against): a CSV table declares no days, windows or rooms; name an institution or a config (.json)")
            }
            let reading: TableReading
            do { reading = try SessionTableReader.read(contentsOf: URL(fileURLWithPath: word)) } catch {
                throw Failure(message: error.message)
            }
            var declaration = ScheduleDeclaration.none
            var institution: (any Institution)?
            if let against {
                let other = try load(against, registry: registry)
                declaration = other.context.declaration
                institution = other.institution
            }
            return ScheduleSource(name: word, institution: institution,
                                  context: ScheduleContext(table: reading.table, declaration: declaration, lines: reading.lines, givenRate: rate),
                                  readingProblems: reading.problems, isFile: true)
        }
        guard against == nil else { throw Failure(message: "--against applies to a CSV table only") }
        let institution: any Institution
        var declaration: ScheduleDeclaration
        if word.lowercased().hasSuffix(".json") {
            let config: CampaignConfig
            do { config = try CampaignConfig.load(URL(fileURLWithPath: word), registry: registry) } catch {
                throw Failure(message: error.description)
            }
            institution = config.institution
            declaration = ScheduleDeclaration(config: config)
        } else {
            do { institution = try registry.institution(named: word) } catch { throw Failure(message: error.description) }
            declaration = ScheduleDeclaration(institution)
        }
        return ScheduleSource(name: institution.identifier, institution: institution,
                              context: ScheduleContext(table: institution.sessionTable, declaration: declaration, givenRate: rate),
                              readingProblems: [], isFile: false)
    }

    /// What the checker finds, with the rows it could not read, in line order.
    public var findings: [ScheduleFinding] { (readingProblems + ScheduleChecker.check(context)).sorted(by: ScheduleChecker.order) }
}

extension ScheduleDeclaration {
    /// The institution's declaration with the config's dates and rooms in place of the notice's.
    public init(config: CampaignConfig) {
        let institution = config.institution
        let rooms = config.rooms.map { names in names.map { institution.room(named: $0) ?? Room($0) } } ?? institution.rooms
        self.init(captureDays: config.captureDays, rooms: rooms, arrivalLeadMinutes: institution.arrivalLeadMinutes)
    }
}

import TucaiKernel
import TucaiSchedule

/// The session table a config names with `sessionTable`, for a school whose notice puts its table in an
/// attachment the text lacks. Read before anything is stored; a table with unreadable rows is refused whole,
/// each problem with its line, since a campaign on half a table would leave students without a session.
enum ConfiguredSessionTable {
    static func read(_ config: CampaignConfig) throws -> SessionTable? {
        guard let url = config.sessionTable else { return nil }
        let reading: TableReading
        do { reading = try SessionTableReader.read(contentsOf: url) } catch { throw CommandFailure(error.description) }
        if let problem = reading.problems.first {
            throw CommandFailure("\(problem)" + (reading.problems.count > 1 ? " (and \(reading.problems.count - 1) more problems)" : ""))
        }
        guard !reading.table.isEmpty else { throw CommandFailure("\(url.path): the session table has no rows") }
        return reading.table
    }
}

import Foundation
import TucaiKernel
import TucaiSQLite
import TucaiStation

extension StationCommand {
    /// `tucai station offline <campaign> --station-id S --out FILE.sqlite`
    struct Offline: Command {
        static let name = "offline"
        static let abstract = "Copy the campaign for a station that must run where the campaign's database is out of reach."
        static let arguments = "<config.json | campaign.sqlite> --station-id S --out FILE.sqlite"
        static let discussion = """
            Made while the campaign's database is still reachable: a consistent copy of it (FILE.sqlite), the
            copy of its ID number key (FILE.sqlite.key, mode 0600: keep it as safe as the campaign's own), and
            FILE.sqlite.origin.json, which records where the copy came from and how far the campaign had got.
            The station then runs on the copy with the usual command, and 'tucai station merge' brings back
            what it did; a student photographed at two stations, or a number held twice, is reported then.

            Example:
              tucai station offline Examples/ynu-2021.json --station-id B --out /media/usb/ynu-B.sqlite
              tucai station /media/usb/ynu-B.sqlite --station-id B --room 呈贡校区
              tucai station merge Examples/ynu-2021.json /media/usb/ynu-B.sqlite
            """

        var campaign: String
        var stationID: String
        var out: String

        init(arguments: inout Arguments) throws {
            stationID = try arguments.option("station-id") ?? { throw UsageError("--station-id is required: the name the station will run under") }()
            guard !stationID.isEmpty, stationID.count <= 20,
                  stationID.unicodeScalars.allSatisfy({ $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "-") }) else {
                throw UsageError("--station-id '\(stationID)': use up to 20 letters, digits and '-' (it starts every file name the station writes)")
            }
            out = try arguments.option("out") ?? { throw UsageError("--out is required: the new database file the station will run on") }()
            guard !out.hasSuffix(".json") else { throw UsageError("--out '\(out)': name the copy's database (FILE.sqlite), not a config") }
            campaign = try arguments.positional("campaign")
        }

        func run(_ console: Console) throws {
            for existing in [out, out + ".key", OfflineOrigin.path(forCopy: out)] where FileManager.default.fileExists(atPath: existing) {
                throw CommandFailure("\(existing): already exists; name a new file with --out")
            }
            let opened = try OpenedCampaign(campaign, create: false)
            // A server's stations share the campaign through the server; a copy for a station without one is
            // made of a campaign in a SQLite file, whose pages VACUUM INTO copies whole.
            guard case let .sqlite(database) = opened.database, let store = opened.store as? SQLiteCampaignStore else {
                throw CommandFailure("\(campaign): kept on a server (\(opened.database)); an offline copy is made of a campaign in a SQLite file")
            }
            guard try store.identity() != nil else { throw CommandFailure("\(campaign): the database holds no campaign yet") }
            try store.copy(to: out)
            // The points are read from the copy itself, so they are exactly where its history was cut.
            let copy = try SQLiteCampaignStore(path: out, create: false)
            let origin = OfflineOrigin(
                database: (StationCommand.absolute(database) as NSString).standardizingPath,
                config: opened.config == nil ? nil : (StationCommand.absolute(campaign) as NSString).standardizingPath,
                station: stationID, copiedAt: Int(Date().timeIntervalSince1970), eventCount: try copy.eventCount(),
                stationLogLength: try copy.stationEntries().count, paymentCount: try copy.payments().count)
            do { try origin.write(forCopy: out) } catch {
                for file in [out, out + ".key", out + "-wal", out + "-shm"] { try? FileManager.default.removeItem(atPath: file) }
                throw error
            }
            console.out("""
                copied \(database) to \(out) for station \(stationID): \(try copy.students().count) students, \
                \(origin.eventCount) events, \(origin.stationLogLength) log entries, \(origin.paymentCount) payments
                key    \(copy.keyPath) (mode 0600)
                origin \(OfflineOrigin.path(forCopy: out))
                run the station on it:  tucai station \(out) --station-id \(stationID)
                merge it back:          tucai station merge \(campaign) \(out)
                """)
        }
    }
}

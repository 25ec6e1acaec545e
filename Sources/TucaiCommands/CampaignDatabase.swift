import Foundation
import TucaiKernel
import TucaiPostgres
import TucaiSQLite

/// Where a campaign is stored: a SQLite file (the default, beside its config), or a campaign on a PostgreSQL
/// server that many stations reach. A config's `database` names it; `TUCAI_DATABASE_URL`, when set, replaces
/// that with a `postgresql://` URL for every campaign the command opens (the config's name, `ynau-2023` →
/// schema `ynau_2023`, picks the campaign unless the URL names one with `campaign=`). The ID number key of a
/// server's campaign is `TUCAI_KEY_FILE`, the URL's `key=`, or `<schema>.key` beside the config.
enum CampaignDatabase: CustomStringConvertible {
    case sqlite(path: String)
    case postgres(PostgresLocation, folder: String)

    static let urlVariable = "TUCAI_DATABASE_URL"
    static let keyVariable = "TUCAI_KEY_FILE"

    /// The database of a config, or the server `TUCAI_DATABASE_URL` names.
    static func of(_ config: CampaignConfig) throws -> CampaignDatabase {
        let folder = config.file.deletingLastPathComponent().path
        let environment = ProcessInfo.processInfo.environment
        let url = environment[urlVariable].flatMap { $0.isEmpty ? nil : $0 }
            ?? (config.database.isFileURL ? nil : config.database.absoluteString)
        guard let url else { return .sqlite(path: config.database.path) }
        let schema = PostgresLocation.schemaName(config.file.deletingPathExtension().lastPathComponent)
        do throws(StoreError) {
            let location = try PostgresLocation(url: url, campaign: schema,
                                                keyPath: environment[keyVariable] ?? (folder as NSString).appendingPathComponent("\(schema).key"))
            return .postgres(location, folder: folder)
        } catch {
            throw CommandFailure("\(config.file.path): \(error.description)")
        }
    }

    /// A database named on the command line: a SQLite file, or a `postgresql://` URL with its `campaign=`.
    static func named(_ word: String) throws -> CampaignDatabase {
        guard PostgresLocation.isURL(word) else { return .sqlite(path: word) }
        do throws(StoreError) {
            let location = try PostgresLocation(url: word, keyPath: ProcessInfo.processInfo.environment[keyVariable])
            return .postgres(location, folder: FileManager.default.currentDirectoryPath)
        } catch {
            throw CommandFailure(error.description)
        }
    }

    func open(create: Bool) throws -> any CampaignStore {
        switch self {
        case let .sqlite(path): try SQLiteCampaignStore(path: path, create: create)
        case let .postgres(location, _): try PostgresCampaignStore(location: location, create: create)
        }
    }

    /// The folder where the campaign's files go beside it (photos, hot folders, the station's copies), and
    /// against which input files are named.
    var folder: String {
        switch self {
        case let .sqlite(path):
            let folder = (path as NSString).deletingLastPathComponent
            return folder.isEmpty ? "." : folder
        case let .postgres(_, folder): return folder
        }
    }

    /// Where a simulated campaign's photo files go: beside the database, named for it.
    var photoFolder: String {
        switch self {
        case let .sqlite(path): (path as NSString).deletingPathExtension + "-photos"
        case let .postgres(location, folder): (folder as NSString).appendingPathComponent("\(location.campaign)-photos")
        }
    }

    /// The file the one-writer lock (`CampaignLock`) is taken beside. On a server it guards this machine only:
    /// stations on other machines write through the server's own locks (`PostgresSchema`).
    var lockName: String {
        switch self {
        case let .sqlite(path): path
        case let .postgres(location, folder): (folder as NSString).appendingPathComponent("\(location.campaign).postgres")
        }
    }

    /// How messages name it; a server's password never shows.
    var description: String {
        switch self {
        case let .sqlite(path): path
        case let .postgres(location, _): location.description
        }
    }
}

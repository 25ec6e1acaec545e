import Foundation
import TucaiCampaign
import TucaiDigest

/// Where a station's own copy of a campaign came from, kept beside the copy as `<copy>.origin.json`: the
/// campaign's database and how far its history, stations' log and payments ran when the copy was made.
/// Everything in the copy past those points happened at the offline station and is what a merge brings back.
/// The file's SHA-256 names the copy in the campaign's input rows, so a second merge finds what the first
/// one took (a new copy, even of the same moment, has a new `copyID` and so a new name).
public struct OfflineOrigin: Codable, Sendable, Equatable {
    /// The campaign database the copy was made from, as an absolute path.
    public var database: String
    /// The config the campaign was named by, when it was: a station on the copy needs the same workflow.
    public var config: String?
    public var station: String
    /// Seconds since 1970-01-01T00:00:00Z.
    public var copiedAt: Int
    public var copyID: String
    /// Events in the campaign's history at the copy.
    public var eventCount: Int
    /// Entries in the stations' log at the copy.
    public var stationLogLength: Int
    /// Payments stored at the copy, owed back or not.
    public var paymentCount: Int

    public init(database: String, config: String?, station: String, copiedAt: Int, copyID: String = UUID().uuidString,
                eventCount: Int, stationLogLength: Int, paymentCount: Int) {
        self.database = database; self.config = config; self.station = station; self.copiedAt = copiedAt; self.copyID = copyID
        self.eventCount = eventCount; self.stationLogLength = stationLogLength; self.paymentCount = paymentCount
    }

    public static func path(forCopy copy: String) -> String { copy + ".origin.json" }

    /// Writes the origin beside the copy; an origin already there belongs to another copy and is kept.
    public func write(forCopy copy: String) throws {
        let path = Self.path(forCopy: copy)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(self) + Data("\n".utf8)
        guard !FileManager.default.fileExists(atPath: path) else {
            throw StationFileError(message: "\(path): already exists; it describes another copy")
        }
        do { try data.write(to: URL(fileURLWithPath: path), options: .withoutOverwriting) } catch {
            throw StationFileError(message: "\(path): cannot write the copy's origin")
        }
    }

    /// The origin of the copy at `copy`, with the SHA-256 of its file.
    public static func read(forCopy copy: String) throws -> (origin: OfflineOrigin, digest: String) {
        let path = Self.path(forCopy: copy)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StationFileError(message: "\(path): missing; a station's copy is made with 'tucai station offline', which writes it beside the copy")
        }
        guard let origin = try? JSONDecoder().decode(OfflineOrigin.self, from: data) else {
            throw StationFileError(message: "\(path): not the origin of a station's copy (damaged, or not written by 'tucai station offline')")
        }
        return (origin, SHA256.hex(Array(data)))
    }
}

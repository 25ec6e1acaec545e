import Foundation
import TucaiCampaign
import TucaiKernel
import TucaiPhoto
import TucaiPostgres
import TucaiRegistry
import TucaiSQLite
import TucaiSlips
import TucaiStation

/// A campaign from the examples, simulated up to its first capture day, with a station at one room of one
/// session: what a capture-day test drives. Camera files are written into the hot folder as a tethered
/// camera writes them.
final class CaptureDay {
    let folder: String
    let config: CampaignConfig
    let store: any CampaignStore
    let hot: String
    let photos: String
    /// The session the station serves, and its students in 学号 order.
    let session: SessionAssignment
    let students: [StudentRecord]
    private var frame = 0

    /// `database`: a PostgreSQL URL to keep the campaign on instead of the SQLite file beside the config.
    init(example: String, seed: Int? = nil, database: String? = nil) throws {
        folder = FileManager.default.temporaryDirectory.appending(path: "tucai-station-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appending(path: "Examples")
        var text = try String(contentsOf: examples.appending(path: example), encoding: .utf8)
        if let seed { text = text.replacingOccurrences(of: #""seed": \d+"#, with: "\"seed\": \(seed)", options: .regularExpression) }
        if let database { text = text.replacingOccurrences(of: #""database": "[^"]*""#, with: "\"database\": \"\(database)\"", options: .regularExpression) }
        try text.write(toFile: folder + "/" + example, atomically: true, encoding: .utf8)
        config = try CampaignConfig.load(URL(fileURLWithPath: folder + "/" + example), registry: institutionRegistry)
        if let database {
            let schema = PostgresLocation.schemaName((example as NSString).deletingPathExtension)
            store = try PostgresCampaignStore(location: PostgresLocation(url: database, campaign: schema, keyPath: folder + "/\(schema).key"))
        } else {
            store = try SQLiteCampaignStore(path: config.database.path, durability: .normal)
        }
        var run = CampaignRun(config: config, store: store, syntheticBadRows: 0)
        run.until = .captureDay
        _ = try run.run()
        hot = folder + "/hot"
        photos = folder + "/photos"
        try FileManager.default.createDirectory(atPath: hot, withIntermediateDirectories: true)
        // The busiest session with a room: one room of the first day.
        let assigned = try store.students().filter { $0.eligibility.isInScope && $0.state.assignment != nil && !$0.state.deferred }
        let bySession = Dictionary(grouping: assigned) { $0.state.assignment!.session }
        let (_, members) = bySession.max { a, b in (a.value.count, b.key) < (b.value.count, a.key) }!
        session = members[0].state.assignment!
        students = members.sorted { $0.number < $1.number }
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    func workflow() -> Workflow { Workflow(config: config, sessionTable: nil) }

    /// A station at the session's room, its clock at the session's start.
    func station(_ id: String = "A", minutesIn: Int = 5) throws -> CaptureStation {
        let engine = try CampaignEngine(workflow: workflow(), cohort: config.cohort, store: store)
        let start = Moment(session.date, session.start).unixSeconds + minutesIn * 60
        return try CaptureStation(engine: engine, configuration: .init(
            station: id, room: session.room, photos: photos, campaignID: SlipToken.campaign(try store.identity()!),
            clock: .rehearsal(startingAt: start)))
    }

    /// Writes a camera file into the hot folder, named as the camera counts frames, and returns its path.
    @discardableResult
    func shoot(width: Int = 960, height: Int = 1280, subject: Bool = true, frame number: Int? = nil, shutter: String? = nil,
               into folder: String? = nil) throws -> String {
        frame += 1
        let name = String(format: "capt%04d.jpg", number ?? frame)
        let bytes = try SyntheticPortrait(width: width, height: height, hasSubject: subject, seed: UInt64(frame), dateTimeOriginal: shutter).jpeg()
        let path = (folder ?? hot) + "/" + name
        _ = FileManager.default.createFile(atPath: path + ".part", contents: Data(bytes))
        rename(path + ".part", path)
        return path
    }

    func slip(for student: String, key: [UInt8]? = nil, campaign: String? = nil) throws -> String {
        try SlipToken.sign(campaign: campaign ?? SlipToken.campaign(try store.identity()!), studentNumber: student,
                           key: key ?? (try store.signingKey(purpose: SlipToken.keyPurpose)))
    }

    func record(_ number: String) throws -> StudentRecord { try store.student(number: number)! }

    var photoFiles: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: photos)) ?? []).filter { $0.hasSuffix(".jpg") }.sorted() }
    var unboundFiles: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: photos + "/unbound")) ?? []).sorted() }
}

extension CaptureDay {
    /// EXIF's shutter time `seconds` after the station's clock now.
    func shutter(_ station: CaptureStation, plus seconds: Int) -> String {
        let at = station.configuration.clock.unixSeconds() + seconds
        let moment = Moment(unixSeconds: at)
        let s = ((at % 60) + 60) % 60
        return moment.date.description.replacingOccurrences(of: "-", with: ":") + " " + "\(moment.time)" + String(format: ":%02d", s)
    }
}

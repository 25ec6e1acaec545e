import Foundation
import TucaiCampaign
import TucaiKernel
import TucaiSQLite
import TucaiSlips
import TucaiStation

/// `tucai station …`
struct StationCommand: Command {
    static let name = "station"
    static let abstract = "Run one capture station: scans and commands on standard input, the tethered camera's hot folder."
    static let arguments = "<config.json | campaign.sqlite> --station-id S [--room R] [--hot-folder DIR] [--photos DIR] [--rehearse-at TIME]"
    static var subcommands: [any Command.Type] { [Offline.self, Merge.self] }
    static let discussion = """
        Reads one line per scan or command, as barcode scanners and ID-card readers type them: an 18-character
        ID number (ID-card reader), a Tucai slip's QR code (TUCAI1:…), or an operator command (type 'help').
        Each student is identified through the school's policy, numbered and logged before the number is shown,
        and charged where the school takes money at the station ('pay RECEIPT'). The camera software (gphoto2
        --capture-tethered --filename 'DIR/capt%04n.jpg', or any tool that writes JPEGs) saves into the hot
        folder; each complete file is checked, its registration photo (480×640) made and checked, and both
        are bound to the student waiting and moved to the photos folder as <station>-<day>-<number>-<学号>.jpg.
        Files bound to no one go to <photos>/unbound/, never deleted.

        On a terminal the station shows a status screen; from a pipe it prints one line per outcome,
        "[ok] …", "[refused] …", "[flag] …", "[info] …". Several stations may run on one campaign at once.

        Options:
          --station-id S    the station's name, unique in the campaign (letters, digits, '-')
          --room R          the room this camera is in: students booked elsewhere are sent there
          --hot-folder DIR  the camera's folder (default: hot-<station> beside the database)
          --photos DIR      where bound photos go (default: photos beside the database)
          --rehearse-at T   run the clock from T ("2022-11-19T08:30"), for training before the day

        Example: tucai station Examples/ynu-2021.json --station-id A --room 呈贡校区 --hot-folder /media/camera
        """

    var campaign: String
    var stationID: String
    var room: String?
    var hotFolder: String?
    var photos: String?
    var rehearsal: Int?

    init(arguments: inout Arguments) throws {
        stationID = try arguments.option("station-id") ?? { throw UsageError("--station-id is required: the station's name, unique in the campaign") }()
        guard !stationID.isEmpty, stationID.count <= 20,
              stationID.unicodeScalars.allSatisfy({ $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "-") }) else {
            throw UsageError("--station-id '\(stationID)': use up to 20 letters, digits and '-' (it starts every file name the station writes)")
        }
        room = try arguments.option("room")
        hotFolder = try arguments.option("hot-folder")
        photos = try arguments.option("photos")
        if let text = try arguments.option("rehearse-at") {
            guard let moment = Moment(iso: text) else { throw UsageError("--rehearse-at '\(text)': write a Beijing time as 2022-11-19T08:30") }
            rehearsal = moment.unixSeconds
        }
        campaign = try arguments.positional("campaign")
    }

    func run(_ console: Console) throws {
        // A station may be started by a program that blocks signals (and its children inherit the mask): the
        // operator's Ctrl-C, a closed terminal and a supervisor's stop must still end it. Every scan is its own
        // transaction, so ending between two loses nothing.
        var ending = sigset_t()
        sigemptyset(&ending)
        for signal in [SIGHUP, SIGINT, SIGTERM] { sigaddset(&ending, signal) }
        pthread_sigmask(SIG_UNBLOCK, &ending, nil)
        let opened = try OpenedCampaign(campaign, create: false)
        let base = opened.database.folder
        let hot = hotFolder ?? base + "/hot-\(stationID)"
        let photosFolder = Self.absolute(photos ?? base + "/photos")
        try FileManager.default.createDirectory(atPath: hot, withIntermediateDirectories: true)
        guard let identity = try opened.store.identity() else { throw CommandFailure("\(campaign): the database holds no campaign yet") }
        let engine = try CampaignEngine(workflow: opened.workflow, cohort: opened.cohort, store: opened.store)
        let station = try CaptureStation(engine: engine, configuration: .init(
            station: stationID, room: room, photos: photosFolder, campaignID: SlipToken.campaign(identity),
            clock: rehearsal.map(StationClock.rehearsal(startingAt:)) ?? .system))
        let screen = isatty(STDIN_FILENO) != 0 && isatty(STDOUT_FILENO) != 0
        let title = "\(opened.workflow.name) \(opened.cohort) · hot folder \(hot)"
        let lines = TypedLines()
        lines.start()
        let camera = HotFolder(path: hot)
        func show(_ outcome: CaptureStation.Outcome) {
            if screen {
                console.clearScreen()
                console.out(StationScreen.render(station, title: title))
            } else if !outcome.message.isEmpty {
                console.out(outcome.line)
            }
        }
        if screen {
            console.clearScreen()
            console.out(StationScreen.render(station, title: title))
        } else {
            console.out("[info] station \(stationID) ready: \(opened.workflow.name), hot folder \(hot), photos \(photosFolder)")
        }
        var quietSince: Date?
        while true {
            var quit = false
            for line in lines.take() {
                let outcome = station.handle(line: line)
                show(outcome)
                if case .command(.quit) = StationInput(line: line) { quit = true; break }
            }
            if quit { break }
            var pending = false
            for file in camera.poll() {
                if let outcome = station.handle(cameraFile: file.path, settled: file.settled) { show(outcome) } else { pending = true }
            }
            // At the end of the input (a script's pipe), the camera's last files are still taken before closing.
            if lines.ended {
                if pending, station.question == nil { quietSince = nil } else if quietSince == nil { quietSince = Date() }
                if let since = quietSince, Date().timeIntervalSince(since) > 2 { break }
            }
            usleep(50_000)
        }
        if let waiting = station.waiting { console.error("station \(stationID) closed with \(waiting.student) (#\(waiting.ticket)) still waiting for a photo") }
    }

    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }
}

/// Lines from standard input, read on a thread of their own so the station can watch its camera meanwhile.
final class TypedLines: @unchecked Sendable {
    private let lock = NSLock()
    private var queue: [String] = []
    private var finished = false

    func start() {
        Thread.detachNewThread { [self] in
            while let line = readLine(strippingNewline: true) {
                lock.lock(); queue.append(line); lock.unlock()
            }
            lock.lock(); finished = true; lock.unlock()
        }
    }

    func take() -> [String] {
        lock.lock(); defer { lock.unlock() }
        let lines = queue
        queue.removeAll()
        return lines
    }

    var ended: Bool {
        lock.lock(); defer { lock.unlock() }
        return finished && queue.isEmpty
    }
}

import Foundation
import TucaiCampaign
import TucaiRegistry
import TucaiSQLite
import TucaiStation

/// `tucai campaign …`
struct CampaignCommand: CommandGroup {
    static let name = "campaign"
    static let abstract = "Run a whole campaign from its config, or look into a stored one."
    static var subcommands: [any Command.Type] { [Run.self, History.self] }

    /// `tucai campaign run <config.json>`
    struct Run: Command {
        static let name = "run"
        static let abstract = "Run a campaign end to end on a SQLite file beside its config; re-running resumes."
        static let arguments = "<config.json> [--batch N] [--wait] [--until capture-day|export]"
        static let discussion = """
            Imports the roster (the config's 'roster', or a synthetic one drawn from the published table and
            'seed', 'students' rows), then replays the config's 'events' files, or without them simulates what
            the institution's flow produces: notices, pre-registration, bookings, payments (some late), the
            station (check-in, sequence number, photo), absentees, make-ups, refunds, export, verification and
            closing. Progress goes to standard error, the summary to standard output. The database is left for
            'tucai reconcile'. Every stage handles only what is not yet stored, so a killed run resumes.

            One process writes a campaign at a time: while another runs it, this one says so with that
            process's pid and exits 1.

            Options:
              --batch N   students per transaction (default 5000, at most 1000000): each commit waits for the disk
              --wait      when another process is running the campaign, wait for it to end, then run
              --until capture-day
                          simulate only what happens before the first capture day (notices, bookings,
                          payments in advance): the day itself is then run by 'tucai station'
              --until export
                          simulate up to the photos taken (capture days and make-ups), writing each photo
                          as a station does, camera file and registration photo, in <database>-photos/
                          beside the database: the export, verification and closing are then the
                          registrar's ('tucai export', 'tucai verification import')

            Example: tucai campaign run Examples/ynau-2023.json
            """

        var path: String
        var batch: Int
        var wait: Bool
        var until: SimulationStop?

        init(arguments: inout Arguments) throws {
            until = try arguments.option("until", as: SimulationStop.self)
            batch = try arguments.option("batch", asInt: ()) ?? 5_000
            guard (1...1_000_000).contains(batch) else { throw UsageError("--batch must be from 1 to 1000000, not \(batch)") }
            wait = arguments.flag("wait")
            path = try arguments.positional("config file")
        }

        func run(_ console: Console) throws {
            let config = try CampaignConfig.load(URL(fileURLWithPath: path), registry: institutionRegistry)
            if let until, !config.events.isEmpty {
                throw CommandFailure("\(path): --until \(until.rawValue) stops a simulation, and this config replays event files instead")
            }
            let eventFiles = try EventFile.read(for: config)
            let table = try ConfiguredSessionTable.read(config)
            // Checked before the database is created: a campaign that would photograph nobody leaves nothing behind.
            if let reason = Workflow(config: config, sessionTable: table).cannotRun { throw CommandFailure("\(path): \(reason)") }
            let database = try CampaignDatabase.of(config)
            let lock = try CampaignWriter.lock(path, database: database.lockName, wait: wait, console: console)
            defer { lock.release() }
            let store = try database.open(create: true)
            let progress = ConsoleProgress(console)
            // The main job's synthetic roster has no deliberately bad rows: any row refused makes the run fail.
            var campaign = CampaignRun(config: config, store: store, progress: progress, batchSize: batch, syntheticBadRows: 0,
                                       eventFiles: eventFiles, sessionTable: table)
            campaign.until = until
            if until == .export {
                campaign.camera = try PortraitCamera(folder: database.photoFolder, seed: config.seed, spec: config.institution.registrationPhoto)
            }
            if case .postgres = database { campaign.databaseName = database.description }
            let summary = try campaign.run()
            progress.finish()
            console.out(Masked.idNumbers(in: summary.lines.joined(separator: "\n")))
            console.out("database   \(database) (see: tucai reconcile \(path))")
            // What the run cost the database, for whoever sizes a server for the national cohort; beside the
            // progress, since the summary says what the campaign is, whatever the store.
            if let sqlite = store as? SQLiteCampaignStore { console.error("written \(sqlite.rowsWritten) rows this run, inserted or updated") }
            // Like `roster import`: the work is not whole while an input row did not go in.
            if !summary.changedFiles.isEmpty {
                throw CommandFailure("\(path): " + summary.changedFiles.joined(separator: ", ") + " changed since replayed; "
                                     + "replay the new rows from a file of another name")
            }
            if summary.refusedInputRows > 0 {
                throw CommandFailure("\(path): \(summary.refusedInputRows) input row\(summary.refusedInputRows == 1 ? " was" : "s were") refused or rejected; "
                                     + "tucai reconcile \(path) lists each with its reason")
            }
        }
    }

    /// `tucai campaign history <campaign> <student number>`
    struct History: Command {
        static let name = "history"
        static let abstract = "Print one student's stored record and event history (personal numbers masked)."
        static let arguments = "<config.json | campaign.sqlite> <student number>"

        var campaign: String
        var number: String

        init(arguments: inout Arguments) throws {
            let words = try arguments.positionals()
            guard words.count == 2 else { throw UsageError("expected a campaign and a student number") }
            campaign = words[0]; number = words[1]
        }

        func run(_ console: Console) throws {
            let opened = try OpenedCampaign(campaign, create: false)
            guard let record = try opened.store.student(number: number) else {
                throw CommandFailure("\(campaign): no student \(number) in this campaign")
            }
            let s = record.student
            var lines = ["\(s.studentNumber) \(s.name)  ID \(s.idNumber.map(Masked.number) ?? "-")  "
                         + [s.college, s.major, s.className].compactMap { $0 }.joined(separator: " "),
                         "eligibility  \(record.eligibility)", "stage        \(record.stage)"]
            lines += try opened.store.history(of: number).map { "  \($0.at)  \($0.change)" }
            console.out(Masked.idNumbers(in: lines.joined(separator: "\n")))
        }
    }
}

/// The one process that writes a campaign: `campaign run` and `roster import` take its lock before they
/// open the database.
enum CampaignWriter {
    /// The lock of the campaign whose database is `database`, named `word` on the command line. Another
    /// writer is one line, exit 1; with `wait`, a line saying whom it waits for.
    static func lock(_ word: String, database: String, wait: Bool, console: Console) throws -> CampaignLock {
        do {
            return try CampaignLock.acquire(database: database, wait: wait) { pid in
                console.error("\(word): waiting for " + (pid.map { "process \($0)" } ?? "another process") + ", which is running the campaign")
            }
        } catch let held as CampaignLock.Held {
            throw CommandFailure("\(word): the campaign is being run by another process" + (held.pid.map { " (pid \($0))" } ?? "")
                                 + "; run again when it ends, or add --wait to wait for it")
        } catch let failure as CampaignLock.Failure {
            throw CommandFailure(failure.description)
        }
    }

    /// The name the lock of the campaign a command-line argument names is taken beside: a config's database,
    /// or the database itself.
    static func database(of word: String) throws -> String {
        guard word.hasSuffix(".json") else { return try CampaignDatabase.named(word).lockName }
        return try CampaignDatabase.of(CampaignConfig.load(URL(fileURLWithPath: word), registry: institutionRegistry)).lockName
    }
}

/// A campaign named on the command line by its config file or its database, opened with what it needs:
/// the store, the workflow of its institution, its cohort.
struct OpenedCampaign {
    let database: CampaignDatabase
    let store: any CampaignStore
    let workflow: Workflow
    let cohort: Cohort
    let config: CampaignConfig?

    init(_ word: String, create: Bool) throws {
        if word.hasSuffix(".json") {
            let config = try CampaignConfig.load(URL(fileURLWithPath: word), registry: institutionRegistry)
            database = try CampaignDatabase.of(config)
            store = try database.open(create: create)
            workflow = Workflow(config: config, sessionTable: try ConfiguredSessionTable.read(config))
            cohort = config.cohort
            self.config = config
            return
        }
        database = try CampaignDatabase.named(word)
        store = try database.open(create: false)
        guard let identity = try store.identity() else {
            throw CommandFailure("\(word): the database holds no campaign yet; name its config file instead")
        }
        let institution: any Institution
        do { institution = try institutionRegistry.institution(named: identity.institution) } catch {
            throw CommandFailure("\(word): \(error.description)")
        }
        workflow = Workflow(institution: institution)
        cohort = institution.cohorts.first { $0.level == identity.cohort && $0.graduationYear == identity.graduationYear }
            ?? Cohort(identity.cohort, graduating: identity.graduationYear)
        config = nil
    }
}

/// Stage lines on standard error; inside long stages, a progress line that the next one overwrites on a
/// terminal, or a line at each quarter when standard error is a file.
final class ConsoleProgress: CampaignProgress {
    private let console: Console
    private let interactive: Bool
    private var stage = ""
    private var total = 0
    private var started = Date()
    private var lastLine = Date.distantPast
    private var quarter = 0
    private var showing = false

    /// Stages shorter than this show no progress line.
    static let longStage = 20_000

    init(_ console: Console, interactive: Bool = isatty(STDERR_FILENO) != 0) {
        self.console = console
        self.interactive = interactive
    }

    func begin(_ stage: String, total: Int) {
        self.stage = stage; self.total = total; started = Date(); quarter = 0
    }

    func advance(_ done: Int) {
        guard total >= Self.longStage else { return }
        if interactive {
            guard Date().timeIntervalSince(lastLine) > 0.2 else { return }
            lastLine = Date()
            console.progress("\(stage): \(done)/\(total) (\(done * 100 / max(total, 1))%)")
            showing = true
        } else if done * 4 / max(total, 1) > quarter, done < total {
            quarter = done * 4 / max(total, 1)
            console.error("\(stage): \(done)/\(total)")
        }
    }

    func end(_ result: String) {
        clear()
        let seconds = Date().timeIntervalSince(started)
        console.error("\(stage): \(result)" + (seconds >= 1 ? String(format: " (%.1f s)", seconds) : ""))
        // For the kill test: a run told to die right after a stage has committed dies there, as a power cut
        // would, so that resuming from the end of every stage is tested, not only from random moments.
        if let stop = ProcessInfo.processInfo.environment["TUCAI_KILL_AFTER_STAGE"], !stop.isEmpty, stage.hasPrefix(stop) {
            kill(getpid(), SIGKILL)
        }
    }

    func note(_ line: String) {
        clear()
        console.error("  " + line)
    }

    func finish() { clear() }

    private func clear() {
        if showing { console.clearProgress(); showing = false }
    }
}

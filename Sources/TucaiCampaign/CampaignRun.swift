import Foundation
import TucaiKernel
import TucaiRoster
import TucaiDigest

/// The main job: a whole campaign from its config, end to end, on the store it is given. It imports the
/// roster (the config's file, or a synthetic one drawn from the published table and the seed), then replays
/// the config's event files or, without them, simulates what the institution's flow produces, and returns a
/// summary. Every stage handles only what is not yet stored, so running it again resumes a killed run and
/// changes nothing in a finished one.
public struct CampaignRun {
    public let config: CampaignConfig
    public let store: any CampaignStore
    public var progress: any CampaignProgress
    /// Students per transaction.
    public var batchSize: Int
    /// Deliberately bad rows in a synthetic roster, so the run shows the import's checks at work.
    public var syntheticBadRows: Int
    public var rates: SimulationRates
    /// The config's event files, when the caller read them before opening the store; nil reads them in `run`.
    public var eventFiles: [EventFile]?
    /// The session table the config names (`sessionTable`), read by the caller; nil keeps the module's own.
    public var sessionTable: SessionTable?
    /// Where the simulation stops, for a campaign whose capture day is run by stations or whose export is run
    /// by the registrar; nil runs it to the end.
    public var until: SimulationStop?
    /// Where the simulated photos come from; nil records digests for files that are never written.
    public var camera: (any SimulatedCamera)?
    /// Where a synthetic roster is written, in a folder of its own that is gone once the file is open.
    public var scratchFolder = FileManager.default.temporaryDirectory
    /// How the summary's title names the database (a server's URL, masked); the config's file name by default.
    public var databaseName: String?

    public init(config: CampaignConfig, store: any CampaignStore, progress: any CampaignProgress = SilentProgress(),
                batchSize: Int = 500, syntheticBadRows: Int = 3, rates: SimulationRates = .standard,
                eventFiles: [EventFile]? = nil, sessionTable: SessionTable? = nil) {
        self.config = config; self.store = store; self.progress = progress; self.batchSize = batchSize
        self.syntheticBadRows = syntheticBadRows; self.rates = rates; self.eventFiles = eventFiles
        self.sessionTable = sessionTable
    }

    /// The workflow this run follows; `cannotRun` on it says why a campaign would photograph nobody.
    public var workflow: Workflow { Workflow(config: config, sessionTable: sessionTable) }

    /// Reads and checks the config's event files. A caller that is about to create a database reads them
    /// first, so that a bad file stops the run before anything is written.
    public static func eventFiles(of config: CampaignConfig) throws -> [EventFile] {
        try EventReplay.read(config.events)
    }

    /// Students a transaction of the roster import stores: a commit waits for the disk.
    public static let importBatch = 10_000

    /// Problems a run reports without stopping: bad roster rows, conflicting rows, refused event-file rows.
    public static let notesShown = 20

    public func run() throws -> CampaignSummary {
        let workflow = self.workflow
        if let reason = workflow.cannotRun { throw CampaignCannotRun(reason: reason) }
        // A simulation goes through the campaign stage by stage, a page at a time; an event file names its students
        // in any order, so its replay keeps them all.
        let engine = try CampaignEngine(workflow: workflow, cohort: config.cohort, store: store,
                                        memory: config.events.isEmpty ? .pages : .wholeCampaign)
        let timeline = CampaignTimeline(workflow: workflow)
        let defaults = RosterDefaults(level: nil, graduationYear: config.cohort.graduationYear, referenceDate: try engine.captureStarts,
                                      categories: StudentCategory.standard + config.institution.studentCategories)

        let eventFiles = try self.eventFiles ?? EventReplay.read(config.events)
        let rosterName: String
        let source: RosterSource
        // A synthetic roster is written to a file first, a stretch at a time, and read back like a registrar's:
        // the run holds neither file in memory.
        var syntheticFolder: URL?
        defer { if let syntheticFolder { try? FileManager.default.removeItem(at: syntheticFolder) } }
        if let file = config.roster {
            rosterName = file.path
            source = try RosterSource(contentsOf: file)
        } else {
            rosterName = "synthetic-roster-seed-\(config.seed).csv"
            progress.begin("generate roster (seed \(config.seed))", total: 0)
            // A folder of its own, named so no other run's can be it, and the only thing removed afterwards.
            let folder = scratchFolder.appending(path: "tucai-roster-\(UUID().uuidString)", directoryHint: .isDirectory)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
            syntheticFolder = folder
            // Relative to the folder, so that problems name the file as before, without the folder.
            let url = URL(fileURLWithPath: rosterName, isDirectory: false, relativeTo: folder)
            guard url.standardizedFileURL.deletingLastPathComponent().path == folder.standardizedFileURL.path else {
                throw CampaignCannotRun(reason: "\(url.path): the synthetic roster would not be in its own folder")
            }
            let table = sessionTable ?? config.institution.sessionTable
            if syntheticBadRows == 0 {
                _ = try SyntheticRoster.write(to: url, for: table, cohort: config.cohort, seed: config.seed, count: config.students)
            } else {
                try SyntheticRoster.csv(for: table, cohort: config.cohort, seed: config.seed, count: config.students, badRows: syntheticBadRows)
                    .write(to: url)
            }
            progress.end(rosterName)
            source = try RosterSource(contentsOf: url)
            // Read through the descriptor from here on: removed now, a killed run leaves no roster behind.
            try? FileManager.default.removeItem(at: folder)
            syntheticFolder = nil
        }
        let hasher = SHA256.Hasher()
        progress.begin("read roster \(URL(fileURLWithPath: rosterName).lastPathComponent)", total: 0)
        let roster = try RosterStream(source, defaults: defaults, observer: hasher.update)
        let rosterDigest = hasher.hex()
        progress.end("\(roster.encoding), checked")

        progress.begin("import", total: 0)
        var problems: [RosterProblem] = []
        let tally = try engine.importEntries(roster, at: timeline.rosterImport, batchSize: max(batchSize, Self.importBatch),
                                             problems: { problems += $0 }, progress: progress.advance)
        let folder = (config.database.isFileURL ? config.database : config.file).deletingLastPathComponent().path
        let rosterSource = config.roster == nil ? rosterName : InputRow.source(rosterName, campaignFolder: folder)
        try Self.recordRejectedRows(problems + tally.conflicts, source: rosterSource, digest: rosterDigest, in: engine.store)
        var inputs = [(source: rosterSource, digest: rosterDigest)]
        var changedFiles: [String] = []
        progress.end("\(roster.rowCount) rows (\(roster.encoding)): \(tally.imported) imported, \(tally.unchanged) already stored"
                     + (tally.conflicts.isEmpty ? "" : ", \(tally.conflicts.count) stored with other particulars")
                     + (roster.rejectedRowCount == 0 ? "" : ", \(roster.rejectedRowCount) rejected"))
        report(problems.map(\.description))
        report(tally.conflicts.map(\.description))

        if config.events.isEmpty {
            try CampaignSimulation(engine: engine, seed: config.seed, rates: rates, batchSize: batchSize, progress: progress, camera: camera)
                .run(until: until)
        } else {
            let replay = EventReplay(engine: engine, files: eventFiles, batchSize: batchSize, progress: progress)
            replay.campaignFolder = folder
            try replay.run()
            report(replay.problems)
            inputs += replay.inputs
            changedFiles = replay.changedFiles
        }

        var summary = try CampaignSummary(
            title: "\(config.institution.chineseName) \(config.institution.englishName), \(config.cohort) — \(databaseName ?? config.database.lastPathComponent)",
            engine: engine)
        summary.rosterRows = roster.rowCount
        summary.imported = tally.imported
        summary.alreadyStored = tally.unchanged
        summary.conflicting = tally.conflicts.count
        summary.rejected = roster.rejectedRowCount
        // Rows of the files read this time: a roster fixed since an earlier run no longer counts against it.
        let current = Set(inputs.map { "\($0.source)\u{1F}\($0.digest)" })
        summary.refusedInputRows = try engine.store.inputRows().filter { !$0.applied && current.contains("\($0.source)\u{1F}\($0.digest)") }.count
        summary.changedFiles = changedFiles
        return summary
    }

    private func report(_ lines: [String]) {
        for line in lines.prefix(Self.notesShown) { progress.note(line) }
        if lines.count > Self.notesShown { progress.note("… and \(lines.count - Self.notesShown) more") }
    }
}

extension CampaignRun {
    /// Stores each roster row that was not imported, with its reasons, once: a rerun of the same file finds
    /// them recorded and adds nothing.
    public static func recordRejectedRows(_ problems: [RosterProblem], source: String, digest: String, in store: any CampaignStore) throws {
        guard !problems.isEmpty else { return }
        let recorded = Set(try store.inputRows().filter { $0.source == source && $0.digest == digest }.map(\.line))
        var reasons: [Int: [String]] = [:], order: [Int] = []
        for problem in problems where !recorded.contains(problem.line) {
            if reasons[problem.line] == nil { order.append(problem.line) }
            reasons[problem.line, default: []].append((problem.field.map { "field '\($0)': " } ?? "") + problem.reason)
        }
        try store.transaction {
            for line in order {
                try store.record(InputRow(source: source, digest: digest, line: line, refusal: reasons[line]!.joined(separator: "; ")))
            }
        }
    }
}

/// A campaign that would photograph nobody as configured, with the reason; raised before anything is stored.
public struct CampaignCannotRun: Error, CustomStringConvertible {
    public var reason: String
    public var description: String { reason }
}

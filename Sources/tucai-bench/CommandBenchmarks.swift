import Foundation
import Glibc
import TucaiCampaign
import TucaiKernel
import TucaiRegistry
import TucaiRoster
import TucaiSQLite

/// The commands users run, end to end, as they run them: the release `tucai` binary started as its own process
/// on files, timed from start to exit, with its peak memory (the child's maximum resident set, from wait4, above
/// a floor of this process's own memory, which it keeps small: see `lowerTheFloor`).
/// Beside each, its baseline measured in the same run on the same machine:
/// - `roster import <config> roster.csv`: N rows from the file to stored rows, every check on and ID numbers
///   sealed, against SQLite's batched prepared inserts of the rows an import stores (student, state and import
///   event, sealing included), 10,000 to a transaction, in a process of its own (`tucai-bench ceiling`);
/// - `campaign run <config>` of N students (synthetic roster, simulated flow): students per second, and the rows
///   it writes (inserted or updated, as it counts them) and leaves stored per second against the ceiling's rows
///   per second;
/// - `reconcile <config>` on that campaign: students per second read into the report, against SQLite handing
///   over the same rows and nothing else (`tucai-bench read-ceiling`);
/// - the import's parsing alone beside Python's csv module and pyarrow over the same file (`ParseBaselines`).
///
///   tucai-bench commands [--students N] [--runs R] [--tucai PATH] [--keep DIR] [--only import,campaign,reconcile]
/// With --keep, the files (roster, configs, databases) are made in DIR and left there, for profiling.
enum CommandBenchmarks {
    struct ChildRun {
        var status: Int32
        var seconds: Double
        var peakMegabytes: Double
        /// This process's own resident memory when it started the child: the child's figure is never below it.
        var floorMegabytes: Double
    }

    static func run(arguments: [String]) {
        var students = 1_000_000, runs = 3
        var kept: String?
        var only: Set<String> = ["import", "campaign", "reconcile"]
        var tucai = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appending(path: "tucai").path
        var words = arguments[...]
        while let word = words.popFirst() {
            guard let value = words.popFirst() else { CampaignBenchmarks.fail("usage: tucai-bench commands [--students N] [--runs R] [--tucai PATH] [--keep DIR] [--only import,campaign,reconcile]") }
            switch word {
            case "--students": students = Int(value) ?? 0
            case "--runs": runs = Int(value) ?? 0
            case "--tucai": tucai = value
            case "--keep": kept = value
            case "--only": only = Set(value.split(separator: ",").map(String.init))
            default: CampaignBenchmarks.fail("unknown option \(word)")
            }
        }
        guard students > 0, runs > 0 else { CampaignBenchmarks.fail("--students and --runs take a whole number above 0") }
        guard FileManager.default.isExecutableFile(atPath: tucai) else {
            CampaignBenchmarks.fail("\(tucai): no tucai binary; build it with 'swift build -c release' or give --tucai")
        }
        guard let ynau = try? institutionRegistry.institution(named: "ynau"), let cohort = ynau.cohorts.first else {
            CampaignBenchmarks.fail("the registry has no ynau")
        }
        let directory = kept ?? FileManager.default.temporaryDirectory.appending(path: "tucai-bench-commands-\(getpid())").path
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { if kept == nil { try? FileManager.default.removeItem(atPath: directory) } }

        print("command benchmarks: \(students) students of \(ynau.identifier) (\(cohort)), \(tucai), median of \(runs) runs")
        let rosterPath = directory + "/roster.csv"
        // The roster is written a stretch at a time: this process never holds it, so its own memory, the floor
        // under each command's figure (see `child`), stays small.
        do {
            let rows = try SyntheticRoster.write(to: URL(fileURLWithPath: rosterPath), for: ynau.sessionTable, cohort: cohort, seed: 1, count: students)
            let bytes = (try? FileManager.default.attributesOfItem(atPath: rosterPath)[.size] as? Int) ?? 0
            print(String(format: "  roster.csv: %d rows, %.1f MB (generated, not timed)", rows, Double(bytes) / 1e6))
        } catch { CampaignBenchmarks.fail("\(rosterPath): cannot write (\(error))") }
        let starts = Workflow(institution: ynau).fallbackCaptureStart(cohort: nil)
        // This binary, however it was started (a relative path, or found on PATH).
        let bench = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]

        func config(_ name: String, _ extra: String) -> String {
            let path = directory + "/\(name).json"
            let text = #"{"institution": "ynau", "cohort": {"level": "undergraduate", "graduationYear": \#(cohort.graduationYear)}, "database": "\#(name).sqlite", "seed": 1\#(extra)}"#
            _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
            return path
        }
        func clear(_ name: String) {
            for suffix in ["", "-wal", "-shm", ".key", ".lock"] { try? FileManager.default.removeItem(atPath: directory + "/\(name).sqlite" + suffix) }
        }

        var ceilings: [Double] = [], readCeilings: [Double] = [], parses: [[ParseBaselines.Figure]] = [], imports: [ChildRun] = [], campaigns: [ChildRun] = [], reconciles: [ChildRun] = []
        var campaignRows = 0, campaignWritten: [Int] = []
        for run in 1...runs {
            // The ceiling runs in a process of its own, which holds every row it inserts; only its timing comes back.
            let ceiling = child(bench, ["ceiling", rosterPath, directory + "/ceiling.sqlite", starts.description], output: directory + "/ceiling.txt")
            guard ceiling.status == 0, let seconds = ParseBaselines.number(in: directory + "/ceiling.txt") else {
                CampaignBenchmarks.fail("run \(run): the ceiling exited \(ceiling.status)")
            }
            ceilings.append(seconds)
            clear("ceiling")

            var line = String(format: "  run %d: ceiling %.2f s", run, ceilings.last!)
            func timed(_ name: String, _ arguments: [String], into results: inout [ChildRun], output: String = "/dev/null", errors: String = "/dev/null") {
                let result = child(tucai, arguments, output: output, errors: errors)
                if result.status != 0 { CampaignBenchmarks.fail("run \(run): tucai \(arguments.prefix(2).joined(separator: " ")) exited \(result.status)") }
                results.append(result)
                line += String(format: "; %@ %.2f s, %.0f MB", name, result.seconds, result.peakMegabytes)
            }
            if only.contains("import") {
                let figures = ParseBaselines.measure(roster: rosterPath, bench: bench, directory: directory)
                parses.append(figures)
                for figure in figures { line += String(format: "; %@ %@", figure.label, figure.seconds.map { String(format: "%.2f s", $0) } ?? "—") }
                let importConfig = config("import", "")
                clear("import")
                timed("roster import", ["roster", "import", importConfig, rosterPath], into: &imports)
            }
            let campaignConfig = config("campaign", #", "students": \#(students)"#)
            if only.contains("campaign") {
                clear("campaign")
                timed("campaign run", ["campaign", "run", campaignConfig], into: &campaigns, errors: directory + "/campaign.txt")
                if run == runs, let store = try? SQLiteCampaignStore(path: directory + "/campaign.sqlite") {
                    campaignRows = (try? store.rowCount()) ?? 0
                }
                // The run's own count of rows inserted or updated, from its last line on standard error.
                let printed = (try? String(contentsOfFile: directory + "/campaign.txt", encoding: .utf8)) ?? ""
                guard let written = printed.split(separator: "\n").last(where: { $0.hasPrefix("written") })?.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else {
                    CampaignBenchmarks.fail("run \(run): campaign run printed no 'written' line")
                }
                campaignWritten.append(written)
            }
            if only.contains("reconcile") {
                if !only.contains("campaign"), !FileManager.default.fileExists(atPath: directory + "/campaign.sqlite") {
                    CampaignBenchmarks.fail("--only reconcile needs the campaign: add campaign, or --keep a folder where one ran")
                }
                let read = child(bench, ["read-ceiling", directory + "/campaign.sqlite"], output: directory + "/read.txt")
                guard read.status == 0, let seconds = ParseBaselines.number(in: directory + "/read.txt") else {
                    CampaignBenchmarks.fail("run \(run): the read ceiling exited \(read.status)")
                }
                readCeilings.append(seconds)
                line += String(format: "; read ceiling %.2f s", seconds)
                timed("reconcile", ["reconcile", campaignConfig], into: &reconciles, output: directory + "/reconcile.txt")
            }
            print(line)
        }
        let n = Double(students)
        let ceilingRows = 3 * n / CampaignBenchmarks.median(ceilings)
        func line(_ name: String, _ value: Double, _ unit: String, _ note: String) {
            print(name.padding(toLength: 34, withPad: " ", startingAt: 0) + String(format: "%12.0f ", value) + unit.padding(toLength: 14, withPad: " ", startingAt: 0) + note)
        }
        func peak(_ runs: [ChildRun]) -> String {
            String(format: "peak %.0f MB (median; floor %.0f MB)", CampaignBenchmarks.median(runs.map(\.peakMegabytes)), runs.map(\.floorMegabytes).max() ?? 0)
        }
        print("")
        line("  SQLite ceiling, same rows", ceilingRows, "rows/s", "batched prepared inserts of what an import stores: student, state and event rows, sealed")
        if !imports.isEmpty {
            let importRows = 3 * n / CampaignBenchmarks.median(imports.map(\.seconds))
            line("  roster import", importRows, "rows/s", String(format: "%.2f of the ceiling; %.0f students/s; ", importRows / ceilingRows, n / CampaignBenchmarks.median(imports.map(\.seconds))) + peak(imports))
            print("")
            let own = parses.compactMap { $0.first?.seconds }
            for (index, figure) in (parses.first ?? []).enumerated() {
                let times = parses.compactMap { $0[index].seconds }
                guard !times.isEmpty else {
                    print("  " + figure.label.padding(toLength: 32, withPad: " ", startingAt: 0) + "  not measured: " + figure.why)
                    continue
                }
                let rate = n / CampaignBenchmarks.median(times)
                let ratio = index == 0 || own.isEmpty ? "" : String(format: "; Tucai's reader runs at %.2f× its speed", CampaignBenchmarks.median(times) / CampaignBenchmarks.median(own))
                line("  " + figure.label, rate, "rows/s", figure.why + ratio)
            }
        }
        if !campaigns.isEmpty {
            let campaignTime = CampaignBenchmarks.median(campaigns.map(\.seconds))
            line("  campaign run", n / campaignTime, "students/s", peak(campaigns))
            let written = Double(campaignWritten.last ?? 0)
            line("  campaign run, rows written", written / campaignTime, "rows/s",
                 String(format: "%.2f of the ceiling (%.1f rows a student: each insert and each state rewrite)", written / campaignTime / ceilingRows, written / n))
            line("  campaign run, rows stored", Double(campaignRows) / campaignTime, "rows/s",
                 String(format: "%.2f of the ceiling (%.1f rows a student left in the database)", Double(campaignRows) / campaignTime / ceilingRows, Double(campaignRows) / n))
        }
        if !reconciles.isEmpty {
            let readRate = n / CampaignBenchmarks.median(readCeilings)
            line("  SQLite read, same rows", readRate, "students/s", "every student row joined with its state, every payment, input row and station log line, each column read by its type")
            let rate = n / CampaignBenchmarks.median(reconciles.map(\.seconds))
            line("  reconcile", rate, "students/s", String(format: "%.2f of the read ceiling; ", rate / readRate) + peak(reconciles))
        }
    }

    /// Runs `path` with `arguments` as a child process, its output to `output` (or /dev/null), and waits.
    static func child(_ path: String, _ arguments: [String], output: String = "/dev/null", errors: String = "/dev/null") -> ChildRun {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let floor = lowerTheFloor()
        var pid: pid_t = 0
        let start = DispatchTime.now()
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
        guard spawned == 0 else { CampaignBenchmarks.fail("\(path): cannot start (\(String(cString: strerror(spawned))))") }
        var status: Int32 = 0
        var usage = rusage()
        var waited = wait4(pid, &status, 0, &usage)
        while waited < 0 && errno == EINTR { waited = wait4(pid, &status, 0, &usage) }
        guard waited == pid else { CampaignBenchmarks.fail("\(path): cannot wait for it (\(String(cString: strerror(errno))))") }
        let seconds = CampaignBenchmarks.seconds(since: start)
        let exited = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return ChildRun(status: exited, seconds: seconds, peakMegabytes: Double(usage.ru_maxrss) / 1024, floorMegabytes: floor)
    }

    /// A child started by `posix_spawn` shares this process's memory until its `exec`, and Linux then counts this
    /// process's peak as the child's starting peak: wait4's figure is never below it. So before each child this
    /// process resets its own peak to what it holds now (large blocks it freed are back with the system), and returns that (MB): the
    /// floor under the child's figure.
    static func lowerTheFloor() -> Double {

        if let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") {
            handle.write(Data("5".utf8))
            try? handle.close()
        }
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
        return Double(line.split(separator: " ").dropFirst().first.flatMap { Double($0) } ?? 0) / 1024
    }

    /// `tucai-bench ceiling <roster.csv> <database> <capture-start>`: prints the seconds SQLite takes to store the
    /// roster's students as an import does (`SQLiteCeiling.batchedInsertsWithEvents`), 10,000 to a transaction.
    static func ceiling(arguments: [String]) {
        guard arguments.count == 3, let starts = CivilDate(iso: arguments[2]),
              let ynau = try? institutionRegistry.institution(named: "ynau"), let cohort = ynau.cohorts.first else {
            CampaignBenchmarks.fail("usage: tucai-bench ceiling <roster.csv> <database> <capture-start>")
        }
        do {
            let roster = try RosterFile.read(contentsOf: URL(fileURLWithPath: arguments[0]), defaults: RosterDefaults(graduationYear: cohort.graduationYear))
            let rows = roster.entries.map { entry in
                StudentRecord(student: entry.student, eligibility: ynau.eligibility(of: entry.student, captureStarts: starts), rosterLine: entry.line)
            }
            print(try SQLiteCeiling.batchedInsertsWithEvents(rows, path: arguments[1], batchSize: 10_000, at: Moment(starts.adding(days: -14), TimeOfDay(9))))
        } catch { CampaignBenchmarks.fail("\(error)") }
    }
}

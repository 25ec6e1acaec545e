import Foundation
import TucaiCampaign
import TucaiDigest
import TucaiKernel
import TucaiRegistry
import TucaiRoster
import TucaiSQLite

/// The parsing half of `roster import` beside what other readers do with the same file, each in a process of
/// its own, timed inside that process (an interpreter's start is not counted):
/// - Tucai's reader as the import runs it (`RosterStream`: two readings, every check, the file's digest);
/// - Python's csv module, splitting the rows into fields and nothing more;
/// - pyarrow's CSV reader, building typed columns on every core, from a venv this benchmark makes once
///   (`~/.cache/tucai-bench/venv`, `pip install pyarrow`).
enum ParseBaselines {
    struct Figure { var label: String; var seconds: Double?; var why: String }

    static func measure(roster: String, bench: String, directory: String) -> [Figure] {
        var figures: [Figure] = []
        let own = CommandBenchmarks.child(bench, ["parse", roster], output: directory + "/parse.txt")
        figures.append(Figure(label: "roster reader, parse only", seconds: own.status == 0 ? number(in: directory + "/parse.txt") : nil,
                              why: "every check, SHA-256 of the file, read twice past 4 MB"))
        figures.append(Figure(label: "Python csv module", seconds: RosterBenchmarks.pythonCSV(URL(fileURLWithPath: roster), encoding: "utf-8-sig"),
                              why: "rows split into fields, 1 thread, median of 3 passes"))
        switch venv() {
        case .success(let python):
            figures.append(Figure(label: "pyarrow read_csv", seconds: self.python(python, arrowScript, roster, directory),
                                  why: "typed columns, all cores"))
        case .failure(let why):
            figures.append(Figure(label: "pyarrow read_csv", seconds: nil, why: why.why))
        }
        return figures
    }

    static let arrowScript = """
        import sys, time
        import pyarrow.csv as pc
        t = time.perf_counter()
        table = pc.read_csv(sys.argv[1])
        n = table.num_rows
        print(time.perf_counter() - t)
        """

    struct VenvError: Error { var why: String }

    /// The venv's python, made and given pyarrow on first use.
    static func venv() -> Result<String, VenvError> {
        let home = ProcessInfo.processInfo.environment["HOME"] ?? "/root"
        let venv = home + "/.cache/tucai-bench/venv"
        let python = venv + "/bin/python"
        if FileManager.default.isExecutableFile(atPath: python), run(python, ["-c", "import pyarrow"]) == 0 { return .success(python) }
        try? FileManager.default.createDirectory(atPath: venv, withIntermediateDirectories: true)
        guard run("/usr/bin/env", ["python3", "-m", "venv", venv]) == 0 else { return .failure(VenvError(why: "python3 -m venv \(venv) failed")) }
        guard run(venv + "/bin/pip", ["install", "--quiet", "pyarrow"]) == 0 else { return .failure(VenvError(why: "pip install pyarrow failed")) }
        return .success(python)
    }

    private static func run(_ path: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }

    private static func python(_ python: String, _ script: String, _ roster: String, _ directory: String) -> Double? {
        let output = directory + "/python.txt"
        guard CommandBenchmarks.child(python, ["-c", script, roster], output: output).status == 0 else { return nil }
        return number(in: output)
    }

    /// The number a child printed as the whole of its output: the seconds a baseline timed itself.
    static func number(in path: String) -> Double? {
        (try? String(contentsOfFile: path, encoding: .utf8)).flatMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    /// `tucai-bench parse <roster.csv>`: prints the seconds Tucai's reader takes over the file as `roster import`
    /// reads it, storing nothing.
    static func parse(arguments: [String]) {
        guard arguments.count == 1, let ynau = try? institutionRegistry.institution(named: "ynau"), let cohort = ynau.cohorts.first else {
            CampaignBenchmarks.fail("usage: tucai-bench parse <roster.csv>")
        }
        let start = DispatchTime.now()
        do {
            let source = try RosterSource(path: arguments[0])
            let hasher = SHA256.Hasher()
            let defaults = RosterDefaults(level: nil, graduationYear: cohort.graduationYear,
                                          referenceDate: Workflow(institution: ynau).fallbackCaptureStart(cohort: nil),
                                          categories: StudentCategory.standard + ynau.studentCategories)
            let stream = try RosterStream(source, defaults: defaults, observer: { hasher.update($0) })
            _ = hasher.hex()
            var rows = 0
            while let stretch = try stream.next() { rows += stretch.entries.count }
            guard rows > 0 else { CampaignBenchmarks.fail("\(arguments[0]): no rows") }
        } catch { CampaignBenchmarks.fail("\(error)") }
        print(CampaignBenchmarks.seconds(since: start))
    }

    /// `tucai-bench read-ceiling <campaign.sqlite>`: prints the seconds SQLite takes to hand over every row
    /// `reconcile` reads (`SQLiteCeiling.sequentialRead`).
    static func readCeiling(arguments: [String]) {
        guard arguments.count == 1 else { CampaignBenchmarks.fail("usage: tucai-bench read-ceiling <campaign.sqlite>") }
        do {
            print(try SQLiteCeiling.sequentialRead(path: arguments[0]).seconds)
        } catch { CampaignBenchmarks.fail("\(error)") }
    }
}

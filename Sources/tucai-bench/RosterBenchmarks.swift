import Foundation
import Glibc
import TucaiRegistry
import TucaiRoster

/// Roster import speed (issue 4, item 8): a million synthetic rows (YNAU's table, 300 bad rows) in UTF-8 and
/// in GB18030, read with every check on, beside baselines over the same bytes measured in the same run:
/// - line split: counting the line feeds, the least any CSV reader must do;
/// - Foundation: `String(decoding:)` and a split into lines (UTF-8), or Foundation's GB18030 decoder and the
///   same split, the route a Swift program takes without iconv;
/// - iconv: glibc decoding the whole GB18030 file to UTF-8, before any parsing;
/// - Python: the `csv` module reading the same file (decoding included), timed inside Python, when python3
///   is installed.
enum RosterBenchmarks {
    static let rows = 1_000_000
    static let runs = 5

    static func run() {
        print("roster import: \(rows) rows, median of \(runs) runs (slow baselines: 3)")
        let registry = institutionRegistry
        let institution = registry.institutions.first { $0.identifier == "ynau" } ?? registry.institutions[0]
        let cohort = institution.cohorts.first ?? Cohort(.undergraduate, graduating: 2023)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tucai-roster-bench-\(getpid())")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }

        let started = Date()
        let utf8 = SyntheticRoster.csv(for: institution.sessionTable, cohort: cohort, seed: 2023, count: rows, badRows: 300)
        let gb = toGB18030(utf8)
        let utf8URL = directory.appendingPathComponent("roster-utf8.csv")
        let gbURL = directory.appendingPathComponent("roster-gb18030.csv")
        try? utf8.write(to: utf8URL)
        try? gb.write(to: gbURL)
        print(String(format: "  generated %@ and %@ (%.1f MB, %.1f MB) in %.1f s", utf8URL.lastPathComponent,
                     gbURL.lastPathComponent, Double(utf8.count) / 1e6, Double(gb.count) / 1e6, Date().timeIntervalSince(started)))

        let defaults = RosterDefaults(graduationYear: cohort.graduationYear, referenceDate: CivilDate(cohort.graduationYear, 6, 30))
        for (label, url, encoding) in [("UTF-8", utf8URL, "utf-8"), ("GB18030", gbURL, "gb18030")] {
            guard let data = try? Data(contentsOf: url) else { print("  cannot read \(url.path)"); continue }
            var last: Roster?
            var cpuTimes: [Double] = []
            // The roster is released after the clock stops: freeing it is its owner's cost, not the import's.
            let importTime = median(runs, { () -> Int in
                let cpu = processCPUSeconds()
                last = try! RosterFile.read(data: data, name: url.lastPathComponent, defaults: defaults)
                cpuTimes.append(processCPUSeconds() - cpu)
                return last!.rowCount
            }, after: { last = nil })
            let roster = try! RosterFile.read(data: data, name: url.lastPathComponent, defaults: defaults)
            print("  \(label) (\(roster.encoding)): \(roster.entries.count) imported, \(roster.rejectedRowCount) rejected of \(roster.rowCount)")
            report("import, every check (2 threads)", importTime)
            let cpu = cpuTimes.sorted()[cpuTimes.count / 2]
            print(String(format: "    %@%8.1f ms  %6.2f M rows per CPU-second",
                         "  (CPU time of both threads)".padding(toLength: 46, withPad: " ", startingAt: 0), cpu * 1000,
                         Double(rows) / cpu / 1e6))
            report("baseline: line split", median(runs) { lineBreaks(data) }, ratio: importTime)
            if label == "UTF-8" {
                report("baseline: Foundation String + split", median(3) { foundationLines(data) }, ratio: importTime)
            } else {
                report("baseline: Foundation GB18030 decode + split", median(3) { foundationGB18030Lines(data) }, ratio: importTime)
                report("baseline: iconv decode of the whole file", median(3) { iconvDecode(data) }, ratio: importTime)
            }
            if let python = pythonCSV(url, encoding: encoding) {
                report("baseline: Python csv module (1 thread)", python, ratio: importTime)
            }
        }
    }

    private static func report(_ label: String, _ seconds: Double, ratio against: Double? = nil) {
        var line = "    " + label.padding(toLength: 46, withPad: " ", startingAt: 0)
        line += String(format: "%8.1f ms  %6.2f M rows/s", seconds * 1000, Double(rows) / seconds / 1e6)
        if let against { line += String(format: "   (import runs at %.2f× its speed)", seconds / against) }
        print(line)
    }

    /// Median wall time of `count` runs of `body`; `after` runs after each, off the clock. The results are
    /// summed so the work is not optimised away.
    private static func median(_ count: Int, _ body: () -> Int, after: () -> Void = {}) -> Double {
        var times: [Double] = []
        var sink = 0
        for _ in 0..<count {
            let start = DispatchTime.now().uptimeNanoseconds
            sink &+= body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            after()
        }
        if sink == Int.min { print(sink) }
        return times.sorted()[count / 2]
    }

    private static func processCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return user + system
    }

    private static func lineBreaks(_ data: Data) -> Int {
        data.withUnsafeBytes { raw in
            var count = 0
            for byte in raw where byte == 10 { count += 1 }
            return count
        }
    }

    private static func foundationLines(_ data: Data) -> Int {
        let text = String(decoding: data, as: UTF8.self)
        return text.utf8.split(separator: 10).count
    }

    private static func foundationGB18030Lines(_ data: Data) -> Int {
        // NSStringEncoding of kCFStringEncodingGB_18030_2000; Foundation on Linux names no constant for it.
        let encoding = String.Encoding(rawValue: 0x8000_0632)
        guard let text = String(data: data, encoding: encoding) else { return 0 }
        return text.utf8.split(separator: 10).count
    }

    private static func iconvDecode(_ data: Data) -> Int {
        convert(data, from: "GB18030", to: "UTF-8").count
    }

    /// The GB18030 bytes Excel on Chinese Windows would save, through glibc's iconv.
    private static func toGB18030(_ data: Data) -> Data {
        convert(data, from: "UTF-8", to: "GB18030")
    }

    private static func convert(_ data: Data, from source: String, to target: String) -> Data {
        guard let converted = Transcoding.convert(data, from: source, to: target) else {
            fatalError("iconv cannot convert \(source) to \(target)")
        }
        return converted
    }

    /// Median seconds of three passes of Python's csv module over the file, timed by Python so the
    /// interpreter's start is not counted; nil without python3.
    static func pythonCSV(_ url: URL, encoding: String) -> Double? {
        let script = """
        import csv, sys, time
        times = []
        for _ in range(3):
            t = time.perf_counter()
            with open(sys.argv[1], newline='', encoding=sys.argv[2]) as f:
                n = sum(1 for _ in csv.reader(f))
            times.append(time.perf_counter() - t)
        print(sorted(times)[1])
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, url.path, encoding]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return Double(String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}

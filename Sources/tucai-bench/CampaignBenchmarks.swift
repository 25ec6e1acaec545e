import Foundation
import TucaiCampaign
import TucaiKernel
import TucaiRegistry
import TucaiRoster
import TucaiSQLite

/// A whole campaign (import, then every stage the simulation drives: notice, pre-registration, booking with
/// payment, the station, absentees and make-ups, refunds, export, verification, closing) of N students on a
/// fresh SQLite file, in students per second, beside SQLite's own ceiling measured in the same run: the same
/// N student rows inserted into the same table by one prepared statement in batches of the same size. Also
/// durable single-row commits per second. Medians of the runs.
///
///   tucai-bench campaign [--students N] [--runs R] [--batch B]
enum CampaignBenchmarks {
    static func run(arguments: [String]) {
        var students = 1_000_000, runs = 3, batch = 10_000
        var words = arguments[...]
        while let word = words.popFirst() {
            guard let value = words.popFirst().flatMap({ Int($0) }), value > 0 else {
                fail("usage: tucai-bench campaign [--students N] [--runs R] [--batch B]")
            }
            switch word {
            case "--students": students = value
            case "--runs": runs = value
            case "--batch": batch = value
            default: fail("unknown option \(word)")
            }
        }
        guard let ynau = try? institutionRegistry.institution(named: "ynau"), let cohort = ynau.cohorts.first else {
            fail("the registry has no ynau")
        }
        let directory = FileManager.default.temporaryDirectory.appending(path: "tucai-bench-campaign-\(getpid())")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }

        print("campaign benchmark: \(students) students of \(ynau.identifier) (\(cohort)), \(batch) per transaction, median of \(runs) runs")
        let start = DispatchTime.now()
        let data = SyntheticRoster.csv(for: ynau.sessionTable, cohort: cohort, seed: 1, count: students, badRows: 0)
        let roster: Roster
        do {
            roster = try RosterFile.read(data: data, name: "bench.csv", defaults: RosterDefaults(graduationYear: cohort.graduationYear))
        } catch { fail("\(error)") }
        print(String(format: "  (roster of %d rows generated and read in %.1f s, not timed below)", roster.entries.count, seconds(since: start)))
        let workflow = Workflow(institution: ynau)
        let starts = workflow.fallbackCaptureStart(cohort: nil)
        let rows = roster.entries.map { entry in
            StudentRecord(student: entry.student, eligibility: ynau.eligibility(of: entry.student, captureStarts: starts), rosterLine: entry.line)
        }

        var campaignTimes: [Double] = [], ceilingTimes: [Double] = [], commitRates: [Double] = []
        var events = 0, summaryLine = "", rowsWritten = 0
        var stageTimes: [(String, Double)] = []
        for run in 1...runs {
            do {
                let ceilingPath = directory.appending(path: "ceiling.sqlite").path
                ceilingTimes.append(try SQLiteCeiling.batchedInserts(rows, path: ceilingPath, batchSize: batch))
                let commits = min(2_000, rows.count)
                let commitTime = try SQLiteCeiling.durableCommits(Array(rows.prefix(commits)), path: ceilingPath)
                commitRates.append(Double(commits) / commitTime)

                let path = directory.appending(path: "campaign-\(run).sqlite").path
                let began = DispatchTime.now()
                let store = try SQLiteCampaignStore(path: path)
                let engine = try CampaignEngine(workflow: workflow, cohort: cohort, store: store)
                _ = try engine.importEntries(roster.entries, file: "bench.csv", at: Moment(starts.adding(days: -14), TimeOfDay(9)), batchSize: batch)
                let clock = StageClock()
                try CampaignSimulation(engine: engine, seed: 1, batchSize: batch, progress: clock).run()
                stageTimes = clock.times
                campaignTimes.append(seconds(since: began))
                rowsWritten = store.rowsWritten
                let summary = try CampaignSummary(title: "", engine: engine)
                events = summary.events
                summaryLine = summary.lines[3]
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            } catch { fail("\(error)") }
            print(String(format: "  run %d: campaign %.2f s, ceiling %.2f s, durable commits %.0f/s", run, campaignTimes.last!, ceilingTimes.last!, commitRates.last!))
        }
        let campaignRate = Double(rows.count) / median(campaignTimes)
        let ceilingRate = Double(rows.count) / median(ceilingTimes)
        print("")
        print(String(format: "  campaign, every stage      %10.0f students/s  (%d events, %.1f per student)", campaignRate, events, Double(events) / Double(rows.count)))
        print(String(format: "  SQLite ceiling, same rows  %10.0f rows/s      (batched prepared inserts)", ceilingRate))
        print(String(format: "  durable single-row commits %10.0f commits/s   (WAL, synchronous=FULL)", median(commitRates)))
        print(String(format: "  campaign / ceiling          %9.2f            (target: 0.50 or more)", campaignRate / ceilingRate))
        let rowRate = Double(rowsWritten) / median(campaignTimes)
        print(String(format: "  rows the campaign writes   %10.0f rows/s      (%.1f per student: roster, state, history, payments; %.2f of the ceiling's rate)",
                     rowRate, Double(rowsWritten) / Double(rows.count), rowRate / ceilingRate))
        print("  final state: \(summaryLine)")
        print("  stages of the last run: " + stageTimes.map { String(format: "%@ %.2f s", $0.0, $0.1) }.joined(separator: "; "))
    }

    /// Seconds per stage of the simulation.
    final class StageClock: CampaignProgress {
        private(set) var times: [(String, Double)] = []
        private var stage = ""
        private var start = DispatchTime.now()
        func begin(_ stage: String, total: Int) { self.stage = stage; start = DispatchTime.now() }
        func advance(_ done: Int) {}
        func end(_ result: String) { times.append((stage, CampaignBenchmarks.seconds(since: start))) }
        func note(_ line: String) {}
    }

    static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        exit(2)
    }
}

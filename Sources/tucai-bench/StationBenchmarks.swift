import Foundation
import TucaiCampaign
import TucaiKernel
import TucaiRegistry
import TucaiSQLite
import TucaiSlips
import TucaiStation

/// Scan to number on screen, durable (issue 9): an ID card swiped at a station of 南昌航空大学, which numbers
/// students at the swipe, until `CaptureStation.handle(line:)` returns the number, committed to the campaign's
/// SQLite file with full durability. Beside it, in the same run and on the same file, interleaved in blocks of
/// 100: single-row transactions synced to disk, the floor under any durable scan.
///
///   tucai-bench station [--scans N]
enum StationBenchmarks {
    static func run(arguments: [String]) {
        var scans = 10_000
        if arguments.count == 2, arguments[0] == "--scans", let n = Int(arguments[1]), n > 0 { scans = n } else if !arguments.isEmpty {
            FileHandle.standardError.write(Data("usage: tucai-bench station [--scans N]\n".utf8)); exit(2)
        }
        let directory = FileManager.default.temporaryDirectory.appending(path: "tucai-bench-station-\(getpid())")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            let configPath = directory.appending(path: "nchu.json").path
            try Data("""
                {"institution": "nchu", "cohort": {"level": "undergraduate", "graduationYear": 2023}, "database": "nchu.sqlite",
                 "seed": 7, "students": \(scans + scans / 10)}
                """.utf8).write(to: URL(fileURLWithPath: configPath))
            let config = try CampaignConfig.load(URL(fileURLWithPath: configPath), registry: institutionRegistry)
            let prepared = DispatchTime.now()
            var run = CampaignRun(config: config, store: try SQLiteCampaignStore(path: config.database.path, durability: .normal), syntheticBadRows: 0)
            run.until = .captureDay
            _ = try run.run()
            let store = try SQLiteCampaignStore(path: config.database.path, durability: .full)
            let engine = try CampaignEngine(workflow: Workflow(config: config), cohort: config.cohort, store: store)
            let ready = engine.records.filter { $0.eligibility.isInScope && $0.state.assignment != nil && !$0.state.deferred && $0.student.idNumber != nil }
            let byDay = Dictionary(grouping: ready.prefix(scans)) { $0.state.assignment!.date }
            print(String(format: "station benchmark: %d ID-card scans at 南昌航空大学 (numbers at the swipe), durable commits; campaign prepared in %.1f s",
                         min(scans, ready.count), CampaignBenchmarks.seconds(since: prepared)))
            let probe = try DurableCommitProbe(path: config.database.path)
            var scanTimes: [Double] = [], commitTimes: [Double] = []
            var refused = 0
            for day in byDay.keys.sorted() {
                let station = try CaptureStation(engine: engine, configuration: .init(
                    station: "S", room: nil, photos: directory.appending(path: "photos").path,
                    campaignID: SlipToken.campaign(try store.identity()!),
                    clock: .rehearsal(startingAt: Moment(day, TimeOfDay(8)).unixSeconds)))
                for block in stride(from: 0, to: byDay[day]!.count, by: 100) {
                    for record in byDay[day]![block..<min(block + 100, byDay[day]!.count)] {
                        let start = DispatchTime.now()
                        let outcome = station.handle(line: record.student.idNumber!)
                        scanTimes.append(CampaignBenchmarks.seconds(since: start))
                        if outcome.kind != .ok { refused += 1 }
                        station.handle(line: "skip")
                    }
                    for _ in 0..<100 { commitTimes.append(try probe.commitOne()) }
                }
            }
            func ms(_ values: [Double], _ q: Double) -> Double { percentile(values, q) * 1000 }
            print(String(format: "  scan → number shown, durable:  p50 %.2f ms   p99 %.2f ms   (%d scans, %d refused)",
                         ms(scanTimes, 0.5), ms(scanTimes, 0.99), scanTimes.count, refused))
            print(String(format: "  durable one-row commit, same file:  p50 %.2f ms   p99 %.2f ms   (%d commits)",
                         ms(commitTimes, 0.5), ms(commitTimes, 0.99), commitTimes.count))
            print(String(format: "  ratio scan / commit:  p50 %.2f×   p99 %.2f×   (target: p99 within 2×)",
                         percentile(scanTimes, 0.5) / percentile(commitTimes, 0.5), percentile(scanTimes, 0.99) / percentile(commitTimes, 0.99)))
        } catch {
            print("station benchmark failed: \(error)")
            exit(1)
        }
    }

    static func percentile(_ values: [Double], _ q: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * q).rounded()))]
    }
}

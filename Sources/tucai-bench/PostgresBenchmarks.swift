import Foundation
import TucaiCampaign
import TucaiKernel
import TucaiPostgres
import TucaiRegistry
import TucaiSQLite
import TucaiTestKit

/// Eight stations on one PostgreSQL server (issue 10): eight `tucai station` processes, each swiping its own
/// students of one 南昌航空大学 capture day (numbers at the swipe, one series for the day, so all eight draw
/// from it) and taking a payment from each. Beside it, on the same server in the same run, before and after:
/// `pgbench -c 8 -j 2 -T 30` (TPC-B-like, scale 8), the server's own yardstick for 8 clients.
///
/// Then the main job, `campaign run` of 云南农业大学, on a SQLite file and on the server, and several campaigns of
/// the same size in one database, one schema each: students per second and the space each takes.
///
///   tucai-bench postgres [--per-station N] [--seconds S] [--campaign-students N] [--campaigns K]
///
/// The server is a throwaway one started for the run (Debian's binaries, default settings: fsync and
/// synchronous_commit on), on a Unix socket.
enum PostgresBenchmarks {
    static let stations = 8

    static func run(arguments: [String]) {
        var perStation = 1_000, seconds = 30, campaignStudents = 100_000, campaigns = 10
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            guard let value = rest.popFirst().flatMap({ Int($0) }), value > 0 || (flag == "--campaigns" && value == 0) else { usage() }
            switch flag {
            case "--per-station": perStation = value
            case "--seconds": seconds = value
            case "--campaign-students": campaignStudents = value
            case "--campaigns": campaigns = value
            default: usage()
            }
        }
        let directory = FileManager.default.temporaryDirectory.appending(path: "tucai-bench-postgres-\(getpid())").path
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        do {
            let server = try PostgresTestServer.start()
            defer { server.stop() }
            let tucai = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appending(path: "tucai").path
            guard FileManager.default.isExecutableFile(atPath: tucai) else {
                throw PostgresTestServerError("\(tucai): not built; run 'swift build -c release' first")
            }
            let pgbenchURL = try server.createDatabase("pgbench")
            let pgbench = server.binDirectory + "/pgbench"
            let initialised = try PostgresTestServer.run([pgbench, "-i", "-q", "-s", "8", pgbenchURL])
            guard initialised.status == 0 else { throw PostgresTestServerError("pgbench -i: \(initialised.output)") }

            let url = try server.createDatabase("tucai")
            // The busiest day holds about half the students, and each round takes its own.
            let config = try prepare(url: url, students: perStation * stations * 5 + 2_000, in: directory)
            print("postgres benchmark: \(stations) stations × \(perStation) swipes and payments at 南昌航空大学, one server (PostgreSQL, Unix socket), 2 cores")
            var stationRates: [Double] = [], pgbenchRates: [Double] = []
            for round in 1...2 {
                pgbenchRates.append(try pgbenchRate(pgbench, url: pgbenchURL, seconds: seconds))
                let (rate, transactions) = try stationRate(tucai: tucai, config: config, url: url, perStation: perStation, round: round, in: directory)
                stationRates.append(rate)
                print(String(format: "  round %d: pgbench %.0f tps; stations %.0f swipes/s (%.0f transactions/s)",
                             round, pgbenchRates.last!, rate, transactions))
            }
            pgbenchRates.append(try pgbenchRate(pgbench, url: pgbenchURL, seconds: seconds))
            let stationMedian = median(stationRates), pgbenchMedian = median(pgbenchRates)
            print(String(format: "pgbench -c 8 -j 2 -T %d (TPC-B, scale 8), median of %d: %.0f transactions/s", seconds, pgbenchRates.count, pgbenchMedian))
            print(String(format: "8 stations, median of %d rounds: %.0f swipes/s (each: find by ID number, check in, number, log, commit)", stationRates.count, stationMedian))
            print(String(format: "swipes / pgbench transactions: %.2f (target at least 0.50)", stationMedian / pgbenchMedian))
            try compareCampaigns(server: server, students: campaignStudents, campaigns: campaigns, in: directory)
        } catch {
            FileHandle.standardError.write(Data("tucai-bench postgres: \(error)\n".utf8))
            exit(1)
        }
    }

    /// `campaign run` of 云南农业大学 with `students` students on SQLite (the file, durable commits) and on the
    /// server, then `campaigns` more of the same size in one database, each in its own schema.
    static func compareCampaigns(server: PostgresTestServer, students: Int, campaigns: Int, in directory: String) throws {
        func config(_ name: String, database: String) throws -> CampaignConfig {
            let path = directory + "/\(name).json"
            try Data("""
                {"institution": "ynau", "cohort": {"level": "undergraduate", "graduationYear": 2023}, "database": "\(database)",
                 "seed": 2023, "students": \(students)}
                """.utf8).write(to: URL(fileURLWithPath: path))
            return try CampaignConfig.load(URL(fileURLWithPath: path), registry: institutionRegistry)
        }
        func timed(_ store: any CampaignStore, _ config: CampaignConfig) throws -> Double {
            let start = DispatchTime.now()
            _ = try CampaignRun(config: config, store: store, syntheticBadRows: 0).run()
            return CampaignBenchmarks.seconds(since: start)
        }
        let lite = try config("ynau-sqlite", database: "ynau.sqlite")
        let liteSeconds = try timed(try SQLiteCampaignStore(path: lite.database.path), lite)
        let liteBytes = ["", "-wal"].compactMap { try? FileManager.default.attributesOfItem(atPath: lite.database.path + $0)[.size] as? Int }.reduce(0, +)
        let url = try server.createDatabase("season")
        func schemaBytes(_ schema: String) throws -> Int {
            let size = try PostgresTestServer.run([server.binDirectory + "/psql", url, "-Atc",
                "SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = '\(schema)' AND c.relkind = 'r'"])
            return Int(size.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        }
        var serverSeconds: [Double] = []
        for index in 0...campaigns {
            let schema = "ynau_\(index)"
            let location = try PostgresLocation(url: url, campaign: schema, keyPath: directory + "/\(schema).key")
            serverSeconds.append(try timed(try PostgresCampaignStore(location: location), try config(schema, database: url)))
        }
        let first = serverSeconds[0], season = serverSeconds.dropFirst().reduce(0, +)
        print(String(format: "campaign run, 云南农业大学, %d students: SQLite %.0f students/s (%.1f s, %.1f MB); PostgreSQL %.0f students/s (%.1f s, %.1f MB): %.2f of SQLite's rate",
                     students, Double(students) / liteSeconds, liteSeconds, Double(liteBytes) / 1e6,
                     Double(students) / first, first, Double(try schemaBytes("ynau_0")) / 1e6, liteSeconds / first))
        var seasonBytes = 0
        for index in 1...max(campaigns, 1) where campaigns > 0 { seasonBytes += try schemaBytes("ynau_\(index)") }
        if campaigns > 0 {
            print(String(format: "%d more campaigns of %d students in the same database, one schema each: %.0f students/s over %.1f s, %.1f MB (%.0f bytes a student)",
                         campaigns, students, Double(students * campaigns) / season, season, Double(seasonBytes) / 1e6,
                         Double(seasonBytes) / Double(students * campaigns)))
        }
    }

    static func usage() -> Never {
        FileHandle.standardError.write(Data("usage: tucai-bench postgres [--per-station N] [--seconds S] [--campaign-students N] [--campaigns K]\n".utf8))
        exit(2)
    }

    /// The campaign up to its capture days, on the server.
    static func prepare(url: String, students: Int, in directory: String) throws -> String {
        let path = directory + "/nchu-2023.json"
        try Data("""
            {"institution": "nchu", "cohort": {"level": "undergraduate", "graduationYear": 2023}, "database": "\(url)",
             "seed": 7, "students": \(students)}
            """.utf8).write(to: URL(fileURLWithPath: path))
        let config = try CampaignConfig.load(URL(fileURLWithPath: path), registry: institutionRegistry)
        let location = try PostgresLocation(url: url, campaign: "nchu_2023", keyPath: directory + "/nchu_2023.key")
        var run = CampaignRun(config: config, store: try PostgresCampaignStore(location: location), syntheticBadRows: 0)
        run.until = .captureDay
        _ = try run.run()
        return path
    }

    /// One round: eight stations at once on students not yet swiped, swipes per second from the first process
    /// started to the last one ended.
    static func stationRate(tucai: String, config: String, url: String, perStation: Int, round: Int, in directory: String) throws -> (Double, Double) {
        let location = try PostgresLocation(url: url, campaign: "nchu_2023", keyPath: directory + "/nchu_2023.key")
        let store = try PostgresCampaignStore(location: location, create: false)
        let ready = try store.students().filter {
            $0.eligibility.isInScope && !$0.state.deferred && $0.state.assignment != nil && $0.state.sequenceNumber == nil && $0.student.idNumber != nil
        }
        let byDay = Dictionary(grouping: ready) { $0.state.assignment!.date }
        guard let (day, students) = byDay.max(by: { $0.value.count < $1.value.count }), students.count >= perStation * stations else {
            throw PostgresTestServerError("too few students left for round \(round)")
        }
        var processes: [(Process, String)] = []
        for station in 0..<stations {
            let lines = students[(station * perStation)..<((station + 1) * perStation)].enumerated().flatMap { i, record in
                [record.student.idNumber!, "pay R\(round)-\(station)-\(i) 15", "skip"]
            }
            let input = directory + "/in-\(round)-\(station)", output = directory + "/out-\(round)-\(station)"
            try (lines.joined(separator: "\n") + "\n").write(toFile: input, atomically: true, encoding: .utf8)
            guard FileManager.default.createFile(atPath: output, contents: nil) else { throw PostgresTestServerError("\(output): cannot write") }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: tucai)
            process.arguments = ["station", config, "--station-id", "R\(round)S\(station)", "--rehearse-at", "\(day)T08:00"]
            process.environment = ProcessInfo.processInfo.environment.merging(["TUCAI_KEY_FILE": location.keyPath]) { $1 }
            process.standardInput = FileHandle(forReadingAtPath: input)
            process.standardOutput = FileHandle(forWritingAtPath: output)
            process.standardError = process.standardOutput
            processes.append((process, output))
        }
        let start = DispatchTime.now()
        for (process, _) in processes { try process.run() }
        for (process, _) in processes { process.waitUntilExit() }
        let elapsed = CampaignBenchmarks.seconds(since: start)
        var swipes = 0, transactions = 0
        for (process, output) in processes {
            let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
            guard process.terminationStatus == 0 else { throw PostgresTestServerError("a station failed: \(text.suffix(300))") }
            let lines = text.split(separator: "\n")
            swipes += lines.filter { $0.hasPrefix("[ok] #") }.count
            transactions += lines.count
        }
        return (Double(swipes) / elapsed, Double(transactions) / elapsed)
    }

    static func pgbenchRate(_ pgbench: String, url: String, seconds: Int) throws -> Double {
        let result = try PostgresTestServer.run([pgbench, "-c", "8", "-j", "2", "-T", "\(seconds)", "-n", url])
        guard result.status == 0, let line = result.output.split(separator: "\n").first(where: { $0.hasPrefix("tps = ") }),
              let tps = Double(line.dropFirst(6).prefix { $0 != " " }) else {
            throw PostgresTestServerError("pgbench: \(result.output.suffix(300))")
        }
        return tps
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }
}

import Foundation
import Testing
import TucaiKernel
import TucaiPostgres
import TucaiSQLite
import TucaiTestKit

/// Eight cameras on one campaign at once, each its own `tucai station` process, all numbering from the same
/// series: 南昌航空大学 issues the 拍摄序号 when the ID card is swiped, one series per day. Each station swipes
/// 1,000 students, takes a payment from each (a receipt now and then typed at two stations, as happens when
/// a student shows the same receipt twice) and lets them go. Then: no number held twice, none skipped, every
/// receipt stored once, and the money stored is exactly the money typed. Run on PostgreSQL (a server the test
/// starts) and on one SQLite file (WAL, `BEGIN IMMEDIATE`, busy timeout), which promise the same.
@Suite(.serialized) struct ConcurrentStationsTests {
    static let stations = 8
    static let perStation = 1_000

    @Test func eightStationsOnOneServerNeverShareANumberNorLoseAPayment() throws {
        let server = try PostgresTestServer.shared()
        try run(database: try server.newDatabase(prefix: "stations"))
    }

    @Test func eightStationsOnOneSQLiteFileNeverShareANumberNorLoseAPayment() throws {
        try run(database: nil)
    }

    /// `database`: a server's URL, or nil for the SQLite file beside the config.
    private func run(database: String?) throws {
        let tucai = try #require(StationProcess.tucai, "the tucai executable is not beside the test bundle; build it with 'swift build'")
        let folder = TemporaryFolder()
        let config = folder.path + "/nchu-2023.json"
        let databaseField = database.map { "\"\($0)\"" } ?? "\"nchu-2023.sqlite\""
        try """
            { "institution": "nchu", "cohort": { "level": "undergraduate", "graduationYear": 2023 },
              "database": \(databaseField), "seed": 7, "students": 17000 }
            """.write(toFile: config, atomically: true, encoding: .utf8)
        let prepared = try Self.command(tucai, ["campaign", "run", config, "--until", "capture-day"], in: folder.path)
        try #require(prepared.status == 0, "\(prepared.output)")

        let store: any CampaignStore = if let database {
            try PostgresCampaignStore(location: PostgresLocation(url: database, campaign: "nchu_2023", keyPath: folder.path + "/nchu_2023.key"), create: false)
        } else {
            try SQLiteCampaignStore(path: folder.path + "/nchu-2023.sqlite", create: false)
        }
        let waiting = try store.students().filter {
            $0.eligibility.isInScope && !$0.state.deferred && $0.state.assignment != nil && $0.student.idNumber != nil
        }
        // The busiest day: every station photographs on it, so all draw from its series.
        let byDay = Dictionary(grouping: waiting) { $0.state.assignment!.date }
        let (day, students) = try #require(byDay.max { $0.value.count < $1.value.count })
        try #require(students.count >= Self.stations * Self.perStation, "\(day): \(students.count) students")
        let opening = students.map { $0.state.assignment!.start }.min()!
        let paymentsBefore = try store.payments()

        // Each station's lines, as the card reader and the operator type them.
        var receipts: Set<String> = []
        var inputs: [String] = []
        for station in 0..<Self.stations {
            var lines: [String] = []
            for (i, record) in students[(station * Self.perStation)..<((station + 1) * Self.perStation)].enumerated() {
                // Every 50th student at an even station shows the receipt the next (odd) station's student shows
                // at the same time: two stations type one receipt, which must be stored once.
                let receipt = i % 50 == 49 && station % 2 == 0 ? "R-\(station + 1)-\(i)" : "R-\(station)-\(i)"
                receipts.insert(receipt)
                lines += [record.student.idNumber!, "pay \(receipt) 15", "skip"]
            }
            inputs.append(lines.joined(separator: "\n") + "\n")
        }
        let runs = try Self.concurrently(tucai, inputs: inputs, folder: folder.path) { station in
            ["station", config, "--station-id", "S\(station)", "--rehearse-at", "\(day)T\(opening)"]
        }
        for (station, run) in runs.enumerated() {
            #expect(run.status == 0, "station S\(station): \(run.output.suffix(600))")
            let lines = run.output.split(separator: "\n")
            let okScans = lines.filter { $0.hasPrefix("[ok] #") }.count
            // 南昌航空大学 takes its fee per class, so a student's own receipt fits no route: it is refused as a
            // settlement and kept as money owed back, which is stored as every payment is.
            let failures = lines.filter { !$0.hasPrefix("[ok]") && !$0.hasPrefix("[info]") && !$0.hasSuffix("the money is kept as owed back") }
            #expect(okScans == Self.perStation && failures.isEmpty,
                    "station S\(station): \(okScans) scans numbered, \(failures.count) lines not ok, e.g. \(failures.prefix(3))")
        }

        let after = try store.students()
        let scanned = Set(students.prefix(Self.stations * Self.perStation).map(\.number))
        let numbers = after.filter { scanned.contains($0.number) }.compactMap(\.state.sequenceNumber)
        #expect(numbers.count == scanned.count, "every student swiped holds a number: \(numbers.count) of \(scanned.count)")
        let series = Dictionary(grouping: numbers, by: \.series)
        #expect(series.count == 1, "one series for the day: \(series.keys.sorted())")
        for (name, held) in series {
            let values = held.map(\.value).sorted()
            #expect(Set(values).count == values.count, "\(name): a number held twice")
            #expect(values == Array(1...values.count), "\(name): gap-free from 1: first \(values.prefix(5)), last \(values.suffix(5))")
        }
        let stored = try store.payments().filter { !paymentsBefore.map(\.id).contains($0.id) }
        let storedIDs = stored.map { $0.id.split(separator: "#").first.map(String.init) ?? $0.id }
        #expect(Set(storedIDs) == receipts, "every receipt typed is stored: \(receipts.subtracting(storedIDs).count) missing, e.g. \(receipts.subtracting(storedIDs).sorted().prefix(3))")
        // A receipt typed at two stations for two students is stored once under its id, and the second claim
        // once more as money owed back under "<id>#2": every fen typed is accounted for, none twice.
        let typedTwice = (Self.stations / 2) * (Self.perStation / 50)
        #expect(receipts.count == Self.stations * Self.perStation - typedTwice, "receipts typed at two stations")
        #expect(Set(stored.map(\.id)).count == stored.count, "no payment id stored twice")
        #expect(stored.count == Self.stations * Self.perStation, "\(stored.count) payments stored for \(Self.stations * Self.perStation) typed")
        let seconds = stored.filter { $0.id.hasSuffix("#2") }
        #expect(seconds.count == typedTwice && seconds.allSatisfy { $0.owedBack != nil }, "\(seconds.count) second claims kept as owed back")
        #expect(stored.reduce(Money.zero) { $0 + $1.amount } == Money(fen: 1_500 * Self.stations * Self.perStation), "the money stored is the money typed")
        let log = try store.stationEntries()
        #expect(log.filter { $0.kind == .scan }.count == Self.stations * Self.perStation)
    }

    /// Runs one `tucai` per input at once, each reading its input as a card reader types it, and waits for all.
    static func concurrently(_ tucai: URL, inputs: [String], folder: String, arguments: (Int) -> [String]) throws -> [(status: Int32, output: String)] {
        var processes: [(Process, String)] = []
        for (index, input) in inputs.enumerated() {
            let inputPath = folder + "/input-\(index).txt", outputPath = folder + "/output-\(index).txt"
            try input.write(toFile: inputPath, atomically: true, encoding: .utf8)
            guard FileManager.default.createFile(atPath: outputPath, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
            let process = Process()
            process.executableURL = tucai
            process.arguments = arguments(index)
            process.currentDirectoryURL = URL(fileURLWithPath: folder)
            process.standardInput = FileHandle(forReadingAtPath: inputPath)
            let output = FileHandle(forWritingAtPath: outputPath)
            process.standardOutput = output
            process.standardError = output
            processes.append((process, outputPath))
        }
        for (process, _) in processes { try process.run() }
        return processes.map { process, outputPath in
            process.waitUntilExit()
            let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
            return (process.terminationStatus, output)
        }
    }

    static func command(_ tucai: URL, _ arguments: [String], in folder: String) throws -> (status: Int32, output: String) {
        try concurrently(tucai, inputs: [""], folder: folder) { _ in arguments }[0]
    }
}

/// A new folder under the temporary directory, removed with its contents when released.
final class TemporaryFolder {
    let path = FileManager.default.temporaryDirectory.appending(path: "tucai-\(UUID().uuidString)").path
    init() { try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
    deinit { try? FileManager.default.removeItem(atPath: path) }
}

import Foundation
import Testing
import TucaiCampaign
import TucaiDigest
import TucaiKernel
import TucaiRegistry
import TucaiRoster
import TucaiTestKit

@Suite struct RosterImportStreamTests {
    /// A roster streamed in stretches of 20 KB (repeated numbers and bad rows spread over many of them) stores
    /// what the same roster read whole stores, batch for batch, with the same problems and the file's digest.
    @Test func aStreamedRosterStoresWhatTheWholeOneDoes() throws {
        let ynau = try institutionRegistry.institution(named: "ynau")
        let cohort = try #require(ynau.cohorts.first)
        let workflow = Workflow(institution: ynau)
        let starts = workflow.fallbackCaptureStart(cohort: nil)
        let at = CampaignTimeline(workflow: workflow).rosterImport
        let defaults = RosterDefaults(graduationYear: cohort.graduationYear, referenceDate: starts)
        let data = SyntheticRoster.csv(for: ynau.sessionTable, cohort: cohort, seed: 9, count: 3_000, badRows: 60)
        let directory = TemporaryDirectory()
        let path = directory.path("roster.csv")
        try data.write(to: URL(fileURLWithPath: path))

        let roster = try RosterFile.read(data: data, name: path, defaults: defaults)
        let wholeStore = InMemoryCampaignStore()
        var wholeProgress: [Int] = []
        let whole = try RosterImport(workflow: workflow, store: wholeStore, captureStarts: starts)
            .run(roster.entries, file: path, at: at, batchSize: 700, progress: { wholeProgress.append($0) })

        let hasher = SHA256.Hasher()
        let stream = try RosterStream(RosterSource(path: path), defaults: defaults, stretchBytes: 20_000, observer: { hasher.update($0) })
        #expect(hasher.hex() == SHA256.hex(data), "the digest is known once the stream is made")
        let streamStore = InMemoryCampaignStore()
        var streamProgress: [Int] = []
        var problems: [RosterProblem] = []
        var stretches = 0
        let streamed = try RosterImport(workflow: workflow, store: streamStore, captureStarts: starts)
            .run(stream, at: at, batchSize: 700, problems: { problems += $0; stretches += 1 }, progress: { streamProgress.append($0) })

        #expect(stretches > 10)
        #expect(roster.problems.contains { $0.reason.contains("is also on line") }, "the roster repeats a number")
        #expect(problems == roster.problems)
        #expect(streamed == whole)
        #expect(whole.imported == roster.entries.count)
        #expect(streamProgress == wholeProgress, "the same batches")
        #expect(wholeProgress.count == (roster.entries.count + 699) / 700)
        let stored = try streamStore.students(), expected = try wholeStore.students()
        #expect(stored.map(\.student) == expected.map(\.student))
        #expect(stored.map(\.rosterLine) == expected.map(\.rosterLine))
        #expect(stored.map(\.eligibility) == expected.map(\.eligibility))
        #expect((stream.rowCount, stream.rejectedRowCount, stream.encoding) == (roster.rowCount, roster.rejectedRowCount, roster.encoding))
    }
}

extension RosterImportStreamTests {
    /// An import that stops part-way (here the caller's handling of a stretch's problems fails; a store's error
    /// takes the same path) keeps the batches it committed, and leaves the stream to its caller with no reading
    /// going on behind it.
    @Test func anImportStoppedPartWayKeepsItsBatchesAndStopsReading() throws {
        let (workflow, starts, at, defaults, path, directory) = try Self.roster(seed: 11, count: 3_000)
        _ = directory
        struct Enough: Error {}
        let stream = try RosterStream(RosterSource(path: path), defaults: defaults, stretchBytes: 20_000)
        let store = InMemoryCampaignStore()
        var stretches = 0, progress: [Int] = []
        #expect(throws: Enough.self) {
            try RosterImport(workflow: workflow, store: store, captureStarts: starts)
                .run(stream, at: at, batchSize: 100, problems: { _ in stretches += 1; if stretches == 4 { throw Enough() } },
                     progress: { progress.append($0) })
        }
        let rows = stream.rowCount
        #expect(try store.studentCount() == progress.last ?? 0 && !progress.isEmpty, "the committed batches stay")
        #expect(rows < 3_000, "the stream was not read to its end")
        Thread.sleep(forTimeInterval: 0.05)
        #expect(stream.rowCount == rows, "nothing reads the stream once the import has returned")
    }

    /// A roster cut short after its first reading fails the import with the file's name and why, after the
    /// batches read before the cut are stored: the same error, in the same place, as reading in turn gives.
    @Test func aRosterChangedDuringTheImportFailsItWithTheFileNamed() throws {
        let (workflow, starts, at, defaults, path, directory) = try Self.roster(seed: 12, count: 3_000)
        _ = directory
        let stream = try RosterStream(RosterSource(path: path), defaults: defaults, stretchBytes: 20_000)
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: path))
        let store = InMemoryCampaignStore()
        var progress: [Int] = []
        let error = #expect(throws: RosterError.self) {
            try RosterImport(workflow: workflow, store: store, captureStarts: starts)
                .run(stream, at: at, batchSize: 100, progress: { progress.append($0) })
        }
        #expect(error?.file == path && error?.description.contains("changed") == true, "\(String(describing: error))")
        #expect(!progress.isEmpty, "the batches read before the cut are stored")
        #expect(try store.studentCount() == progress.last ?? 0)
        #expect(try store.studentCount() < 3_000)
    }

    /// A roster of many bad rows: each stretch's problems come once, in the file's order, and before any of that
    /// stretch's rows is stored, as reading the stream in turn gives them, though batches are filled across
    /// stretches on another thread.
    @Test func eachStretchsProblemsComeOnceInOrderBeforeItsRows() throws {
        let (workflow, starts, at, defaults, path, directory) = try Self.roster(seed: 13, count: 3_000, badRows: 900)
        _ = directory
        let alone = try RosterStream(RosterSource(path: path), defaults: defaults, stretchBytes: 20_000)
        var expected: [(problems: [RosterProblem], rows: Int)] = []
        while let stretch = try alone.next() { expected.append((stretch.problems, stretch.entries.count)) }
        let stream = try RosterStream(RosterSource(path: path), defaults: defaults, stretchBytes: 20_000)
        let store = InMemoryCampaignStore()
        var reported: [[RosterProblem]] = [], storedWhenReported: [Int] = []
        let tally = try RosterImport(workflow: workflow, store: store, captureStarts: starts)
            .run(stream, at: at, batchSize: 100, problems: { reported.append($0); storedWhenReported.append(try store.studentCount()) })
        #expect(expected.count > 10 && expected.filter { !$0.problems.isEmpty }.count > 10, "\(expected.count) stretches")
        #expect(reported == expected.map(\.problems))
        #expect(tally.imported == expected.map(\.rows).reduce(0, +))
        var before = 0
        for (index, stretch) in expected.enumerated() where index < storedWhenReported.count {
            #expect(storedWhenReported[index] <= before, "stretch \(index): \(storedWhenReported[index]) rows stored, \(before) before it")
            before += stretch.rows
        }
    }

    static func roster(seed: UInt64, count: Int, badRows: Int = 0) throws -> (Workflow, CivilDate, Moment, RosterDefaults, String, TemporaryDirectory) {
        let ynau = try institutionRegistry.institution(named: "ynau")
        let cohort = try #require(ynau.cohorts.first)
        let workflow = Workflow(institution: ynau)
        let starts = workflow.fallbackCaptureStart(cohort: nil)
        let directory = TemporaryDirectory()
        let path = directory.path("roster.csv")
        try SyntheticRoster.csv(for: ynau.sessionTable, cohort: cohort, seed: seed, count: count, badRows: badRows).write(to: URL(fileURLWithPath: path))
        return (workflow, starts, CampaignTimeline(workflow: workflow).rosterImport,
                RosterDefaults(graduationYear: cohort.graduationYear, referenceDate: starts), path, directory)
    }
}

import Foundation
import Testing
import TucaiCampaign
import TucaiCommands
import TucaiKernel
import TucaiSQLite
import TucaiSlips
import TucaiStation

/// A station that ran on its own copy of the campaign (`tucai station offline`) and is merged back: what it
/// did goes in through the campaign's rules, and what both sides did to one student is reported, not settled.
@Suite struct StationMergeTests {
    /// 云南大学: a station on a copy checks in, charges and photographs two students; the merge brings their
    /// photos and payments, a second merge changes nothing, and a copy used again brings only what is new.
    @Test func anOfflineStationsStudentsComeBackOnceAndOnlyOnce() throws {
        let day = try CaptureDay(example: "ynu-2021.json")
        let copy = try day.offlineCopy(station: "B")
        let offline = try day.station("B", on: copy.store)
        let (a, b, c) = (day.students[0], day.students[1], day.students[2])
        for (student, receipt) in [(a, "WX5100001"), (b, "WX5100002")] {
            #expect(offline.handle(line: student.student.idNumber!).kind == .ok)
            #expect(offline.handle(line: "pay \(receipt)").kind == .ok)
            let outcome = try #require(offline.handle(cameraFile: try day.shoot()))
            #expect(outcome.message.contains("bound to \(student.number)"), "\(outcome)")
        }
        #expect(try day.record(a.number).state.capture == nil, "the campaign knows nothing of the offline station yet")
        let eventsBefore = try day.store.eventCount()
        let logBefore = try day.store.stationEntries()

        let first = try StationMerge(workflow: day.workflow(), cohort: day.config.cohort, store: day.store).merge(try copy.read())
        #expect(first.conflicts.isEmpty, "\(first.conflicts)")
        #expect(first.students == 2 && first.payments == 2 && first.keptOwedBack == 0)
        let copiedLog = try copy.store.stationEntries()
        #expect(first.logEntries == copiedLog.count - copy.origin.stationLogLength && first.logEntries == 6, "scan, payment, bound for each")
        for student in [a, b] {
            let merged = try day.record(student.number), offlineRecord = try #require(try copy.store.student(number: student.number))
            #expect(merged.state.capture == offlineRecord.state.capture && merged.state.capture != nil)
            #expect(merged.state.paid == .yuan(30) && merged.state.feeSettled && merged.state.credential == .residentIDCard)
        }
        #expect(Set(try day.store.payments().map(\.id)).isSuperset(of: ["WX5100001", "WX5100002"]))
        #expect(try day.store.eventCount() == eventsBefore + first.events && first.events == 6, "check-in, payment, photo for each")
        let log = try day.store.stationEntries()
        #expect(Array(log.prefix(logBefore.count)) == logBefore && Array(log.dropFirst(logBefore.count)) == Array(copiedLog.suffix(6)))

        // The same copy again: nothing changes.
        let students = try day.store.students(), payments = try day.store.payments(), events = try day.store.eventCount()
        let second = try StationMerge(workflow: day.workflow(), cohort: day.config.cohort, store: day.store).merge(try copy.read())
        #expect(second.changedNothing && second.alreadyMerged == 2 && second.conflicts.isEmpty, "\(second)")
        #expect(try day.store.students() == students && day.store.payments() == payments && day.store.eventCount() == events)
        #expect(try day.store.stationEntries() == log)

        // The station goes on with its copy: the next merge brings C alone.
        #expect(offline.handle(line: c.student.idNumber!).kind == .ok)
        #expect(offline.handle(line: "pay WX5100003").kind == .ok)
        _ = try #require(offline.handle(cameraFile: try day.shoot()))
        let third = try StationMerge(workflow: day.workflow(), cohort: day.config.cohort, store: day.store).merge(try copy.read())
        #expect(third.students == 1 && third.alreadyMerged == 2 && third.payments == 1 && third.logEntries == 3, "\(third)")
        #expect(try day.record(c.number).state.capture?.sha256 == copy.store.student(number: c.number)?.state.capture?.sha256)
        #expect(try day.store.students().filter { $0.number != c.number } == students.filter { $0.number != c.number })
    }

    /// The same student photographed at the campaign's own station and at the offline one: reported with both
    /// files, the campaign's record left as it was, the copy's payment not taken in, the row listed by reconcile.
    @Test func aStudentPhotographedAtTwoStationsIsReportedNotMerged() throws {
        let day = try CaptureDay(example: "ynu-2021.json")
        let copy = try day.offlineCopy(station: "B")
        let online = try day.station("A")
        let offline = try day.station("B", on: copy.store)
        let (a, b) = (day.students[0], day.students[1])
        #expect(online.handle(line: a.student.idNumber!).kind == .ok)
        #expect(online.handle(line: "pay WX5200001").kind == .ok)
        _ = try #require(online.handle(cameraFile: try day.shoot()))
        for (student, receipt) in [(a, "WX5200002"), (b, "WX5200003")] {
            #expect(offline.handle(line: student.student.idNumber!).kind == .ok)
            #expect(offline.handle(line: "pay \(receipt)").kind == .ok)
            _ = try #require(offline.handle(cameraFile: try day.shoot()))
        }
        let before = try day.record(a.number), historyBefore = try day.store.history(of: a.number)
        let campaignPhoto = try #require(before.state.capture), offlinePhoto = try #require(try copy.store.student(number: a.number)?.state.capture)
        #expect(campaignPhoto.sha256 != offlinePhoto.sha256)

        let outcome = try StationMerge(workflow: day.workflow(), cohort: day.config.cohort, store: day.store).merge(try copy.read())
        let conflict = try #require(outcome.conflicts.first)
        #expect(outcome.conflicts.count == 1 && conflict.kind == .photographedTwice && conflict.student == a.number && !conflict.earlier)
        #expect(conflict.message.hasPrefix("photographed at two stations: \(a.number)"), "\(conflict)")
        #expect(conflict.message.contains(campaignPhoto.path) && conflict.message.contains(offlinePhoto.path), "\(conflict)")
        #expect(conflict.message.contains("WX5200002"), "the money taken offline is named: \(conflict)")
        #expect(outcome.students == 1, "B, photographed only offline, is merged")
        #expect(try day.record(a.number) == before && day.store.history(of: a.number) == historyBefore)
        #expect(try day.store.payment(id: "WX5200002") == nil && day.store.payment(id: "WX5200003") != nil)

        let rows = try day.store.inputRows().filter { $0.source == StationMerge.sources(station: "B").students }
        #expect(rows.filter { !$0.applied }.map(\.refusal) == [conflict.message])
        let reconciliation = try Reconciliation(records: try day.store.students(), payments: try day.store.payments(), inputRows: try day.store.inputRows(),
                                            stationEntries: try day.store.stationEntries(), workflow: day.workflow())
        #expect(try reconciliation.items(in: .refusedRows).contains { $0.note.hasPrefix("photographed at two stations") })

        // Merged again, the conflict still stands and is reported as such; nothing else changes.
        let again = try StationMerge(workflow: day.workflow(), cohort: day.config.cohort, store: day.store).merge(try copy.read())
        #expect(again.conflicts.map(\.student) == [a.number] && again.conflicts[0].earlier && again.changedNothing)
        #expect(try day.record(a.number) == before)
    }

    /// 南昌航空大学 numbers each student when the ID card is swiped: the campaign's station and the offline one
    /// both give the room's next number, to two students. The copy's student is reported, not merged.
    @Test func aNumberHeldTwiceIsReported() throws {
        let day = try CaptureDay(example: "nchu-2023.json")
        let copy = try day.offlineCopy(station: "B")
        let online = try day.station("A")
        let offline = try day.station("B", on: copy.store)
        let (x, y) = (day.students[0], day.students[1])
        #expect(online.handle(line: x.student.idNumber!).kind == .ok)
        _ = try #require(online.handle(cameraFile: try day.shoot()))
        #expect(offline.handle(line: y.student.idNumber!).kind == .ok)
        _ = try #require(offline.handle(cameraFile: try day.shoot()))
        let number = try #require(try day.record(x.number).state.sequenceNumber)
        #expect(try copy.store.student(number: y.number)?.state.sequenceNumber == number, "both stations gave the same number")
        let yBefore = try day.record(y.number)

        let outcome = try StationMerge(workflow: day.workflow(), cohort: day.config.cohort, store: day.store).merge(try copy.read())
        let conflict = try #require(outcome.conflicts.first)
        #expect(outcome.conflicts.count == 1 && conflict.kind == .numberHeldTwice && conflict.student == y.number)
        #expect(conflict.message.hasPrefix("number held twice: \(number) given to \(y.number)") && conflict.message.contains("held by \(x.number)"),
                "\(conflict)")
        #expect(outcome.students == 0)
        #expect(try day.record(y.number) == yBefore && day.record(x.number).state.sequenceNumber == number)
    }

    /// The commands: `station offline` makes the copy with its key (0600) and origin; `station merge` prints one
    /// line per conflict, ID numbers masked, and exits 1.
    @Test func theCommandsCopyAndMergeAndExitNonZeroOnAConflict() throws {
        let day = try CaptureDay(example: "ynu-2021.json")
        let config = day.config.file.path, out = day.folder + "/offline/B.sqlite"
        try FileManager.default.createDirectory(atPath: day.folder + "/offline", withIntermediateDirectories: true)
        var run = CommandRun(["station", "offline", config, "--station-id", "B", "--out", out])
        #expect(run.status == 0 && run.output.hasPrefix("copied "), "\(run.errors)")
        let mode = try FileManager.default.attributesOfItem(atPath: out + ".key")[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        #expect(FileManager.default.fileExists(atPath: OfflineOrigin.path(forCopy: out)))
        run = CommandRun(["station", "offline", config, "--station-id", "B", "--out", out])
        #expect(run.status == 1 && run.errors.contains("already exists"), "a copy is never written over")

        let copyStore = try SQLiteCampaignStore(path: out, create: false, durability: .normal)
        let online = try day.station("A"), offline = try day.station("B", on: copyStore)
        let a = day.students[0]
        for (station, receipt) in [(online, "WX5300001"), (offline, "WX5300002")] {
            #expect(station.handle(line: a.student.idNumber!).kind == .ok)
            #expect(station.handle(line: "pay \(receipt)").kind == .ok)
            _ = try #require(station.handle(cameraFile: try day.shoot()))
        }

        run = CommandRun(["station", "merge", config, out])
        #expect(run.status == 1, "\(run.output)\(run.errors)")
        let conflictLines = run.output.split(separator: "\n").filter { $0.contains("photographed at two stations") }
        #expect(conflictLines.count == 1 && conflictLines[0].contains(a.number), "\(run.output)")
        #expect(run.output.contains("conflicts  1"))
        #expect(run.errors.split(separator: "\n").count == 1 && run.errors.contains("1 student not merged"), "\(run.errors)")
        #expect(!(run.output + run.errors).contains(a.student.idNumber!))

        // Merged into another database than the one it was copied from: refused, naming both.
        run = CommandRun(["station", "merge", out, out])
        #expect(run.status == 1 && run.errors.contains("copied from"), "\(run.errors)")
    }

    /// The station program itself runs on the copy (`tucai station FILE.sqlite`), and the merge command brings
    /// its photo back with exit code 0.
    @Test func theStationProgramRunsOnTheCopyAndTheMergeBringsItBack() throws {
        let tucai = try #require(StationProcess.tucai, "the tucai executable is not beside the test bundle; build it with 'swift build'")
        let day = try CaptureDay(example: "ynu-2021.json")
        let copy = try day.offlineCopy(station: "B")
        let start = Moment(day.session.date, day.session.start)
        let a = day.students[0]
        let station = try StationProcess(tucai, arguments: [
            "station", copy.path, "--station-id", "B", "--room", day.session.room!, "--hot-folder", day.hot,
            "--photos", day.folder + "/photos-B", "--rehearse-at", "\(start.date)T\(start.time)",
        ])
        #expect(station.next(after: 0)?.hasPrefix("[info] station B ready") == true, "\(station.lines)")
        var line = station.answer { station.type(a.student.idNumber!) }
        #expect(line?.hasPrefix("[ok] #1 \(a.number)") == true, "\(station.lines)")
        line = station.answer { station.type("pay WX5400001") }
        #expect(line?.hasPrefix("[ok] 30 元 received") == true, "\(station.lines)")
        line = try station.answer { try day.shoot() }
        #expect(line?.contains("bound to \(a.number)") == true, "\(station.lines)")
        #expect(station.finish() == 0, "\(station.lines)")
        #expect(try day.record(a.number).state.capture == nil)

        let run = CommandRun(["station", "merge", day.config.file.path, copy.path])
        #expect(run.status == 0 && run.output.contains("students   1 merged") && run.output.contains("conflicts  0"), "\(run.output)\(run.errors)")
        let photo = try #require(try day.record(a.number).state.capture)
        let offlinePhoto = try copy.store.student(number: a.number)?.state.capture
        #expect(photo.path.hasPrefix(day.folder + "/photos-B/B-") && photo.sha256 == offlinePhoto?.sha256)
        #expect(try day.store.payment(id: "WX5400001")?.students == [a.number])
    }
}

/// `tucai` run in-process, with what it wrote.
private struct CommandRun {
    let status: Int32
    let output: String
    let errors: String

    init(_ words: [String]) {
        let recording = RecordingConsole()
        status = Tucai.run(words, console: recording.console)
        output = recording.output
        errors = recording.errors
    }
}

/// A station's copy made by `tucai station offline`, opened.
private struct OfflineCopy {
    let path: String
    let store: SQLiteCampaignStore
    var origin: OfflineOrigin { (try? OfflineOrigin.read(forCopy: path).origin)! }

    /// What a merge reads from it now.
    func read() throws -> StationMerge.Copy {
        let (origin, digest) = try OfflineOrigin.read(forCopy: path)
        return StationMerge.Copy(path: path, origin: origin, digest: digest, identity: try store.identity(), events: try store.events(),
                                 payments: try store.payments(), log: try store.stationEntries())
    }
}

private extension CaptureDay {
    func offlineCopy(station: String) throws -> OfflineCopy {
        let path = folder + "/offline-\(station).sqlite"
        let run = CommandRun(["station", "offline", config.file.path, "--station-id", station, "--out", path])
        guard run.status == 0 else { throw StationMergeTestFailure(message: run.errors) }
        return OfflineCopy(path: path, store: try SQLiteCampaignStore(path: path, create: false, durability: .normal))
    }

    /// A station like `station(_:)`'s, working on `store` (a copy), with photos of its own.
    func station(_ id: String, on store: SQLiteCampaignStore) throws -> CaptureStation {
        let engine = try CampaignEngine(workflow: workflow(), cohort: config.cohort, store: store)
        let start = Moment(session.date, session.start).unixSeconds + 5 * 60
        return try CaptureStation(engine: engine, configuration: .init(
            station: id, room: session.room, photos: folder + "/photos-\(id)", campaignID: SlipToken.campaign(try store.identity()!),
            clock: .rehearsal(startingAt: start)))
    }
}

private struct StationMergeTestFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

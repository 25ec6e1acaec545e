import Foundation
import Testing
import TucaiKernel
import TucaiTestKit

/// Two cameras in one room of one campaign, each its own `tucai station` process on the same SQLite file:
/// 南昌航空大学 numbers each student when the ID card is swiped, in one series per day and room, so the two
/// stations draw from the same series at the same time.
@Suite struct TwoStationsTests {
    @Test func twoStationsInOneRoomNeverShareANumberOrAFileName() throws {
        let tucai = try #require(StationProcess.tucai, "the tucai executable is not beside the test bundle; build it with 'swift build'")
        let day = try CaptureDay(example: "nchu-2023.json")
        let start = Moment(day.session.date, day.session.start)
        func station(_ id: String) throws -> StationProcess {
            try StationProcess(tucai, arguments: [
                "station", day.config.database.path, "--station-id", id, "--room", day.session.room ?? "-", "--hot-folder", day.hot + "-" + id,
                "--photos", day.photos, "--rehearse-at", "\(start.date)T\(start.time)",
            ])
        }
        try FileManager.default.createDirectory(atPath: day.hot + "-A", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: day.hot + "-B", withIntermediateDirectories: true)
        let (a, b) = (try station("A"), try station("B"))
        #expect(a.next(after: 0) != nil && b.next(after: 0) != nil)
        let students = Array(day.students.prefix(16))
        try #require(students.count == 16)
        // Each pair is scanned at the two stations at once, then each camera shoots its student.
        for pair in stride(from: 0, to: students.count, by: 2) {
            let (countA, countB) = (a.lines.count, b.lines.count)
            a.type(students[pair].student.idNumber!)
            b.type(students[pair + 1].student.idNumber!)
            let (scanA, scanB) = (a.next(after: countA), b.next(after: countB))
            #expect(scanA?.hasPrefix("[ok] #") == true && scanB?.hasPrefix("[ok] #") == true, "\(String(describing: scanA)) \(String(describing: scanB))")
            try day.shoot(into: day.hot + "-A")
            try day.shoot(into: day.hot + "-B")
            #expect(a.next(after: countA + 1)?.contains("bound to \(students[pair].number)") == true, "\(a.lines)")
            #expect(b.next(after: countB + 1)?.contains("bound to \(students[pair + 1].number)") == true, "\(b.lines)")
        }
        #expect(a.finish() == 0 && b.finish() == 0, "\(a.lines) \(b.lines)")
        let numbers = try students.map { try day.record($0.number).state.sequenceNumber }
        #expect(numbers.allSatisfy { $0 != nil }, "every student scanned holds a number: \(a.lines) \(b.lines)")
        let values = numbers.compactMap { $0?.value }.sorted()
        #expect(values == Array(1...16), "one series, no number twice, none skipped: \(values)")
        #expect(Set(numbers.compactMap { $0?.series }).count == 1)
        let files = day.photoFiles
        #expect(files.count == 16 && Set(files).count == 16, "\(files)")
        #expect(files.filter { $0.hasPrefix("A-") }.count == 8 && files.filter { $0.hasPrefix("B-") }.count == 8, "\(files)")
        let paths = try students.map { try day.record($0.number).state.capture!.path }
        #expect(Set(paths).count == 16)
    }

    /// 云南农业大学 photographs in several rooms at once: two stations in two rooms of one day, each its own
    /// process, both pointed at one PostgreSQL server. Every photo is bound to the student scanned in its room, no
    /// file name or room ticket is given twice, and the server holds each capture once.
    @Test func twoStationsInTwoRoomsOnOneServerBindEveryPhoto() throws {
        let tucai = try #require(StationProcess.tucai, "the tucai executable is not beside the test bundle; build it with 'swift build'")
        let day = try CaptureDay(example: "ynau-2023.json", database: try PostgresTestServer.shared().newDatabase(prefix: "rooms"))
        let today = try day.store.students().filter {
            $0.eligibility.isInScope && !$0.state.deferred && $0.state.assignment?.date == day.session.date && $0.state.assignment?.room != nil
        }
        let byRoom = Dictionary(grouping: today) { $0.state.assignment!.room! }
        let rooms = byRoom.keys.sorted().prefix(2)
        try #require(rooms.count == 2, "\(day.session.date): rooms \(byRoom.keys.sorted())")
        let start = Moment(day.session.date, day.session.start)
        func station(_ id: String, room: String) throws -> StationProcess {
            try FileManager.default.createDirectory(atPath: day.hot + "-" + id, withIntermediateDirectories: true)
            return try StationProcess(tucai, arguments: [
                "station", day.config.file.path, "--station-id", id, "--room", room, "--hot-folder", day.hot + "-" + id,
                "--photos", day.photos, "--rehearse-at", "\(start.date)T\(start.time)",
            ])
        }
        let (a, b) = (try station("A", room: rooms.first!), try station("B", room: rooms.last!))
        #expect(a.next(after: 0) != nil && b.next(after: 0) != nil, "both stations start")
        let (roomA, roomB) = (byRoom[rooms.first!]!.sorted { $0.number < $1.number }.prefix(6), byRoom[rooms.last!]!.sorted { $0.number < $1.number }.prefix(6))
        try #require(roomA.count == 6 && roomB.count == 6)
        var tickets: (a: [String], b: [String]) = ([], [])
        for (studentA, studentB) in zip(roomA, roomB) {
            let (countA, countB) = (a.lines.count, b.lines.count)
            a.type(studentA.student.idNumber!)
            b.type(studentB.student.idNumber!)
            let (scanA, scanB) = (a.next(after: countA), b.next(after: countB))
            #expect(scanA?.hasPrefix("[ok] #") == true && scanB?.hasPrefix("[ok] #") == true, "\(String(describing: scanA)) \(String(describing: scanB))")
            tickets.a.append(String(scanA?.split(separator: " ").dropFirst().first ?? ""))
            tickets.b.append(String(scanB?.split(separator: " ").dropFirst().first ?? ""))
            try day.shoot(into: day.hot + "-A")
            try day.shoot(into: day.hot + "-B")
            #expect(a.next(after: countA + 1)?.contains("bound to \(studentA.number)") == true, "\(a.lines.suffix(3))")
            #expect(b.next(after: countB + 1)?.contains("bound to \(studentB.number)") == true, "\(b.lines.suffix(3))")
        }
        #expect(a.finish() == 0 && b.finish() == 0, "\(a.lines.suffix(3)) \(b.lines.suffix(3))")
        #expect(Set(tickets.a).count == 6 && Set(tickets.b).count == 6, "each room's tickets once: \(tickets)")
        let captures = try (roomA + roomB).map { try day.record($0.number).state.capture }
        #expect(captures.allSatisfy { $0 != nil }, "every student scanned is photographed")
        for (record, capture) in zip(roomA + roomB, captures) {
            #expect(capture?.path.contains(record.number) == true, "\(record.number)'s photo is \(capture?.path ?? "none")")
        }
        #expect(Set(captures.compactMap { $0?.path }).count == 12 && day.photoFiles.count == 12, "\(day.photoFiles)")
        #expect(try day.store.stationEntries().filter { $0.kind == .scan }.count == 12)
    }
}

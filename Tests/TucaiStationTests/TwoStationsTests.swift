import Foundation
import Testing
import TucaiKernel

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
}

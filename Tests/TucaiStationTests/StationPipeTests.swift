import Foundation
import Testing
import TucaiKernel

/// The station as a program: scanner lines through a pipe, camera files into the hot folder, outcome lines
/// read back, for 云南大学 (ID card, 30 元 at the station).
@Suite struct StationPipeTests {
    @Test func aScriptedCaptureDayThroughThePipeAndTheHotFolder() throws {
        let tucai = try #require(StationProcess.tucai, "the tucai executable is not beside the test bundle; build it with 'swift build'")
        let day = try CaptureDay(example: "ynu-2021.json")
        let start = Moment(day.session.date, day.session.start)
        let station = try StationProcess(tucai, arguments: [
            "station", day.config.database.path, "--station-id", "A", "--room", day.session.room!, "--hot-folder", day.hot,
            "--photos", day.photos, "--rehearse-at", "\(start.date)T\(start.time)",
        ])
        #expect(station.next(after: 0)?.hasPrefix("[info] station A ready") == true, "\(station.lines)")
        let (a, b) = (day.students[0], day.students[1])
        let idA = a.student.idNumber!

        var line = station.answer { station.type(idA) }
        #expect(line?.hasPrefix("[ok] #1 \(a.number)") == true && line?.contains("due 30 元") == true, "\(station.lines)")
        #expect(line?.contains(idA) == false, "the screen masks the ID number")
        line = try station.answer { try day.shoot() }
        #expect(line?.hasPrefix("[flag]") == true && line?.contains("before payment") == true, "\(station.lines)")
        line = station.answer { station.type("pay WX1") }
        #expect(line?.hasPrefix("[ok] 30 元 received") == true, "\(station.lines)")
        line = try station.answer { try day.shoot() }
        #expect(line?.hasPrefix("[ok] photo A-") == true && line?.contains("bound to \(a.number)") == true, "\(station.lines)")

        // B leaves after the scan; A's ID card is scanned again: the second scan is flagged, the operator says B left.
        line = station.answer { station.type(b.student.idNumber!) }
        #expect(line?.hasPrefix("[ok] #2 \(b.number)") == true, "\(station.lines)")
        line = station.answer { station.type(idA) }
        #expect(line?.hasPrefix("[flag]") == true, "\(station.lines)")
        line = station.answer { station.type("skip") }
        #expect(line?.contains("already photographed") == true, "after B is released, A's scan is the duplicate guard's: \(station.lines)")
        line = station.answer { station.type("frobnicate") }
        #expect(line?.hasPrefix("[refused]") == true, "\(station.lines)")

        #expect(station.finish() == 0, "\(station.lines)")
        #expect(try day.record(a.number).state.capture != nil && day.record(b.number).state.capture == nil)
        #expect(day.photoFiles.count == 1 && day.unboundFiles.count == 1)
        #expect(!station.lines.joined().contains(idA))
    }
}

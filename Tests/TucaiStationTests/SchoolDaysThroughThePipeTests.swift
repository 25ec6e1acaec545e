import Foundation
import Testing
import TucaiKernel

/// 云南农业大学 and 丽水学院 as their stations would run them: the `tucai` program, the scanner's lines through a
/// pipe, the camera's files into the hot folder. (云南大学's day through the pipe is `StationPipeTests`.)
@Suite struct SchoolDaysThroughThePipeTests {
    static func station(_ day: CaptureDay) throws -> StationProcess {
        let tucai = try #require(StationProcess.tucai, "the tucai executable is not beside the test bundle; build it with 'swift build'")
        let start = Moment(day.session.date, day.session.start)
        let process = try StationProcess(tucai, arguments: [
            "station", day.config.database.path, "--station-id", "A", "--room", day.session.room ?? "-", "--hot-folder", day.hot,
            "--photos", day.photos, "--rehearse-at", "\(start.date)T\(start.time)",
        ])
        #expect(process.next(after: 0)?.hasPrefix("[info] station A ready") == true)
        return process
    }

    @Test func ynauBookedStudentsShowTheirQRCodeAndPayNothingAtTheStation() throws {
        let day = try CaptureDay(example: "ynau-2023.json")
        let (a, b) = (day.students.filter(\.state.feeSettled)[0], day.students.filter(\.state.feeSettled)[1])
        let station = try Self.station(day)
        var line = try station.answer { try day.shoot() }
        #expect(line?.hasPrefix("[flag]") == true && line?.contains("no student waiting") == true, "\(station.lines)")
        line = try station.answer { station.type(try day.slip(for: a.number)) }
        #expect(line?.hasPrefix("[ok] #") == true && line?.contains("camera ready") == true, "\(station.lines)")
        line = try station.answer { try day.shoot() }
        #expect(line?.contains("bound to \(a.number)") == true, "\(station.lines)")
        line = station.answer { station.type(b.student.idNumber!) }
        #expect(line?.contains("camera ready") == true, "\(station.lines)")
        line = try station.answer { try day.shoot() }
        #expect(line?.contains("bound to \(b.number)") == true, "\(station.lines)")
        #expect(station.finish() == 0)
        #expect(try day.record(a.number).state.credential == .reservationQRCode && day.record(b.number).state.credential == .residentIDCard)
        #expect(day.photoFiles.count == 2 && day.unboundFiles.count == 1)
    }

    @Test func lishuiSlipsCarryThePrePrintedNumberAndAForgedOneIsFlagged() throws {
        let day = try CaptureDay(example: "lsu-2021.json")
        let numbered = day.students.filter { $0.state.sequenceNumber != nil }
        let (a, b, c) = (numbered[0], numbered[1], numbered[2])
        let station = try Self.station(day)
        var line = try station.answer { station.type(try day.slip(for: a.number)) }
        #expect(line?.hasPrefix("[ok] #\(a.state.sequenceNumber!.value) \(a.number)") == true, "\(station.lines)")
        line = try station.answer { try day.shoot() }
        #expect(line?.contains("bound to \(a.number)") == true, "\(station.lines)")
        // A slip whose 学号 was changed by hand.
        line = try station.answer { station.type(try day.slip(for: b.number).replacingOccurrences(of: b.number, with: c.number)) }
        #expect(line?.hasPrefix("[flag]") == true && line?.contains("forged") == true, "\(station.lines)")
        // B scanned, then C before B's photo: B left.
        line = try station.answer { station.type(try day.slip(for: b.number)) }
        #expect(line?.hasPrefix("[ok] #\(b.state.sequenceNumber!.value)") == true, "\(station.lines)")
        line = try station.answer { station.type(try day.slip(for: c.number)) }
        #expect(line?.hasPrefix("[flag]") == true && line?.contains(b.number) == true, "\(station.lines)")
        line = station.answer { station.type("skip") }
        #expect(line?.hasPrefix("[ok] #\(c.state.sequenceNumber!.value) \(c.number)") == true, "\(station.lines)")
        line = try station.answer { try day.shoot() }
        #expect(line?.contains("bound to \(c.number)") == true, "\(station.lines)")
        #expect(station.finish() == 0)
        #expect(try day.record(b.number).state.capture == nil)
        #expect(try day.record(c.number).state.capture?.path.contains("-\(c.state.sequenceNumber!.value)-\(c.number).jpg") == true)
    }
}

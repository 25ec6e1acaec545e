import Foundation
import Testing
import TucaiKernel
import TucaiStation

/// The operator's corrections never lose a file or a student: two undos of one student keep both photos, an undo
/// while the next student waits is refused, and a reader's run-on line is never echoed with the ID number in it.
@Suite struct StationCorrectionTests {
    @Test func undoTwiceKeepsBothPhotosAndNeverDropsTheStudentWaiting() throws {
        let day = try CaptureDay(example: "ynau-2023.json")
        let station = try day.station()
        let paid = day.students.filter { $0.state.feeSettled }
        let (a, b) = (paid[0], paid[1])
        #expect(station.handle(line: a.student.idNumber!).kind == .ok)
        for _ in 0..<2 {
            #expect(station.handle(cameraFile: try day.shoot())?.kind == .ok)
            #expect(station.handle(line: "undo").kind == .ok)
        }
        #expect(day.unboundFiles.count == 2, "both undone photos are kept: \(day.unboundFiles)")
        #expect(station.handle(cameraFile: try day.shoot())?.kind == .ok)
        #expect(station.handle(line: b.student.idNumber!).kind == .ok)
        let undo = station.handle(line: "undo")
        #expect(undo.kind == .refused && station.waiting?.student == b.number, "\(undo)")
        #expect(try day.record(a.number).state.capture != nil)
    }

    @Test func aRunOnLineFromTheReaderIsDescribedNotEchoed() {
        let id = "53010219990101001X", other = "110101200001010015"
        for line in [other + id, id.dropLast() + "12", "9" + other] {
            guard case let .unreadable(message) = StationInput(line: String(line)) else {
                Issue.record("\(line) was read as something"); continue
            }
            #expect(!message.contains("0101001") && !message.contains("20000101"), "\(message)")
        }
    }
}

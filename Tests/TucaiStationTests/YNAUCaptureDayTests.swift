import Foundation
import Testing
import TucaiKernel
import TucaiStation

/// 云南农业大学: students book and pay 30 元 in the 高校学生图像采集 app beforehand and show the booking's QR code
/// or their ID card; the station takes no money.
@Suite struct YNAUCaptureDayTests {
    @Test func bookedStudentsArePhotographedWithoutMoneyAtTheStation() throws {
        let day = try CaptureDay(example: "ynau-2023.json")
        let station = try day.station()
        let paid = day.students.filter { $0.state.feeSettled && $0.state.capture == nil }
        try #require(paid.count >= 3)
        let (a, b, c) = (paid[0], paid[1], paid[2])
        let paymentsBefore = try day.store.payments().count

        // A photo with nobody at the camera is kept aside and flagged.
        var outcome = try #require(station.handle(cameraFile: try day.shoot()))
        #expect(outcome.kind == .flag && outcome.message.contains("no student waiting"), "\(outcome)")

        // A by ID card, B by the booking's QR code: nothing due, the camera is ready at once.
        outcome = station.handle(line: a.student.idNumber!)
        #expect(outcome.kind == .ok && outcome.message.contains("camera ready"), "\(outcome)")
        _ = try #require(station.handle(cameraFile: try day.shoot()))
        outcome = station.handle(line: try day.slip(for: b.number))
        #expect(outcome.kind == .ok && outcome.message.contains("camera ready"), "\(outcome)")
        #expect(try day.record(b.number).state.credential == .reservationQRCode)
        let first = try #require(station.handle(cameraFile: try day.shoot()))
        #expect(first.message.contains("bound to \(b.number)"))
        let firstSHA = try day.record(b.number).state.capture!.sha256

        // B blinked: a retake keeps both files and binds the new one.
        #expect(station.handle(line: "retake").kind == .ok)
        outcome = try #require(station.handle(cameraFile: try day.shoot()))
        #expect(outcome.message.contains("retake") && outcome.message.contains(b.number), "\(outcome)")
        let retaken = try day.record(b.number).state.capture!
        #expect(retaken.sha256 != firstSHA && retaken.path.hasSuffix("-r2.jpg"))
        #expect(try day.store.history(of: b.number).contains { if case .photoUnbound(firstSHA, _) = $0.change { true } else { false } })

        // C is photographed, then the operator undoes it (the wrong person sat down): C waits again.
        #expect(station.handle(line: c.student.idNumber!).kind == .ok)
        _ = try #require(station.handle(cameraFile: try day.shoot()))
        #expect(station.handle(line: "undo").kind == .ok)
        #expect(try day.record(c.number).state.capture == nil && station.waiting?.student == c.number)
        _ = try #require(station.handle(cameraFile: try day.shoot()))
        #expect(try day.record(c.number).state.capture != nil)

        #expect(try day.store.payments().count == paymentsBefore, "the station took no money")
        #expect(day.photoFiles.count == 4, "A, B twice, C: \(day.photoFiles)")
        #expect(day.unboundFiles.count == 2, "the empty frame and C's undone photo are kept aside: \(day.unboundFiles)")
    }
}

import Foundation
import Testing
import TucaiKernel
import TucaiStation

/// 云南大学: identified by the ID card alone, 30 元 by WeChat Pay at the station before the photo
/// (采集当天当面支付完成方可进行采集), only in the student's own slot.
@Suite struct YNUCaptureDayTests {
    @Test func aCaptureDayWithItsFaultsBindsEveryPhotoToTheRightStudent() throws {
        let day = try CaptureDay(example: "ynu-2021.json")
        let station = try day.station()
        let (a, b, c, d) = (day.students[0], day.students[1], day.students[2], day.students[3])
        func id(_ r: TucaiKernel.StudentRecord) -> String { r.student.idNumber! }

        // A: scanned, numbered, 30 元 due; a photo before payment is flagged and bound to no one.
        var outcome = station.handle(line: id(a))
        #expect(outcome.kind == .ok && outcome.message.hasPrefix("#1 \(a.number)") && outcome.message.contains("due 30 元"), "\(outcome)")
        #expect(!outcome.message.contains(id(a)) && outcome.message.contains(Masked.number(id(a))))
        var file = try day.shoot()
        outcome = try #require(station.handle(cameraFile: file))
        #expect(outcome.kind == .flag && outcome.message.contains("before payment"), "\(outcome)")
        #expect(try day.record(a.number).state.capture == nil)
        outcome = station.handle(line: "pay WX4200001")
        #expect(outcome.kind == .ok && outcome.message.contains("camera ready"), "\(outcome)")
        #expect(station.handle(line: "pay WX4200001").kind == .info, "the same receipt again is recorded once")
        file = try day.shoot()
        outcome = try #require(station.handle(cameraFile: file))
        #expect(outcome.kind == .ok && outcome.message.contains("bound to \(a.number)"), "\(outcome)")
        let photographedA = try day.record(a.number)
        #expect(photographedA.state.capture?.path.hasSuffix("A-\(CaptureDay.compact(day.session.date))-1-\(a.number).jpg") == true)
        #expect(photographedA.state.paid == .yuan(30) && photographedA.state.feeSettled)

        // B is scanned and leaves; C is scanned before any photo: flagged, the operator says B left.
        #expect(station.handle(line: id(b)).kind == .ok)
        outcome = station.handle(line: id(c))
        #expect(outcome.kind == .flag && outcome.message.contains(b.number), "\(outcome)")
        #expect(station.handle(line: "pay WX4200002").kind == .refused, "nothing else is taken until the question is answered")
        outcome = station.handle(line: "skip")
        #expect(outcome.kind == .ok && outcome.message.hasPrefix("#3 \(c.number)"), "\(outcome)")
        #expect(station.handle(line: "pay WX4200003").kind == .ok)
        outcome = try #require(station.handle(cameraFile: try day.shoot()))
        #expect(outcome.message.contains("bound to \(c.number)"), "\(outcome)")
        #expect(try day.record(b.number).state.capture == nil, "the student who left has no photo")

        // D: a photo too small for the registry's 480×640 is refused while D is still in the chair; the retry binds.
        #expect(station.handle(line: id(d)).kind == .ok)
        #expect(station.handle(line: "pay WX4200004").kind == .ok)
        outcome = try #require(station.handle(cameraFile: try day.shoot(width: 300, height: 400)))
        #expect(outcome.kind == .refused && outcome.message.contains("take it again"), "\(outcome)")
        #expect(station.waiting?.student == d.number)
        outcome = try #require(station.handle(cameraFile: try day.shoot()))
        #expect(outcome.message.contains("bound to \(d.number)"), "\(outcome)")

        // A comes back: already photographed, flagged before any money is asked for.
        outcome = station.handle(line: id(a))
        #expect(outcome.kind == .flag && outcome.message.contains("already photographed"), "\(outcome)")
        #expect(station.waiting == nil)

        // A forged slip (signed with another key) is refused and flagged.
        outcome = station.handle(line: try day.slip(for: b.number, key: Array(repeating: 7, count: 32)))
        #expect(outcome.kind == .flag && outcome.message.contains("forged"), "\(outcome)")

        // Every photo went to its student, numbers are unique, the money is what the policy asks.
        let bound = try [a, c, d].map { try day.record($0.number) }
        #expect(bound.allSatisfy { $0.state.capture != nil })
        #expect(Set(bound.map { $0.state.capture!.sha256 }).count == 3)
        #expect(day.photoFiles.count == 3 && day.unboundFiles.count == 2, "\(day.photoFiles) \(day.unboundFiles)")
        let payments = try day.store.payments()
        #expect(payments.map(\.id).sorted() == ["WX4200001", "WX4200003", "WX4200004"])
        #expect(payments.allSatisfy { $0.amount == .yuan(30) && $0.owedBack == nil })
        let log = try day.store.stationEntries()
        #expect(log.filter { $0.kind == .bound }.map(\.student) == [a.number, c.number, d.number])
        #expect(log.contains { $0.kind == .choice && $0.note.hasPrefix("skip") })
        #expect(!log.contains { entry in [a, b, c, d].contains { entry.note.contains(id($0)) } }, "the log never holds a full ID number")
    }
}

extension CaptureDay {
    static func compact(_ date: CivilDate) -> String { date.description.replacingOccurrences(of: "-", with: "") }
}

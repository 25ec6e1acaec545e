import Foundation
import Testing
import TucaiCampaign
import TucaiKernel
import TucaiStation

/// 丽水学院: numbers pre-printed by 中国图片社 and handed out before the day (拍摄序号), the slip is the
/// credential, and the notice warns that one student out of place shifts every photo after them.
@Suite struct LishuiCaptureDayTests {
    @Test func slipsNumberTheStudentsAndAWrongKeepIsFoundAfterwards() throws {
        let day = try CaptureDay(example: "lsu-2021.json")
        let station = try day.station()
        let numbered = day.students.filter { $0.state.sequenceNumber != nil }
        try #require(numbered.count >= 4, "丽水学院's students hold their pre-printed numbers before the day")
        let (a, b, c, d) = (numbered[0], numbered[1], numbered[2], numbered[3])

        // A's slip: the station shows A's pre-printed number, and the photo is bound to A under that number.
        var outcome = station.handle(line: try day.slip(for: a.number))
        #expect(outcome.kind == .ok && outcome.message.hasPrefix("#\(a.state.sequenceNumber!.value) \(a.number)"), "\(outcome)")
        outcome = try #require(station.handle(cameraFile: try day.shoot(shutter: day.shutter(station, plus: 1))))
        #expect(outcome.message.contains("bound to \(a.number)"), "\(outcome)")
        #expect(try day.record(a.number).state.capture?.path.contains("-\(a.state.sequenceNumber!.value)-\(a.number).jpg") == true)

        // A slip with the student number altered, and a slip of another campaign: refused.
        let altered = try day.slip(for: b.number).replacingOccurrences(of: b.number, with: c.number)
        #expect(station.handle(line: altered).kind == .flag)
        #expect(station.handle(line: try day.slip(for: b.number, campaign: "lsu-undergraduate-2020")).kind == .refused)

        // B is scanned and leaves; C's slip is scanned; the operator wrongly keeps B, and C's photo is bound to B.
        #expect(station.handle(line: try day.slip(for: b.number)).kind == .ok)
        Thread.sleep(forTimeInterval: 1.1)
        #expect(station.handle(line: try day.slip(for: c.number)).kind == .flag)
        #expect(station.handle(line: "keep").kind == .ok)
        outcome = try #require(station.handle(cameraFile: try day.shoot(shutter: day.shutter(station, plus: 3))))
        #expect(outcome.message.contains("bound to \(b.number)"), "the station binds to the student kept: \(outcome)")

        // D comes normally.
        #expect(station.handle(line: try day.slip(for: d.number)).kind == .ok)
        _ = try #require(station.handle(cameraFile: try day.shoot(shutter: day.shutter(station, plus: 6))))

        // Reconcile's check over scans × frames names B and C: the photo bound to B was taken after C's scan.
        let check = StationLogCheck.findings(try day.store.stationEntries(), records: try day.store.students())
        let shift = try #require(check.first { $0.students == [b.number, c.number] }, "\(check)")
        #expect(shift.note.contains("it may show \(c.number)"))
        #expect(!check.contains { $0.students.first == a.number || $0.students.first == d.number }, "\(check)")
        let reconciliation = try Reconciliation(records: try day.store.students(), payments: try day.store.payments(),
                                            stationEntries: try day.store.stationEntries(), workflow: day.workflow())
        #expect(try reconciliation.items(in: .stations).contains { $0.student == "\(b.number) \(c.number)" })
    }
}

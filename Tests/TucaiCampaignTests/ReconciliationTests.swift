import Testing
import TucaiCampaign
import TucaiKernel

/// The reconciliation lists, from records whose states are set by hand.
@Suite struct ReconciliationTests {
    static let workflow = Fixtures.workflow("ynau")

    static func record(_ number: String, _ change: (inout StudentState) -> Void) -> StudentRecord {
        var record = Fixtures.record(number, for: workflow)
        change(&record.state)
        return record
    }

    static func capture(at day: CivilDate, route: String? = nil) -> PhotoCapture {
        PhotoCapture(path: "p.jpg", sha256: Fixtures.digest, at: Moment(day, TimeOfDay(9)), makeUpRoute: route)
    }

    @Test func eachListHoldsWhatItSays() throws {
        let fee = try #require(Self.workflow.fee)
        let day = Self.workflow.captureDates[0]
        let series = "\(day) C区202"
        let refund = Refund(amount: fee, due: day.adding(days: 4), reason: "reserved but not captured")
        let route = MakeUpAssignment(route: "散拍、补拍", place: "新华楼", onCampus: false, deadline: CivilDate(2023, 4, 30))
        let records = [
            Self.record("A-photographed-paid") { $0.capture = Self.capture(at: day); $0.paid = fee; $0.feeSettled = true
                $0.sequenceNumber = SequenceNumber(series: series, value: 1) },
            Self.record("B-photographed-unpaid") { $0.capture = Self.capture(at: day); $0.sequenceNumber = SequenceNumber(series: series, value: 3) },
            Self.record("C-paid-missed") { $0.paid = fee; $0.feeSettled = true; $0.missed = true; $0.refund = refund; $0.makeUp = route },
            Self.record("D-issued-absent") { $0.sequenceNumber = SequenceNumber(series: series, value: 4) },
            Self.record("E-make-up-photo") { $0.missed = true; $0.makeUp = route; $0.capture = Self.capture(at: day.adding(days: 14), route: route.route) },
        ]
        let r = try Reconciliation(records: records, workflow: Self.workflow)
        #expect(try r.items(in: .notCaptured).map(\.student) == ["C-paid-missed", "D-issued-absent"])
        #expect(try r.items(in: .capturedNotPaid).map(\.student) == ["B-photographed-unpaid"], "a make-up photo owes the agency, not the campus fee")
        #expect(try r.items(in: .capturedNotPaid).first?.owed == fee)
        let paid = try r.items(in: .paidNotCaptured)
        #expect(paid.map(\.student) == ["C-paid-missed"])
        #expect(paid.first?.refund == fee && paid.first?.due == refund.due)
        let sequence = try r.items(in: .sequence)
        #expect(sequence.map(\.number) == [2, 4])
        #expect(sequence[0].note.hasPrefix("gap: never issued"))
        #expect(sequence[1].student == "D-issued-absent")
        #expect(try r.items(in: .makeUp).map(\.student) == ["C-paid-missed", "E-make-up-photo"])
        #expect(try r.items(in: .makeUp).map(\.due) == [route.deadline, route.deadline])
        #expect(try r.items(in: .makeUp)[1].note.hasPrefix("photographed"))
    }

    @Test func aDuplicateNumberIsListed() throws {
        let series = "s"
        let records = ["X", "Y"].map { number in
            Self.record(number) { $0.sequenceNumber = SequenceNumber(series: series, value: 1); $0.capture = Self.capture(at: CivilDate(2022, 11, 19)) }
        }
        let items = try Reconciliation(records: records, workflow: Self.workflow).items(in: .sequence)
        #expect(items.count == 1)
        #expect(items.first?.note.hasPrefix("duplicate") == true)
        #expect(items.first?.student == "X Y")
    }

    @Test func idNumbersAreMasked() throws {
        let records = [Self.record("M") { $0.missed = true }]
        let item = try Reconciliation(records: records, workflow: Self.workflow).items(in: .notCaptured)[0]
        #expect(item.idNumber == Masked.number(records[0].student.idNumber!))
        #expect(item.idNumber != records[0].student.idNumber)
    }

    @Test func numbersNeverIssuedAreListedAsRuns() throws {
        let series = "s"
        let far = 5_000_000
        let records = [
            Self.record("A") { $0.capture = Self.capture(at: CivilDate(2022, 11, 19)); $0.sequenceNumber = SequenceNumber(series: series, value: 1) },
            Self.record("B") { $0.capture = Self.capture(at: CivilDate(2022, 11, 19)); $0.sequenceNumber = SequenceNumber(series: series, value: 5) },
            Self.record("C") { $0.capture = Self.capture(at: CivilDate(2022, 11, 19)); $0.sequenceNumber = SequenceNumber(series: series, value: 7) },
            Self.record("D") { $0.capture = Self.capture(at: CivilDate(2022, 11, 19)); $0.sequenceNumber = SequenceNumber(series: series, value: far) },
            // Numbers no station gives, from an older database: listed as held, never counted down to.
            Self.record("E") { $0.capture = Self.capture(at: CivilDate(2022, 11, 19)); $0.sequenceNumber = SequenceNumber(series: "t", value: 0) },
            Self.record("F") { $0.sequenceNumber = SequenceNumber(series: "t", value: -3) },
        ]
        let r = try Reconciliation(records: records, workflow: Self.workflow)
        let gaps = try r.items(in: .sequence).filter { $0.series == series }
        #expect(gaps.map(\.numbers) == ["2-4", "6", "8-\(far - 1)"])
        #expect(gaps.allSatisfy { $0.note == "gap: never issued" })
        #expect(try r.items(in: .sequence).filter { $0.series == "t" }.map(\.student) == ["F"])
        #expect(r.totals.contains { $0.contains("(\(3 + 1 + (far - 8) + 1) gaps, 0 duplicates)") }, "\(r.totals)")
    }
}

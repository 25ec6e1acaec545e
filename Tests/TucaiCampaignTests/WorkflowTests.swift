import Foundation
import Testing
import TucaiCampaign
import TucaiKernel

/// The state machine's rules, institution by institution, without a store: each test drives a student to
/// the step a policy forbids and reads the sentence it gives, then shows the way that is allowed.
@Suite struct WorkflowTests {
    @Test func ynuPhotographsNoOneBeforePayment() throws {
        let workflow = Fixtures.workflow("ynu")
        #expect(workflow.institution.paymentRoutes.map(\.timing) == [.onSiteBeforeCapture])
        var record = Fixtures.record("2018200001", for: workflow)
        let day = workflow.sessions[0].date
        #expect(Fixtures.run([.notify, .assignFromTable, .checkIn(.residentIDCard)], on: &record, workflow, at: Fixtures.at(day)) == nil)
        let refusal = Fixtures.run([.capture(path: "p.jpg", sha256: Fixtures.digest)], on: &record, workflow, at: Fixtures.at(day))
        #expect(refusal?.reason.contains("photographs no one before payment") == true)
        #expect(refusal?.rule == "payment-before-capture")
        #expect(refusal?.reason.contains("\(workflow.fee!)") == true)
        #expect(record.state.capture == nil)
        let fee = try #require(workflow.fee)
        #expect(Fixtures.run([.pay(paymentID: "WX-1", amount: fee), .capture(path: "p.jpg", sha256: Fixtures.digest)],
                             on: &record, workflow, at: Fixtures.at(day)) == nil)
        #expect(record.stage == .captured)
    }

    @Test func ynuTakesTheFeeOnlyAtTheStation() throws {
        let workflow = Fixtures.workflow("ynu")
        var record = Fixtures.record("2018200002", for: workflow)
        let before = workflow.captureDates[0].adding(days: -3)
        _ = Fixtures.run([.notify, .assignFromTable], on: &record, workflow, at: Fixtures.at(before))
        let refusal = Fixtures.run([.pay(paymentID: "WX-2", amount: workflow.fee!)], on: &record, workflow, at: Fixtures.at(before))
        #expect(refusal?.reason.contains("only at the station") == true)
        #expect(record.state.paid == .zero)
    }

    @Test func ynuTakesTheFeeOnTheCaptureDayBeforeTheIDCardIsSwiped() throws {
        let workflow = Fixtures.workflow("ynu")
        var record = Fixtures.record("2018200003", for: workflow)
        let day = workflow.captureDates[0]
        _ = Fixtures.run([.notify, .assignFromTable], on: &record, workflow, at: Fixtures.at(day.adding(days: -3)))
        #expect(record.state.credential == nil)
        #expect(Fixtures.run([.pay(paymentID: "WX-3", amount: workflow.fee!)], on: &record, workflow, at: Fixtures.at(day)) == nil)
        #expect(record.state.paid == workflow.fee)
    }

    @Test func nchuArrangesNoMakeUpOnCampus() throws {
        let workflow = Fixtures.workflow("nchu")
        #expect(workflow.institution.onCampusMakeUp.value == false)
        var record = Fixtures.record("1901110001", for: workflow)
        let after = workflow.collectionEnds!.adding(days: 1)
        #expect(Fixtures.run([.notify, .assignFromTable, .markMissed], on: &record, workflow, at: Fixtures.at(after)) == nil)
        let refusal = Fixtures.run([.routeToMakeUp(.onCampus)], on: &record, workflow, at: Fixtures.at(after))
        #expect(refusal?.reason == "\(workflow.name) arranges no make-up on campus")
        #expect(refusal?.rule == "no-on-campus-make-up")
        #expect(record.state.makeUp == nil && record.stage == .missed)
    }

    @Test func anOnCampusMakeUpIsRefusedWhereEveryRouteIsOffCampus() throws {
        let workflow = Fixtures.workflow("ynau")
        #expect(!workflow.institution.makeUpRoutes.isEmpty && !workflow.institution.makeUpRoutes.contains(where: \.onCampus))
        var record = Fixtures.record("2019100001", for: workflow)
        let after = workflow.collectionEnds!.adding(days: 1)
        _ = Fixtures.run([.notify, .assignFromTable, .markMissed], on: &record, workflow, at: Fixtures.at(after))
        #expect(Fixtures.run([.routeToMakeUp(.onCampus)], on: &record, workflow, at: Fixtures.at(after)) != nil)
        #expect(Fixtures.run([.routeToMakeUp(.any)], on: &record, workflow, at: Fixtures.at(after)) == nil)
        let route = try #require(workflow.institution.makeUpRoutes.first)
        #expect(record.state.makeUp == MakeUpAssignment(route))
        #expect(record.state.makeUp?.deadline == route.deadline)
    }

    @Test func aMissedStudentIsMarkedOnlyAfterTheCollection() {
        let workflow = Fixtures.workflow("ynau")
        var record = Fixtures.record("2019100002", for: workflow)
        let last = workflow.collectionEnds!
        _ = Fixtures.run([.notify], on: &record, workflow, at: Fixtures.at(last))
        #expect(Fixtures.run([.markMissed], on: &record, workflow, at: Fixtures.at(last)) != nil)
        #expect(Fixtures.run([.markMissed], on: &record, workflow, at: Fixtures.at(last.adding(days: 1))) == nil)
    }

    @Test func ynauBooksOnlyAfterRealNameAuthenticationAndPayment() throws {
        let workflow = Fixtures.workflow("ynau")
        let reservation = try #require(workflow.reservation)
        #expect(reservation.paysFee)
        var record = Fixtures.record("2019100003", for: workflow)
        let evening = Fixtures.at(workflow.captureDates[0].adding(days: -2), 20)
        _ = Fixtures.run([.notify], on: &record, workflow, at: evening)
        #expect(Fixtures.run([.reserve(session: 0)], on: &record, workflow, at: evening)?.reason.contains("after pre-registration") == true)
        _ = Fixtures.run([.preRegister], on: &record, workflow, at: evening)
        #expect(Fixtures.run([.reserve(session: 0)], on: &record, workflow, at: evening)?.reason.contains("once the fee") == true)
        #expect(Fixtures.run([.pay(paymentID: "APP-1", amount: workflow.fee!), .reserve(session: 0)], on: &record, workflow, at: evening) == nil)
        #expect(record.state.assignment?.source == .reservation)
    }

    @Test func ynauRefundsBookedStudentsNotPhotographedAfterTheCampusCollection() throws {
        let workflow = Fixtures.workflow("ynau")
        let rule = try #require(workflow.institution.refund)
        let end = try #require(workflow.collectionEnds)
        let evening = Fixtures.at(end.adding(days: -2), 20)
        func booked(_ number: String) -> StudentRecord {
            var record = Fixtures.record(number, for: workflow)
            _ = Fixtures.run([.notify, .preRegister, .pay(paymentID: "APP-\(number)", amount: workflow.fee!), .reserve(session: 0)],
                             on: &record, workflow, at: evening)
            return record
        }
        var absent = booked("2019100004")
        var present = booked("2019100005")
        _ = Fixtures.run([.checkIn(.reservationQRCode), .capture(path: "p.jpg", sha256: Fixtures.digest)],
                         on: &present, workflow, at: Fixtures.at(end))
        #expect(present.stage == .captured)
        #expect(Fixtures.run([.assessRefund], on: &absent, workflow, at: Fixtures.at(end)) != nil, "assessed before the collection ends")
        let after = Fixtures.at(end.adding(days: 1))
        #expect(Fixtures.run([.markMissed, .assessRefund], on: &absent, workflow, at: after) == nil)
        #expect(Fixtures.run([.assessRefund], on: &present, workflow, at: after) == nil)
        #expect(absent.state.refund == Refund(amount: workflow.fee!, due: rule.deadline(collectionEnds: end), reason: rule.description))
        #expect(absent.state.refund!.due > end)
        #expect(present.state.refund == nil)
    }

    @Test func aPolicyWithoutARefundRuleOwesNothingBack() throws {
        let workflow = Fixtures.workflow("nchu")
        #expect(workflow.institution.refund == nil)
        var record = Fixtures.record("1901110002", for: workflow)
        _ = Fixtures.run([.notify, .assignFromTable, .pay(paymentID: "C-1", amount: workflow.fee!)], on: &record, workflow,
                         at: Fixtures.at(workflow.captureDates[0].adding(days: -2)))
        #expect(Fixtures.run([.markMissed, .assessRefund], on: &record, workflow, at: Fixtures.at(workflow.collectionEnds!.adding(days: 1))) == nil)
        #expect(record.state.refund == nil && record.state.paid == workflow.fee)
    }

    @Test func theStationAcceptsOnlyThePolicysCredentials() throws {
        let workflow = Fixtures.workflow("ucas")
        #expect(workflow.institution.acceptedCredentials == [.collectionCode])
        var record = Fixtures.record("2022200001", for: workflow)
        let day = workflow.sessions[0].date
        _ = Fixtures.run([.notify, .assignFromTable, .preRegister], on: &record, workflow, at: Fixtures.at(day))
        let refusal = Fixtures.run([.checkIn(.residentIDCard)], on: &record, workflow, at: Fixtures.at(day))
        #expect(refusal?.reason.contains(Credential.collectionCode.chinese) == true)
        #expect(record.state.credential == nil)
        #expect(Fixtures.run([.checkIn(.collectionCode)], on: &record, workflow, at: Fixtures.at(day)) == nil)
    }

    @Test func aStudentWithoutThePreRegistrationIsTurnedAway() {
        let workflow = Fixtures.workflow("ucas")
        var record = Fixtures.record("2022200002", for: workflow)
        let day = workflow.sessions[0].date
        _ = Fixtures.run([.notify, .assignFromTable], on: &record, workflow, at: Fixtures.at(day))
        #expect(Fixtures.run([.checkIn(.collectionCode)], on: &record, workflow, at: Fixtures.at(day))?.reason.contains("pre-registration") == true)
    }

    @Test func ownSlotOnlyMeansTheSessionsDay() throws {
        let workflow = Fixtures.workflow("ynu")
        #expect(workflow.institution.slotFlexibility == .ownSlotOnly)
        var record = Fixtures.record("2018200003", for: workflow)
        let session = workflow.sessions[0]
        let otherDay = try #require(workflow.captureDates.first { $0 != session.date })
        _ = Fixtures.run([.notify, .assignFromTable], on: &record, workflow, at: Fixtures.at(session.date))
        #expect(Fixtures.run([.checkIn(.residentIDCard)], on: &record, workflow, at: Fixtures.at(otherDay))?.reason.contains("own slot") == true)
        #expect(Fixtures.run([.checkIn(.residentIDCard)], on: &record, workflow, at: Fixtures.at(session.date)) == nil)
    }

    @Test func numbersFollowThePolicy() throws {
        let ynu = Fixtures.workflow("ynu")
        #expect(ynu.institution.sequenceNumbering == nil)
        var record = Fixtures.record("2018200004", for: ynu)
        let day = ynu.sessions[0].date
        _ = Fixtures.run([.notify, .assignFromTable, .checkIn(.residentIDCard)], on: &record, ynu, at: Fixtures.at(day))
        #expect(Fixtures.run([.issueNumber(SequenceNumber(series: "s", value: 1))], on: &record, ynu, at: Fixtures.at(day))?.reason
                    .contains("issues no sequence numbers") == true)

        let nchu = Fixtures.workflow("nchu")
        #expect(nchu.institution.sequenceNumbering == .onIDCardSwipe)
        var swiped = Fixtures.record("1901110003", for: nchu)
        let nchuDay = nchu.sessions[0].date
        _ = Fixtures.run([.notify, .assignFromTable, .pay(paymentID: "C", amount: nchu.fee!), .checkIn(.residentIDCard)],
                         on: &swiped, nchu, at: Fixtures.at(nchuDay))
        #expect(Fixtures.run([.capture(path: "p.jpg", sha256: Fixtures.digest)], on: &swiped, nchu, at: Fixtures.at(nchuDay))?.reason
                    .contains("sequence number") == true)
        #expect(Fixtures.run([.issueNumber(SequenceNumber(series: "s", value: 3)), .capture(path: "p.jpg", sha256: Fixtures.digest)],
                             on: &swiped, nchu, at: Fixtures.at(nchuDay)) == nil)
    }

    @Test func aPhotoNeedsADigest() {
        let workflow = Fixtures.workflow("ucas")
        var record = Fixtures.record("2022200003", for: workflow)
        let day = workflow.sessions[0].date
        _ = Fixtures.run([.notify, .assignFromTable, .preRegister, .checkIn(.collectionCode), .issueNumber(SequenceNumber(series: "s", value: 1))],
                         on: &record, workflow, at: Fixtures.at(day))
        #expect(Fixtures.run([.capture(path: "p.jpg", sha256: "not-a-digest")], on: &record, workflow, at: Fixtures.at(day)) != nil)
        #expect(Fixtures.run([.capture(path: "p.jpg", sha256: Fixtures.digest)], on: &record, workflow, at: Fixtures.at(day)) == nil)
        #expect(Fixtures.run([.capture(path: "q.jpg", sha256: String(repeating: "0", count: 64))], on: &record, workflow, at: Fixtures.at(day))?
                    .reason.contains("already photographed") == true)
    }

    @Test func theRecordClosesOnlyAfterTheVerificationWindow() throws {
        let workflow = Fixtures.workflow("ynu")
        guard case let .within(days)? = workflow.institution.verification?.timing else {
            Issue.record("YNU's verification window is not 'within N days'"); return
        }
        var record = Fixtures.record("2018200005", for: workflow)
        let day = workflow.sessions[0].date
        _ = Fixtures.run([.notify, .assignFromTable, .checkIn(.residentIDCard), .pay(paymentID: "W", amount: workflow.fee!),
                          .capture(path: "p.jpg", sha256: Fixtures.digest), .export(batch: "b"), .openVerification],
                         on: &record, workflow, at: Fixtures.at(day))
        #expect(record.state.verificationEnds == day.adding(days: days))
        #expect(Fixtures.run([.close], on: &record, workflow, at: Fixtures.at(day.adding(days: days))) != nil)
        #expect(Fixtures.run([.close], on: &record, workflow, at: Fixtures.at(day.adding(days: days + 1))) == nil)
        #expect(record.stage == .closed)
    }

    @Test func aStudentOutOfScopeTakesNoStep() {
        let workflow = Fixtures.workflow("ynu")
        var record = Fixtures.record("8018200001", for: workflow)
        record.eligibility = .excluded(because: "在职攻读硕士学位研究生（学号 8 开头）")
        let refusal = Fixtures.run([.notify], on: &record, workflow, at: Fixtures.at(workflow.captureDates[0]))
        #expect(refusal?.detail?.contains("学号 8 开头") == true)
        #expect(record.stage == .notInScope)
    }

    @Test func configDatesMoveTheSessions() {
        let institution = Fixtures.institution("ynau")
        let moved = Workflow(institution: institution, captureDates: [CivilDate(2023, 11, 18)])
        #expect(moved.captureDates == [CivilDate(2023, 11, 18)])
        #expect(moved.sessions.allSatisfy { $0.date == CivilDate(2023, 11, 18) })
        #expect(Workflow(institution: institution).sessions.map(\.date) == institution.sessionTable.sessions.map(\.date))
    }
}

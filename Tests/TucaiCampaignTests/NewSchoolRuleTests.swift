import Foundation
import Testing
@testable import TucaiCampaign
import TucaiKernel
import TucaiRoster
import TucaiTestKit

/// A school none of the eleven notices describes, added the way a module adds one, with no kernel edit: a
/// word of its own (a signed station register), the 拍照单 printed only for students who paid, the ID card
/// and the 拍照单 together at the camera, and a rule type of its own. Its event files are replayed through
/// the same engine, and each row gets what the school's rules say.
@Suite struct NewSchoolRuleTests {
    static let day = CivilDate(2026, 11, 20)

    /// A rule no earlier school had: the station closes at 17:00 sharp (a module's own type, with examples).
    struct StationClosesAtFiveRule: WorkflowRule {
        var quote: String? { "17:00后不再拍摄" }
        func violation(of step: WorkflowStep, by record: StudentRecord, at moment: Moment, in context: WorkflowContext) -> RuleViolation? {
            guard case .capture = step, record.state.makeUp == nil, moment.time >= TimeOfDay(17, 0) else { return nil }
            return RuleViolation("the station photographs no one after 17:00", "\(moment)")
        }
        static var description: WorkflowRuleDescription {
            let capture = WorkflowStep.capture(path: "p.jpg", sha256: String(repeating: "f", count: 64))
            let checkedIn = StudentState(notified: true, credential: .residentIDCard)
            return WorkflowRuleDescription(
                identifier: "station-closes-at-five", summary: "no collective photo after 17:00",
                examples: [
                    .refuses(StationClosesAtFiveRule(), capture, checkedIn, at: Moment(CivilDate(2026, 6, 1), TimeOfDay(17, 5))),
                    .allows(StationClosesAtFiveRule(), capture, checkedIn, at: Moment(CivilDate(2026, 6, 1), TimeOfDay(16, 55))),
                ])
        }
    }

    static let slipRoute = PaymentRoute("缴费领拍照单", payer: .student, timing: .byDeadline, price: .yuan(25), channel: .wechatPay,
                                        mode: .collective, deadline: day.adding(days: -2), unlocks: [.photoSlip],
                                        quote: "缴费成功后方可打印拍照单")

    static let school = FakeInstitution {
        $0.chineseName = "示例学院"
        $0.fee = .flat(.yuan(25))
        $0.paymentRoutes = [slipRoute]
        $0.acceptedCredentials = [.together([.residentIDCard, .photoSlip])]
        $0.captureDays = [CaptureDay(day, windows: [TimeWindow(TimeOfDay(8, 0), TimeOfDay(18, 0))], rooms: ["报告厅"])]
        $0.ownRules = [StationClosesAtFiveRule()]
    }

    @Test func theModulesOwnRuleIsSoundAndInForce() {
        #expect(WorkflowRuleDescription.problems(of: StationClosesAtFiveRule.self).isEmpty)
        let identifiers = Self.school.workflowRules.map(\.identifier)
        #expect(identifiers.contains("station-closes-at-five"))
        #expect(identifiers.contains("document-after-payment"))
        #expect(identifiers.contains("accepted-credentials"))
        #expect(!identifiers.contains("payment-before-capture"), "a deadline alone does not make the camera wait")
    }

    @Test func theSlipComesOnlyAfterPaymentAndTheStationWantsBothCredentials() throws {
        let directory = TemporaryDirectory()
        let workflow = Workflow(institution: Self.school)
        #expect(workflow.cannotRun == nil)
        let engine = try CampaignEngine(workflow: workflow, cohort: Self.school.cohorts[0], store: InMemoryCampaignStore())
        let students = (1...5).map { Student(studentNumber: "S\($0)", name: "学生\($0)", className: "一班") }
        _ = try engine.importEntries(students.enumerated().map { RosterEntry(line: $0.offset + 2, student: $0.element) },
                                     file: "roster.csv", at: Moment(Self.day.adding(days: -10), TimeOfDay(9)))
        for position in engine.records.indices { try engine.perform([.notify], at: position, moment: Moment(Self.day.adding(days: -9), TimeOfDay(9))) }
        let before = Self.day.adding(days: -3)
        func write(_ text: String, _ name: String) throws -> URL {
            let url = directory.url.appending(path: name)
            try Data(text.utf8).write(to: url)
            return url
        }
        let payments = try write("""
            payment_id,student_number,amount_fen,paid_at,channel
            WX-1,S1,2500,\(before) 10:00,WeChat Pay
            WX-3,S3,2500,\(before) 10:05,WeChat Pay
            WX-4,S4,2500,\(before) 10:06,WeChat Pay
            WX-5,S5,2500,\(before) 10:07,WeChat Pay

            """, "payments.csv")
        let checkIns = try write("""
            student_number,credential,checked_in_at
            S1,residentIDCard+photoSlip,\(Self.day) 09:00
            S2,residentIDCard+photoSlip,\(Self.day) 09:01
            S3,residentIDCard,\(Self.day) 09:02
            S4,photoSlip+residentIDCard,\(Self.day) 16:50
            S5,residentIDCard+photoSlip,\(Self.day) 16:58

            """, "checkins.csv")
        let digest = String(repeating: "0a", count: 32)
        let captures = try write("""
            student_number,photo_path,sha256,captured_at
            S1,p1.jpg,\(digest),\(Self.day) 09:03
            S4,p4.jpg,\(String(repeating: "0b", count: 32)),\(Self.day) 16:55
            S5,p5.jpg,\(String(repeating: "0c", count: 32)),\(Self.day) 17:02

            """, "captures.csv")
        let replay = EventReplay(engine: engine, files: try EventReplay.read([payments, checkIns, captures]), batchSize: 10,
                                 progress: SilentProgress())
        try replay.run()
        let byNumber = Dictionary(uniqueKeysWithValues: engine.records.map { ($0.number, $0) })
        #expect(byNumber["S1"]?.state.capture != nil, "paid, showed both: photographed")
        #expect(byNumber["S2"]?.state.credential == nil, "a 拍照单 shown by a student who never paid is refused")
        #expect(replay.problems.contains { $0.contains("checkins.csv:3:") && $0.contains("document-after-payment") })
        #expect(byNumber["S3"]?.state.credential == nil, "the ID card alone is not enough")
        #expect(replay.problems.contains { $0.contains("checkins.csv:4:") && $0.contains("accepted-credentials") })
        #expect(byNumber["S4"]?.state.capture != nil, "both credentials, in either order, before five")
        #expect(byNumber["S5"]?.state.capture == nil, "the module's own rule refuses a photo after 17:00")
        #expect(replay.problems.contains { $0.contains("captures.csv:4:") && $0.contains("station-closes-at-five") })
        #expect(engine.records.filter { $0.state.feeSettled }.count == 4)
    }
}

import Foundation
import Testing
@testable import TucaiCampaign
import TucaiKernel
import TucaiRegistry
import TucaiRoster
import TucaiTestKit

/// Event files replayed against the payment routes of two real notices: 山西林业职业技术学院, where a class
/// leader pays the photographers after the class's shoot for the number photographed (20 元 each) beside an
/// online route at 30 元 a student, and 安徽农业大学, where the school pays and no student pays anything.
@Suite struct PaymentRouteReplayTests {
    static func config(_ json: String, in directory: TemporaryDirectory) throws -> CampaignConfig {
        try Fixtures.config(json, named: "campaign.json", in: directory)
    }

    static func digest(_ n: Int) -> String { String(repeating: String(format: "%02x", n), count: 32) }

    // MARK: 山西林业职业技术学院

    static let sxlyDay = CivilDate(2022, 6, 18)
    /// The notice's 时间安排表 is missing; two rows stand in for it.
    static let sxlyTable = SessionTable(sessions: [
        Session("林学系", room: "形体室", date: sxlyDay, TimeOfDay(8, 0), TimeOfDay(9, 0)),
        Session("园林系", room: "形体室", date: sxlyDay, TimeOfDay(9, 0), TimeOfDay(10, 0)),
    ])

    static let sxlyRoster = """
        学号,姓名,院系,班级,学历层次,入学年份,学制,预计毕业时间
        A1,张一,林学系,林业技术2001班,高职,2020,3,2023-06
        A2,张二,林学系,林业技术2001班,高职,2020,3,2023-06
        A3,张三,林学系,林业技术2001班,高职,2020,3,2023-06
        B1,李一,园林系,园林技术2001班,高职,2020,3,2023-06
        B2,李二,园林系,园林技术2001班,高职,2020,3,2023-06
        B3,李三,园林系,园林技术2001班,高职,2020,3,2023-06
        C1,王一,园林系,园林技术2002班,高职,2020,3,2023-06

        """

    /// Class 林业技术2001班: A1 and A2 photographed, A3 absent. Class 园林技术2001班: all three photographed.
    /// C1 (not back on campus) pays online.
    static func sxlyCampaign(payments: String, in directory: TemporaryDirectory) throws -> CampaignConfig {
        let day = sxlyDay
        try Fixtures.write(sxlyRoster, "roster.csv", in: directory)
        try Fixtures.write("""
            student_number,credential,checked_in_at
            A1,residentIDCard,\(day) 08:05
            A2,residentIDCard,\(day) 08:06
            B1,residentIDCard,\(day) 09:05
            B2,residentIDCard,\(day) 09:06
            B3,residentIDCard,\(day) 09:07

            """, "checkins.csv", in: directory)
        try Fixtures.write("""
            student_number,photo_path,sha256,captured_at
            A1,a1.jpg,\(digest(1)),\(day) 08:10
            A2,a2.jpg,\(digest(2)),\(day) 08:11
            B1,b1.jpg,\(digest(3)),\(day) 09:10
            B2,b2.jpg,\(digest(4)),\(day) 09:11
            B3,b3.jpg,\(digest(5)),\(day) 09:12

            """, "captures.csv", in: directory)
        try Fixtures.write(payments, "payments.csv", in: directory)
        return try config("""
            {"institution": "sxly", "cohort": {"level": "undergraduate", "graduationYear": 2023}, "roster": "roster.csv",
             "events": ["checkins.csv", "captures.csv", "payments.csv"]}
            """, in: directory)
    }

    @Test func aClassPaysAfterItsShootForTheStudentsPhotographedAndNothingElseFits() throws {
        let directory = TemporaryDirectory()
        let day = Self.sxlyDay
        let config = try Self.sxlyCampaign(payments: """
            payment_id,class,student_number,amount_fen,paid_at,channel
            CLASS-A-EARLY,林业技术2001班,,6000,\(day) 07:50,微信扫码
            CLASS-A-WRONG,林业技术2001班,,6000,\(day) 08:30,微信扫码
            CLASS-A,林业技术2001班,,4000,\(day) 08:31,微信扫码
            CLASS-B,园林技术2001班,,6000,\(day) 09:30,wechatScan
            ON-SITE-B3,,B3,2000,\(day) 09:31,微信扫码
            ONLINE-C1,,C1,3000,\(day) 20:00,采集平台内支付

            """, in: directory)
        let store = InMemoryCampaignStore()
        let notes = Notes()
        _ = try CampaignRun(config: config, store: store, progress: notes, sessionTable: Self.sxlyTable).run()
        let states = Dictionary(uniqueKeysWithValues: try store.students().map { ($0.number, $0.state) })

        // Before the shoot the class has nobody photographed to pay for.
        #expect(notes.lines.contains { $0.contains("payments.csv:2:") && $0.contains("payment-after-capture") }, "\(notes.lines)")
        // Three students' worth for two photographed: the amount fits no route.
        #expect(notes.lines.contains { $0.contains("payments.csv:3:") && $0.contains("fits none") }, "\(notes.lines)")
        // 20 元 from a student alone is neither the class's route nor the online one.
        #expect(notes.lines.contains { $0.contains("payments.csv:6:") && $0.contains("fits none") }, "\(notes.lines)")
        #expect(!notes.lines.contains { $0.contains("payments.csv:4:") || $0.contains("payments.csv:5:") || $0.contains("payments.csv:7:") },
                "\(notes.lines)")

        let stored = try store.payments()
        let payments = Dictionary(uniqueKeysWithValues: stored.filter { $0.owedBack == nil }.map { ($0.id, $0) })
        #expect(Set(payments.keys) == ["CLASS-A", "CLASS-B", "ONLINE-C1"])
        // What fits no route is kept as received and owed back, each with its reason.
        #expect(Set(stored.filter { $0.owedBack != nil }.map(\.id)) == ["CLASS-A-EARLY", "CLASS-A-WRONG", "ON-SITE-B3"])
        #expect(payments["CLASS-A"]?.students.sorted() == ["A1", "A2"], "the class pays for exactly the students photographed")
        #expect(payments["CLASS-A"]?.amount == .yuan(40))
        #expect(payments["CLASS-B"]?.students.sorted() == ["B1", "B2", "B3"])
        #expect(payments["ONLINE-C1"]?.students == ["C1"])

        for number in ["A1", "A2", "B1", "B2", "B3"] {
            #expect(states[number]?.capture != nil, "\(number) photographed")
            #expect(states[number]?.paid == .yuan(20) && states[number]?.feeSettled == true, "\(number) settled at 20 元")
        }
        #expect(states["A3"]?.capture == nil && states["A3"]?.paid == .zero && states["A3"]?.feeSettled == false,
                "the absent student is not paid for")
        #expect(states["C1"]?.paid == .yuan(30) && states["C1"]?.feeSettled == true, "30 元 online settles the online route")
        let c1 = try store.history(of: "C1")
        #expect(c1.contains { $0.change == .paid(paymentID: "ONLINE-C1", amount: .yuan(30), late: false) })
    }

    @Test func theRoutesAreMatchedByPayerAmountAndChannel() throws {
        let workflow = Workflow(institution: try institutionRegistry.institution(named: "sxly"), sessionTable: Self.sxlyTable)
        let at = Moment(Self.sxlyDay, TimeOfDay(10))
        func route(_ amount: Int, _ students: [String], className: String? = nil, channel: String? = nil) -> String? {
            let payment = Payment(id: "P", amount: .yuan(amount), at: at, students: students, className: className, channel: channel)
            return workflow.route(for: payment, covering: students.count)?.name
        }
        #expect(route(40, ["A1", "A2"], className: "林业技术2001班", channel: "微信扫码") == "现场采集")
        #expect(route(60, ["A1", "A2"], className: "林业技术2001班") == nil, "20 元 times the students covered, no more")
        #expect(route(40, ["A1", "A2"], className: "林业技术2001班", channel: "支付宝") == nil, "the route's channel is WeChat")
        #expect(route(30, ["C1"]) == "线上采集")
        #expect(route(20, ["C1"]) == nil, "no student pays 20 元 alone")
        #expect(route(30, ["C1"], className: "园林技术2002班") == nil, "30 元 is a student's own, online")
    }

    @Test func aClassPaymentBeforeTheShootIsRefusedByThePaymentAfterCaptureRule() throws {
        let directory = TemporaryDirectory()
        try Fixtures.write(Self.sxlyRoster, "roster.csv", in: directory)
        let config = try Self.config("""
            {"institution": "sxly", "cohort": {"level": "undergraduate", "graduationYear": 2023}, "roster": "roster.csv"}
            """, in: directory)
        let workflow = Workflow(config: config, sessionTable: Self.sxlyTable)
        let engine = try CampaignEngine(workflow: workflow, cohort: config.cohort, store: InMemoryCampaignStore())
        let students = ["A1", "A2", "A3"].enumerated().map { index, number in
            RosterEntry(line: index + 2, student: Student(studentNumber: number, name: "学生", college: "林学系", className: "林业技术2001班",
                                                         level: .vocational, expectedGraduation: YearMonth(2023, 6)))
        }
        _ = try engine.importEntries(students, file: "roster.csv", at: Moment(Self.sxlyDay.adding(days: -3), TimeOfDay(9)))
        for position in engine.records.indices {
            try engine.perform([.notify, .assignFromTable], at: position, moment: Moment(Self.sxlyDay.adding(days: -3), TimeOfDay(10)))
        }
        let early = Payment(id: "EARLY", amount: .yuan(60), at: Moment(Self.sxlyDay, TimeOfDay(7, 50)), students: ["A1", "A2", "A3"],
                            className: "林业技术2001班", channel: "微信扫码")
        guard case let .refused(refusal) = try engine.recordPayment(early) else {
            Issue.record("a class payment before the shoot was recorded")
            return
        }
        #expect(refusal.rule == "payment-after-capture")
        #expect(engine.records.allSatisfy { $0.state.paid == .zero })

        try engine.perform([.checkIn(.residentIDCard), .capture(path: "a1.jpg", sha256: Self.digest(1))], student: "A1",
                           moment: Moment(Self.sxlyDay, TimeOfDay(8, 5)))
        let after = Payment(id: "AFTER", amount: .yuan(20), at: Moment(Self.sxlyDay, TimeOfDay(8, 30)), students: ["A1"],
                            className: "林业技术2001班", channel: "微信扫码")
        #expect(try engine.recordPayment(after) == .recorded(after))
        #expect(engine.records.map(\.state.feeSettled) == [true, false, false])
    }

    // MARK: 安徽农业大学

    static let ahauDay = CivilDate(2020, 10, 24)
    /// The notice's 附表 is missing; one row stands in for it, on the day and in the room as printed.
    static let ahauTable = SessionTable(sessions: [
        Session("农学院", room: "博学楼129教室", date: ahauDay, TimeOfDay(8, 0), TimeOfDay(9, 0)),
    ])

    @Test func theSchoolPaysSoStudentsArePhotographedWithoutPayingAndAStudentsPaymentFitsNoRoute() throws {
        let directory = TemporaryDirectory()
        let day = Self.ahauDay
        try Fixtures.write("""
            学号,姓名,学院,学历层次,预计毕业时间
            D1,赵博,农学院,博士,2022-06
            M1,钱硕,农学院,硕士,2022-06
            M2,孙硕,农学院,硕士,2022-06

            """, "roster.csv", in: directory)
        try Fixtures.write("""
            student_number,credential,checked_in_at
            D1,residentIDCard,\(day) 08:05
            M1,residentIDCard,\(day) 08:06
            M2,residentIDCard,\(day) 08:07

            """, "checkins.csv", in: directory)
        try Fixtures.write("""
            student_number,photo_path,sha256,captured_at
            D1,d1.jpg,\(Self.digest(6)),\(day) 08:10
            M1,m1.jpg,\(Self.digest(7)),\(day) 08:11
            M2,m2.jpg,\(Self.digest(8)),\(day) 08:12

            """, "captures.csv", in: directory)
        try Fixtures.write("""
            payment_id,student_number,amount_fen,paid_at,channel
            WX-M1,M1,3000,\(day) 08:20,WeChat Pay

            """, "payments.csv", in: directory)
        let config = try Self.config("""
            {"institution": "ahau", "cohort": {"level": "graduate", "graduationYear": 2022}, "roster": "roster.csv",
             "events": ["checkins.csv", "captures.csv", "payments.csv"]}
            """, in: directory)
        #expect(Workflow(config: config).cannotRun?.contains("附表") == true, "without a table the campaign cannot run")

        let store = InMemoryCampaignStore()
        let notes = Notes()
        let summary = try CampaignRun(config: config, store: store, progress: notes, sessionTable: Self.ahauTable).run()
        #expect(summary.imported == 3)
        let records = try store.students()
        #expect(records.allSatisfy { $0.state.capture != nil && $0.stage == .closed }, "photographed and closed with no payment at all")
        #expect(records.allSatisfy { $0.state.paid == .zero })
        let kept = try store.payments()
        #expect(kept.count == 1 && kept[0].owedBack?.contains("none that charges students") == true, "the student's money is owed back")
        #expect(notes.lines.contains { $0.contains("payments.csv:2:") && $0.contains("fits none") && $0.contains("none that charges students") },
                "\(notes.lines)")
        #expect(notes.lines.count == 1, "\(notes.lines)")
    }
}

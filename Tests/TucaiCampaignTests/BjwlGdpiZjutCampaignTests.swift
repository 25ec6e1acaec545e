import Foundation
import Testing
import TucaiCampaign
import TucaiKernel
import TucaiRegistry
import TucaiRoster
import TucaiTestKit

/// The campaigns of 宝鸡文理学院 (online, nothing to pay that the notice prices), 广东理工职业学院 (online, pay in
/// the mini-program before the photo) and 浙江工业大学 (one walk-in session; an unpaid photo is not registered).
@Suite struct BjwlGdpiZjutCampaignTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appending(path: "Examples")

    /// Every refusal a run counted comes from one of the school's own rules.
    static func refusalsComeFromTheSchoolsRules(_ summary: CampaignSummary, _ institution: any Institution) {
        let rules = Set(institution.workflowRules.map(\.identifier))
        for refusal in summary.refusals.examples.values {
            #expect(refusal.rule.map(rules.contains) == true, "\(refusal) is not one of \(institution.identifier)'s rules \(rules.sorted())")
        }
    }

    // MARK: 广东理工职业学院

    /// A replay in the mini-program's window: the photo taken before the payment is refused by
    /// payment-before-capture, the one after it is taken; a student identified by the 采集码 alone is refused.
    @Test func gdpiPhotographsOnlyAfterThePaymentInTheMiniProgram() throws {
        let directory = TemporaryDirectory()
        try Fixtures.write("""
            学号,姓名,身份证号,学院,学历层次,入学年份,学制
            2020100001,陈嘉欣,442000200203141517,信息技术学院,高职,2020,3
            2020100002,黄子豪,440111200111052827,信息技术学院,高职,2020,3

            """, "roster.csv", in: directory)
        try Fixtures.write("""
            student_number,credential,checked_in_at
            2020100001,idNumberLastFour+schoolFeatureCodeEK43+collectionCode,2022-12-21 20:00
            2020100002,collectionCode,2022-12-21 20:10

            """, "checkins.csv", in: directory)
        try Fixtures.write("""
            payment_id,student_number,amount_fen,paid_at
            GD-1,2020100001,1500,2022-12-21 20:06

            """, "payments.csv", in: directory)
        let digest = String(repeating: "a7", count: 32)
        try Fixtures.write("""
            student_number,photo_path,sha256,captured_at
            2020100001,p1.jpg,\(digest),2022-12-21 20:05
            2020100001,p1.jpg,\(digest),2022-12-21 20:07

            """, "captures.csv", in: directory)
        let json = """
            {"institution": "gdpi", "cohort": {"level": "undergraduate", "graduationYear": 2023}, "roster": "roster.csv",
             "events": ["checkins.csv", "payments.csv", "captures.csv"]}
            """
        let config = try Fixtures.config(json, named: "gdpi.json", in: directory)
        let store = InMemoryCampaignStore()
        let notes = Notes()
        let summary = try CampaignRun(config: config, store: store, progress: notes).run()

        #expect(summary.imported == 2 && summary.inScope == 2)
        let paid = try #require(try store.student(number: "2020100001"))
        #expect(paid.state.capture?.at == Moment(CivilDate(2022, 12, 21), TimeOfDay(20, 7)), "the photo after the payment is the one taken")
        #expect(paid.state.feeSettled && paid.state.paid == .yuan(15))
        #expect(paid.stage == .closed)
        #expect(notes.lines.contains { $0.contains("captures.csv:2:") && $0.contains("by rule payment-before-capture") }, "\(notes.lines)")
        #expect(notes.lines.contains { $0.contains("checkins.csv:3:") && $0.contains("by rule accepted-credentials") }, "\(notes.lines)")
        #expect(try store.student(number: "2020100002")?.state.credential == nil)
        #expect(summary.refusals.total == 2)
        Self.refusalsComeFromTheSchoolsRules(summary, config.institution)
    }

    @Test func gdpiAsTheExampleConfigRunsIt() throws {
        let config = try CampaignConfig.load(Self.examples.appending(path: "gdpi-2023.json"), registry: institutionRegistry)
        let summary = try CampaignRun(config: config, store: InMemoryCampaignStore()).run()
        #expect(summary.stages[.closed, default: 0] > 250)
        #expect(summary.payments == summary.stages[.closed, default: 0], "every photographed student paid first")
        #expect(summary.capturedNotPaid == 0)
        Self.refusalsComeFromTheSchoolsRules(summary, config.institution)
    }

    // MARK: 宝鸡文理学院

    @Test func bjwlPhotographsOnlineWithoutAPrice() throws {
        let config = try CampaignConfig.load(Self.examples.appending(path: "bjwl-2022.json"), registry: institutionRegistry)
        let summary = try CampaignRun(config: config, store: InMemoryCampaignStore()).run()
        #expect(summary.stages[.closed, default: 0] > 250)
        #expect(summary.payments == 0, "费用自理 names no amount: nothing is charged")
        #expect(summary.refusals.total == 0)
    }

    // MARK: 浙江工业大学

    /// The example roster's 类别 column puts the international undergraduates of 2025 in scope, and the
    /// walk-in session photographs them and no one else.
    @Test func zjutPhotographsTheInternationalUndergraduatesOf2025() throws {
        let config = try CampaignConfig.load(Self.examples.appending(path: "zjut-2025.json"), registry: institutionRegistry)
        let workflow = Workflow(config: config)
        let engine = try CampaignEngine(workflow: workflow, cohort: config.cohort, store: InMemoryCampaignStore())
        let rosterURL = try #require(config.roster)
        let roster = try RosterFile.read(contentsOf: rosterURL, defaults: RosterDefaults(graduationYear: 2025, referenceDate: try engine.captureStarts,
                                                                                         categories: StudentCategory.standard))
        #expect(roster.ignoredColumns.isEmpty, "the 类别 column is read")
        let international = roster.entries.filter { $0.student.categories == [.international] }.count
        #expect(international == 39 && roster.entries.count == 40, "one student is not international; one international student graduates another year")
        let entries = roster.entries
        _ = try engine.importEntries(entries, file: rosterURL.lastPathComponent, at: CampaignTimeline(workflow: workflow).rosterImport)
        try CampaignSimulation(engine: engine, seed: config.seed).run()
        let summary = try CampaignSummary(title: "浙江工业大学 2025届本科毕业留学生, 类别 applied", engine: engine)
        print(summary.lines.joined(separator: "\n"))

        #expect(summary.inScope == 38 && summary.eligibility["outOfScope"] == 2)
        #expect(summary.stages[.closed, default: 0] > 30)
        #expect(engine.records.allSatisfy { $0.state.capture == nil || $0.state.capture?.at.date == CivilDate(2024, 11, 3) })
        Self.refusalsComeFromTheSchoolsRules(summary, config.institution)
    }

    /// 若不缴纳拍摄成本费…将无法进行网上电子注册学历信息: photographed, unpaid, not exported; paid, exported.
    @Test func zjutExportsNoUnpaidPhoto() throws {
        let workflow = Workflow(institution: try institutionRegistry.institution(named: "zjut"))
        let day = CivilDate(2024, 11, 3)
        var record = StudentRecord(ordinal: 1, student: Student(studentNumber: "20211010001", name: "Muhammad Usman", level: .bachelor,
                                                                enrolmentYear: 2021, programLength: 4, categories: [.international]),
                                   eligibility: .inScope(because: "test"))
        let shown = Credential.together([.collectionCode, .signedNameList])
        for step: WorkflowStep in [.notify, .preRegister, .checkIn(shown), .capture(path: "p.jpg", sha256: String(repeating: "c", count: 64))] {
            _ = try workflow.apply(step, to: &record, at: Moment(day, TimeOfDay(13, 0)))
        }
        let later = Moment(CivilDate(2024, 11, 5), TimeOfDay(10, 0))
        #expect(throws: WorkflowRefusal.self) { try workflow.apply(.export(batch: "b1"), to: &record, at: later) }
        do {
            _ = try workflow.apply(.export(batch: "b1"), to: &record, at: later)
        } catch {
            #expect(error.rule == "no-registration-without-fee")
        }
        _ = try workflow.apply(.pay(paymentID: "Z-1", amount: .yuan(20)), to: &record, at: Moment(day, TimeOfDay(13, 5)))
        _ = try workflow.apply(.export(batch: "b1"), to: &record, at: later)
        #expect(record.state.exportBatch == "b1")
    }

    @Test func zjutRefusesAStudentWhoShowsOnlyTheCode() throws {
        let workflow = Workflow(institution: try institutionRegistry.institution(named: "zjut"))
        var record = StudentRecord(ordinal: 1, student: Student(studentNumber: "1", name: "x"), eligibility: .inScope(because: "test"))
        let at = Moment(CivilDate(2024, 11, 3), TimeOfDay(12, 40))
        _ = try workflow.apply(.notify, to: &record, at: at)
        _ = try workflow.apply(.preRegister, to: &record, at: at)
        do {
            _ = try workflow.apply(.checkIn(.collectionCode), to: &record, at: at)
            Issue.record("a check-in without the signed list was accepted")
        } catch {
            #expect(error.rule == "accepted-credentials")
        }
    }

    // MARK: rules

    @Test(arguments: ["bjwl", "gdpi", "zjut"])
    func everyRuleInForceDecidesItsExamples(school: String) throws {
        for rule in try institutionRegistry.institution(named: school).workflowRules {
            #expect(WorkflowRuleDescription.problems(of: rule).isEmpty, "\(school): \(WorkflowRuleDescription.problems(of: rule))")
        }
    }
}

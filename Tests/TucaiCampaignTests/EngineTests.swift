import Testing
import TucaiCampaign
import TucaiKernel
import TucaiRoster
import TucaiTestKit

/// The engine over a store: eligibility stored with its reason, payments checked and recorded once,
/// sequence numbers issued where the policy issues them and never twice.
@Suite struct EngineTests {
    static func engine(_ id: String, _ students: [Student]) throws -> CampaignEngine {
        let workflow = Fixtures.workflow(id)
        let engine = try CampaignEngine(workflow: workflow, cohort: workflow.institution.cohorts.last!, store: InMemoryCampaignStore())
        let entries = students.enumerated().map { RosterEntry(line: $0.offset + 2, student: $0.element) }
        _ = try engine.importEntries(entries, file: "roster.csv", at: Fixtures.at(workflow.captureDates[0].adding(days: -10)))
        return engine
    }

    @Test func ynuExcludesInServiceStudentsByNumberAndSaysWhy() throws {
        let workflow = Fixtures.workflow("ynu")
        var master = Fixtures.student("2018200001", for: workflow, level: .master)
        master.enrolmentYear = 2018; master.programLength = 3
        var inService = master
        inService.studentNumber = "8018200001"
        var tooLate = master
        tooLate.studentNumber = "2020200001"; tooLate.enrolmentYear = 2020
        let engine = try Self.engine("ynu", [master, inService, tooLate])
        let stored = try engine.store.students()
        #expect(stored.map(\.eligibility.kind) == ["inScope", "excluded", "outOfScope"])
        #expect(stored[0].eligibility.reason.contains("2018级"))
        #expect(stored[1].eligibility.reason.contains("学号 8 开头"))
        #expect(try engine.store.history(of: "8018200001").first?.change == .imported(stored[1].eligibility))
    }

    @Test func ucasExemptsStudentsPhotographedWithinTwoYearsWhoGraduateLate() throws {
        let workflow = Fixtures.workflow("ucas")
        let starts = workflow.captureDates[0]
        var late = Fixtures.student("2021200001", for: workflow, level: .doctoral)
        late.expectedGraduation = YearMonth(2025, 6); late.graduatesOnTime = false
        late.previousCapture = starts.adding(days: -400)
        var onTime = late
        onTime.studentNumber = "2021200002"; onTime.graduatesOnTime = true
        var longAgo = late
        longAgo.studentNumber = "2021200003"; longAgo.previousCapture = starts.adding(days: -365 * 3)
        let engine = try Self.engine("ucas", [late, onTime, longAgo])
        #expect(try engine.store.students().map(\.eligibility.kind) == ["exempt", "inScope", "inScope"])
    }

    @Test func importingTheSameRowsAgainChangesNothing() throws {
        let workflow = Fixtures.workflow("ynau")
        let students = (1...5).map { Fixtures.student("201910000\($0)", for: workflow) }
        let engine = try Self.engine("ynau", students)
        let events = try engine.store.eventCount()
        let again = try engine.importEntries(students.map { RosterEntry(line: 2, student: $0) }, file: "again.csv",
                                             at: Fixtures.at(workflow.captureDates[0]))
        #expect(again.imported == 0 && again.unchanged == 5 && again.conflicts.isEmpty)
        var changed = students[0]
        changed.name = "别人"
        let conflict = try engine.importEntries([RosterEntry(line: 9, student: changed)], file: "changed.csv", at: Fixtures.at(workflow.captureDates[0]))
        #expect(conflict.conflicts.map(\.line) == [9])
        #expect(try engine.store.eventCount() == events)
        #expect(try engine.store.student(number: students[0].studentNumber)?.student.name == students[0].name)
    }

    @Test func thePaymentIDGivesOneReceipt() throws {
        let workflow = Fixtures.workflow("lsu")
        let engine = try Self.engine("lsu", [Fixtures.student("2017100001", for: workflow)])
        let at = Fixtures.at(workflow.captureDates[0].adding(days: -4))
        try engine.perform([.notify], student: "2017100001", moment: at)
        let payment = Payment(id: "ALI-77", amount: workflow.fee!, at: at, students: ["2017100001"])
        #expect(try engine.recordPayment(payment) == .recorded(payment))
        #expect(try engine.recordPayment(payment) == .duplicate(payment))
        var other = payment
        other.amount = workflow.fee! * 2
        guard case .refused = try engine.recordPayment(other) else { Issue.record("a different payment under a used id was accepted"); return }
        // The second record under the id is money all the same: kept beside the first, owed back.
        let stored = try engine.store.payments()
        #expect(stored.map(\.id) == ["ALI-77", "ALI-77#2"])
        #expect(stored[0] == payment && stored[1].amount == other.amount && stored[1].owedBack?.contains("recorded once") == true)
        #expect(try engine.recordPayment(other) != .recorded(other))
        #expect(try engine.store.payments().count == 2, "the same second record again is not kept twice")
        #expect(try engine.store.student(number: "2017100001")?.state.paid == workflow.fee)
        #expect(try engine.store.history(of: "2017100001").filter { $0.change.kind == "paid" }.count == 1)
    }

    @Test func theAmountIsCheckedInFen() throws {
        let workflow = Fixtures.workflow("lsu")
        let engine = try Self.engine("lsu", [Fixtures.student("2017100002", for: workflow)])
        let at = Fixtures.at(workflow.captureDates[0].adding(days: -4))
        let short = Payment(id: "ALI-78", amount: workflow.fee! - Money(fen: 1), at: at, students: ["2017100002"])
        guard case let .refused(refusal) = try engine.recordPayment(short) else { Issue.record("one fen short was accepted"); return }
        #expect(refusal.detail?.contains("\(short.amount)") == true)
        // The money is kept as received and owed back, never dropped; the student has paid nothing.
        let kept = try engine.store.payments()
        #expect(kept.map(\.id) == ["ALI-78"] && kept[0].amount == short.amount)
        #expect(kept[0].owedBack?.contains("payment routes") == true)
        #expect(try engine.store.student(number: "2017100002")?.state.paid == .zero)
    }

    @Test func nchuTakesTheFeePerClass() throws {
        let workflow = Fixtures.workflow("nchu")
        let students = (1...3).map { Fixtures.student("19011100\($0)", for: workflow) }
        let engine = try Self.engine("nchu", students)
        let at = Fixtures.at(workflow.paymentDeadline!)
        let alone = Payment(id: "ONE", amount: workflow.fee!, at: at, students: [students[0].studentNumber])
        guard case let .refused(refusal) = try engine.recordPayment(alone) else { Issue.record("a single student's payment was accepted"); return }
        #expect(refusal.reason.contains("payment routes"))
        #expect(refusal.detail?.contains("from a student alone") == true && refusal.detail?.contains("the class, through a collector") == true)
        let className = try #require(students[0].className)
        let numbers = students.map(\.studentNumber)
        let wrong = Payment(id: "CLASS-W", amount: workflow.fee! * 2, at: at, students: numbers, className: className)
        guard case .refused = try engine.recordPayment(wrong) else { Issue.record("two fees for three students were accepted"); return }
        let right = Payment(id: "CLASS-1", amount: workflow.fee! * 3, at: at, students: numbers, className: className)
        #expect(try engine.recordPayment(right) == .recorded(right))
        #expect(try engine.store.students().allSatisfy { $0.state.feeSettled })
    }

    @Test func aPaymentIsAllOrNothing() throws {
        let workflow = Fixtures.workflow("nchu")
        let students = (1...2).map { Fixtures.student("19011100\($0)", for: workflow) }
        let engine = try Self.engine("nchu", students)
        let at = Fixtures.at(workflow.paymentDeadline!)
        let className = students[0].className!
        let withStranger = Payment(id: "CLASS-X", amount: workflow.fee! * 3, at: at,
                                   students: students.map(\.studentNumber) + ["9999"], className: className)
        guard case .refused = try engine.recordPayment(withStranger) else { Issue.record("a payment for an unknown student was accepted"); return }
        #expect(try engine.store.students().allSatisfy { $0.state.paid == .zero })
        let kept = try engine.store.payments()
        #expect(kept.map(\.id) == ["CLASS-X"] && kept[0].owedBack?.contains("no such student") == true, "kept whole, owed back")
    }

    @Test func numbersAreIssuedWhereThePolicySaysAndNeverTwice() throws {
        let workflow = Fixtures.workflow("nchu")
        let students = (1...3).map { Fixtures.student("19011100\($0)", for: workflow) }
        let engine = try Self.engine("nchu", students)
        let day = workflow.sessions[0].date
        for (i, s) in students.enumerated() {
            let visit = try engine.perform([.notify, .assignFromTable, .pay(paymentID: "P\(i)", amount: workflow.fee!), .checkIn(.residentIDCard)],
                                           student: s.studentNumber, moment: Fixtures.at(day))
            #expect(visit.refusal == nil)
        }
        let numbers = try engine.store.students().compactMap(\.state.sequenceNumber)
        #expect(numbers.map(\.value) == [1, 2, 3])
        #expect(Set(numbers.map(\.series)).count == 1)
        let taken = try #require(numbers.first)
        let fourth = Fixtures.student("190111004", for: workflow)
        _ = try engine.importEntries([RosterEntry(line: 5, student: fourth)], file: "r.csv", at: Fixtures.at(day))
        let visit = try engine.perform([.notify, .assignFromTable, .pay(paymentID: "P4", amount: workflow.fee!), .checkIn(.residentIDCard),
                                        .issueNumber(taken)], student: fourth.studentNumber, moment: Fixtures.at(day))
        #expect(visit.refusal?.reason == "a sequence number belongs to one student only")
        #expect(try engine.store.student(number: fourth.studentNumber)?.state.sequenceNumber == nil)
    }

    @Test func lishuiHandsOutPrePrintedNumbersWithTheSlip() throws {
        let workflow = Fixtures.workflow("lsu")
        guard case .prePrinted? = workflow.institution.sequenceNumbering else { Issue.record("Lishui's numbers are not pre-printed"); return }
        let engine = try Self.engine("lsu", [Fixtures.student("2017100003", for: workflow)])
        let before = Fixtures.at(workflow.captureDates[0].adding(days: -3))
        let visit = try engine.perform([.notify, .assignFromTable, .preRegister], student: "2017100003", moment: before)
        #expect(visit.changes.last.map { if case .numbered = $0 { true } else { false } } == true)
        #expect(try engine.store.student(number: "2017100003")?.state.credential == nil)
    }

    @Test func aRefusedStepLeavesTheAcceptedOnesStored() throws {
        let workflow = Fixtures.workflow("ynu")
        let engine = try Self.engine("ynu", [Fixtures.student("2018200009", for: workflow)])
        let day = workflow.sessions[0].date
        let visit = try engine.perform([.notify, .assignFromTable, .checkIn(.residentIDCard), .capture(path: "p", sha256: Fixtures.digest), .close],
                                       student: "2018200009", moment: Fixtures.at(day))
        #expect(visit.refusals.count == 1)
        let stored = try #require(try engine.store.student(number: "2018200009"))
        #expect(stored.stage == .checkedIn)
        #expect(try engine.store.history(of: "2018200009").map(\.change.kind) == ["imported", "notified", "assigned", "checkedIn"])
        #expect(engine.refusals.counts[visit.refusal!.reason] == 1)
    }

    @Test func aRefusedNumberKeepsTheAcceptedPaymentWithItsRow() throws {
        let day = CivilDate(2026, 11, 3)
        let institution = FakeInstitution {
            $0.fee = .flat(.yuan(30))
            $0.paymentRoutes = [PaymentRoute("现场", payer: .student, timing: .onSite, price: .yuan(30), quote: "每人30元")]
            $0.sequenceNumbering = .onIDCardSwipe
            $0.groupingUnit = .className
            $0.sessionTable = SessionTable(sessions: [Session("经济2201", room: "A101", date: day, TimeOfDay(8), TimeOfDay(12))])
        }
        let workflow = Workflow(institution: institution)
        let engine = try CampaignEngine(workflow: workflow, cohort: institution.cohorts[0], store: InMemoryCampaignStore())
        let number = "2022000001"
        _ = try engine.importEntries([RosterEntry(line: 2, student: Student(studentNumber: number, name: "测试", className: "经济2201"))],
                                     file: "roster.csv", at: Moment(day.adding(days: -10), TimeOfDay(9)))
        let at = Moment(day, TimeOfDay(9))
        // The student card is accepted at check-in, but numbers are issued only when an ID card is swiped.
        let checkIn = try engine.perform([.notify, .assignFromTable, .checkIn(.studentCard)], student: number, moment: at)
        #expect(checkIn.changes.contains(.checkedIn(.studentCard)))
        #expect(checkIn.refusal?.reason.contains("ID card is swiped") == true)
        let payment = Payment(id: "WX-5", amount: .yuan(30), at: at, students: [number])
        let visit = try engine.perform([.settle(payment)], student: number, moment: at)
        #expect(visit.changes == [.paid(paymentID: "WX-5", amount: .yuan(30), late: false)])
        #expect(visit.refusal?.reason.contains("ID card is swiped") == true, "the number is still refused")
        #expect(try engine.store.student(number: number)?.state.paid == .yuan(30))
        #expect(try engine.store.payment(id: "WX-5") == payment, "a paid event without its payment row")
        #expect(engine.payment(id: "WX-5") == payment)
    }
}

import Foundation
import Testing
import TucaiCampaign
@testable import TucaiCommands
import TucaiKernel
import TucaiSQLite

/// The verification loop on the YNAU example: a results file rejecting 50 photos sends those 50 students back to
/// a make-up route with deadlines before the records lock on 1 July 2023, once, however often it is imported.
@Suite struct VerificationImportTests {
    @Test func fiftyRejectedPhotosGoToTheMakeUpQueueBeforeTheRecordsLock() throws {
        let directory = TemporaryDirectory()
        let config = directory.path("ynau-2023.json")
        try FileManager.default.copyItem(atPath: DashboardTests.examples.appending(path: "ynau-2023.json").path, toPath: config)
        #expect(CommandTests.run(["campaign", "run", config]).code == 0)
        let before = try OpenedCampaign(config, create: false).store.students()
        let photographed = before.filter { $0.state.capture != nil && $0.state.exportBatch != nil }
        try #require(photographed.count > 60)
        let rejected = Array(photographed.prefix(50)), accepted = Array(photographed[50..<55]), wrongData = photographed[55]
        var csv = "学号,结果,日期\n"
        for (i, record) in rejected.enumerated() { csv += "\(record.number),\(i % 2 == 0 ? "照片有误" : "与录取照片不符"),2023-01-05\n" }
        for record in accepted { csv += "\(record.number),照片无误,2023-01-05\n" }
        csv += "\(wrongData.number),信息有误,2023-01-05\n"
        csv += "209999999999,照片有误,2023-01-05\n"
        let results = directory.path("results.csv")
        try csv.write(toFile: results, atomically: true, encoding: .utf8)

        let first = CommandTests.run(["verification", "import", config, results])
        #expect(first.code == 1, "the unknown student's row fails the import: \(first.err)")
        #expect(first.out.contains("5 accepted, 50 photos rejected and sent to a make-up"), "\(first.out)")
        #expect(first.err.contains("results.csv:58: field '学号': no student 209999999999"), "\(first.err)")

        let opened = try OpenedCampaign(config, create: false)
        let lock = opened.workflow.institution.verification!.lastRetakeDay(graduationYear: 2023)
        #expect(lock == CivilDate(2023, 6, 30))
        for record in rejected {
            let now = try #require(try opened.store.student(number: record.number))
            #expect(now.stage == .makeUp && now.state.capture == nil, "\(record.number): \(now.stage)")
            let deadline = try #require(now.state.makeUp?.deadline)
            #expect(deadline <= lock)
            #expect(try opened.store.history(of: record.number).contains { if case .photoRejected = $0.change { true } else { false } })
        }
        for record in accepted + [wrongData] {
            #expect(try opened.store.student(number: record.number)?.state == record.state, "\(record.number) unchanged")
        }
        let reconciliation = try Reconciliation(records: try opened.store.students(), payments: try opened.store.payments(),
                                            inputRows: try opened.store.inputRows(), workflow: opened.workflow)
        let queue = try Set(reconciliation.items(in: .makeUp).map(\.student))
        #expect(rejected.allSatisfy { queue.contains($0.number) })
        #expect(try reconciliation.items(in: .refusedRows).contains { $0.number == 58 && $0.note.contains("no student") })

        // Again: nothing changes.
        let events = try opened.store.eventCount()
        let again = CommandTests.run(["verification", "import", config, results])
        #expect(again.out.contains("0 accepted, 0 photos rejected") && again.out.contains("57 rows imported before"), "\(again.out)")
        #expect(try OpenedCampaign(config, create: false).store.eventCount() == events)
    }

    /// 云南大学: "如照片有误请在一周内联系省中心". A photo rejected on a day is retaken within the week that follows,
    /// and never on or after the records lock (1 July 2021), whichever comes first.
    @Test func theObjectionWindowBoundsTheRetakeDeadline() throws {
        let directory = TemporaryDirectory()
        let config = directory.path("ynu-2021.json")
        try FileManager.default.copyItem(atPath: DashboardTests.examples.appending(path: "ynu-2021.json").path, toPath: config)
        #expect(CommandTests.run(["campaign", "run", config]).code == 0)
        let opened = try OpenedCampaign(config, create: false)
        let verification = try #require(opened.workflow.institution.verification)
        #expect(verification.objectionWindowDays == 7)
        let photographed = try opened.store.students().filter { $0.state.capture != nil && $0.state.exportBatch != nil }
        try #require(photographed.count >= 2)
        let early = photographed[0], late = photographed[1]
        let earlyDay = try #require(early.state.capture?.at.date).adding(days: 3)
        let csv = "学号,结果,日期\n\(early.number),照片有误,\(earlyDay)\n\(late.number),照片有误,2021-06-27\n"
        let results = directory.path("results.csv")
        try csv.write(toFile: results, atomically: true, encoding: .utf8)
        let run = CommandTests.run(["verification", "import", config, results])
        #expect(run.code == 0, "\(run.err)")
        let store = try OpenedCampaign(config, create: false).store
        #expect(try store.student(number: early.number)?.state.makeUp?.deadline == earlyDay.adding(days: 7), "a week after the rejection")
        #expect(try store.student(number: late.number)?.state.makeUp?.deadline == CivilDate(2021, 6, 30), "the records lock comes first")
    }
}

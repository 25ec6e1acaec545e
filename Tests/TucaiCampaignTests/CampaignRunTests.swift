import Foundation
import Testing
import TucaiCampaign
import TucaiKernel
import TucaiRegistry
import TucaiTestKit

/// The main job end to end on an in-memory store, for a graduate and an undergraduate cohort: the summary's
/// counts add up, and running again changes nothing.
@Suite struct CampaignRunTests {
    static func config(_ institution: String, level: String, year: Int, students: Int, seed: Int = 7, in directory: TemporaryDirectory) throws -> CampaignConfig {
        let json = """
            {"institution": "\(institution)", "cohort": {"level": "\(level)", "graduationYear": \(year)}, "seed": \(seed), "students": \(students)}
            """
        return try CampaignConfig.parse(Data(json.utf8), file: directory.url.appending(path: "\(institution).json"), registry: institutionRegistry)
    }

    static let campaigns: [(String, String, Int)] = [("ynau", "undergraduate", 2023), ("ynu", "graduate", 2021), ("ucas", "graduate", 2025),
                                                     ("nchu", "undergraduate", 2023), ("lsu", "undergraduate", 2021)]

    @Test(arguments: campaigns)
    func theSummaryAddsUpAndARerunChangesNothing(_ campaign: (String, String, Int)) throws {
        let directory = TemporaryDirectory()
        let config = try Self.config(campaign.0, level: campaign.1, year: campaign.2, students: 400, in: directory)
        let store = InMemoryCampaignStore()
        let first = try CampaignRun(config: config, store: store, batchSize: 64).run()

        #expect(first.rosterRows == first.imported + first.alreadyStored + first.conflicting + first.rejected)
        #expect(first.rejected == 3, "the synthetic roster's deliberately bad rows")
        #expect(first.students == first.eligibility.values.reduce(0, +))
        #expect(first.inScope == first.stages.values.reduce(0, +))
        #expect(first.inScope > 0)
        #expect(first.stages[.closed, default: 0] > first.inScope / 2, "most students end closed")
        #expect(first.events == (try store.eventCount()))

        let records = try store.students()
        let numbers = records.compactMap(\.state.sequenceNumber)
        #expect(Set(numbers).count == numbers.count, "a sequence number held twice")
        #expect(records.allSatisfy { !$0.stage.hasPhoto || $0.state.capture != nil })
        let paid = try store.payments().map(\.amount).sum()
        #expect(paid == records.map(\.state.paid).sum(), "payments and the students' paid amounts disagree")

        let histories = try records.map { try store.history(of: $0.number) }
        let second = try CampaignRun(config: config, store: store, batchSize: 64).run()
        #expect(second.imported == 0 && second.alreadyStored == first.imported)
        #expect(second.events == first.events)
        #expect(second.stages == first.stages)
        #expect(try store.students() == records)
        #expect(try records.map { try store.history(of: $0.number) } == histories)
        #expect(try store.payments().count == first.payments)
    }

    /// The synthetic roster goes to a folder of the run's own, which is removed as soon as the file is open: nothing
    /// beside it (another program's files) is touched, and nothing of it is left.
    @Test func theSyntheticRosterLeavesItsScratchFolderAsItWas() throws {
        let directory = TemporaryDirectory()
        let scratch = directory.url.appending(path: "scratch", directoryHint: .isDirectory)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: false)
        let neighbour = scratch.appending(path: "neighbour.txt")
        try Data("kept".utf8).write(to: neighbour)
        let config = try Self.config("ynu", level: "graduate", year: 2021, students: 50, in: directory)
        var run = CampaignRun(config: config, store: InMemoryCampaignStore())
        run.scratchFolder = scratch
        let summary = try run.run()
        #expect(summary.imported == 50)
        #expect(try Data(contentsOf: neighbour) == Data("kept".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["neighbour.txt"])
    }

    @Test func theSameSeedGivesTheSameCampaign() throws {
        let directory = TemporaryDirectory()
        let config = try Self.config("ynu", level: "graduate", year: 2021, students: 200, in: directory)
        let a = InMemoryCampaignStore(), b = InMemoryCampaignStore()
        _ = try CampaignRun(config: config, store: a, batchSize: 50).run()
        _ = try CampaignRun(config: config, store: b, batchSize: 7).run()
        #expect(try a.students() == b.students())
        #expect(try a.payments() == b.payments())
        let other = try Self.config("ynu", level: "graduate", year: 2021, students: 200, seed: 8, in: directory)
        let c = InMemoryCampaignStore()
        _ = try CampaignRun(config: other, store: c, batchSize: 50).run()
        #expect(try a.students() != c.students())
    }

    @Test func ynuStudentsWhoComeWithoutPayingAreRefusedThenPayAndArePhotographed() throws {
        let directory = TemporaryDirectory()
        let config = try Self.config("ynu", level: "graduate", year: 2021, students: 600, in: directory)
        let store = InMemoryCampaignStore()
        let summary = try CampaignRun(config: config, store: store).run()
        let reason = try #require(summary.refusals.counts.keys.first { $0.contains("photographs no one before payment") })
        #expect(summary.refusals.counts[reason]! > 0)
        let records = try store.students()
        #expect(records.allSatisfy { $0.state.capture == nil || $0.state.capture?.makeUpRoute != nil || $0.state.feeSettled })
        #expect(summary.capturedNotPaid == 0)
    }

    @Test func lishuiDeferredStudentsPayAllTheSame() throws {
        let directory = TemporaryDirectory()
        let config = try Self.config("lsu", level: "undergraduate", year: 2021, students: 800, in: directory)
        #expect(config.institution.deferredStudentsPay.isYes)
        let store = InMemoryCampaignStore()
        _ = try CampaignRun(config: config, store: store).run()
        let deferred = try store.students().filter(\.state.deferred)
        #expect(!deferred.isEmpty)
        #expect(deferred.allSatisfy { $0.state.feeSettled && $0.state.capture == nil && $0.state.refund == nil })
        let reconciliation = try Reconciliation(records: try store.students(), workflow: Workflow(config: config))
        let listed = try reconciliation.items(in: .paidNotCaptured).filter { item in deferred.contains { $0.number == item.student } }
        #expect(listed.count == deferred.count)
        #expect(listed.allSatisfy { $0.refund == nil && $0.note.contains("deferred") })
    }

    @Test func nchuLeavesMissedStudentsWithoutARoute() throws {
        let directory = TemporaryDirectory()
        let config = try Self.config("nchu", level: "undergraduate", year: 2023, students: 800, in: directory)
        let store = InMemoryCampaignStore()
        let summary = try CampaignRun(config: config, store: store).run()
        #expect(summary.stages[.missed, default: 0] > 0)
        #expect(summary.stages[.makeUp, default: 0] == 0)
        #expect(summary.refusals.counts["南昌航空大学 arranges no make-up on campus", default: 0] > 0)
        #expect(try store.payments().allSatisfy(\.isClassCollection))
    }

    @Test func ynauOwesRefundsToBookedStudentsWhoMissedTheCollection() throws {
        let directory = TemporaryDirectory()
        let config = try Self.config("ynau", level: "undergraduate", year: 2023, students: 800, in: directory)
        let store = InMemoryCampaignStore()
        let summary = try CampaignRun(config: config, store: store).run()
        let rule = try #require(config.institution.refund)
        let workflow = Workflow(config: config)
        let due = try store.students().compactMap(\.state.refund)
        #expect(!due.isEmpty && summary.refundsDue == due.count)
        #expect(due.allSatisfy { $0.amount == workflow.fee && $0.due == rule.deadline(collectionEnds: workflow.collectionEnds!) })
        let owed = try store.students().filter { $0.state.paid > .zero && $0.state.assignment?.isReservation == true
            && ($0.state.capture == nil || $0.state.capture?.makeUpRoute != nil) }
        #expect(owed.count == due.count)
    }

    @Test func classPaymentsGoTheWayThePolicySays() throws {
        let directory = TemporaryDirectory()
        let config = try Self.config("nchu", level: "undergraduate", year: 2023, students: 200, in: directory)
        let store = InMemoryCampaignStore()
        _ = try CampaignRun(config: config, store: store).run()
        let route = try #require(config.institution.paymentRoutes.first { $0.payer == .classCollector }, "NCHU does not collect per class")
        let collector = try #require(route.collector)
        // NCHU's notice names who collects the money and no channel, so no channel may appear from elsewhere.
        #expect(route.channel == nil)
        let payments = try store.payments()
        #expect(!payments.isEmpty)
        #expect(payments.allSatisfy { $0.channel?.contains(collector) == true }, "\(Set(payments.compactMap(\.channel)))")
    }
}

import Testing
import TucaiCampaign
import TucaiKernel
import TucaiPostgres
import TucaiRoster
import TucaiSQLite
import TucaiTestKit

/// Two writers of one campaign, each with its own engine and connection, as a station and the registrar's
/// payment import are: what one writes, the other never overwrites from its memory. On one SQLite file and on a
/// PostgreSQL server.
@Suite struct SharedCampaignTests {
    enum Kind: String, CaseIterable, CustomStringConvertible {
        case sqlite, postgres
        var description: String { rawValue }
    }

    /// Two connections to one new campaign.
    static func stores(_ kind: Kind, in directory: TemporaryDirectory) throws -> (any CampaignStore, any CampaignStore) {
        switch kind {
        case .sqlite:
            let path = directory.path("c.sqlite")
            return (try SQLiteCampaignStore(path: path), try SQLiteCampaignStore(path: path))
        case .postgres:
            let location = try PostgresLocation(url: try PostgresTestServer.shared().newDatabase(prefix: "shared"), campaign: "lsu",
                                                keyPath: directory.path("lsu.key"))
            return (try PostgresCampaignStore(location: location), try PostgresCampaignStore(location: location))
        }
    }

    @Test(arguments: Kind.allCases)
    func aPaymentRecordedFromMemoryKeepsWhatAnotherWriterStoredMeanwhile(_ kind: Kind) throws {
        let directory = TemporaryDirectory()
        let (first, second) = try Self.stores(kind, in: directory)
        let workflow = Fixtures.workflow("lsu")
        let cohort = workflow.institution.cohorts.last!
        let at = Fixtures.at(workflow.captureDates[0].adding(days: -4))
        let registrar = try CampaignEngine(workflow: workflow, cohort: cohort, store: first)
        _ = try registrar.importEntries([RosterEntry(line: 2, student: Fixtures.student("2017100001", for: workflow))], file: "roster.csv", at: at)
        // The other writer loads the campaign and notifies the student; the registrar's memory still has them unnotified.
        let other = try CampaignEngine(workflow: workflow, cohort: cohort, store: second)
        try other.batch {
            try other.refresh(student: "2017100001")
            try other.perform([.notify], student: "2017100001", moment: at)
        }
        #expect(registrar.record(number: "2017100001")?.state.notified == false, "the registrar's memory is behind")
        let payment = Payment(id: "ALI-1", amount: workflow.fee!, at: at, students: ["2017100001"])
        #expect(try registrar.recordPayment(payment) == .recorded(payment))
        let stored = try #require(try first.student(number: "2017100001"))
        #expect(stored.state.notified, "\(kind): the other writer's notice is kept")
        #expect(stored.state.paid == workflow.fee, "\(kind): and the payment recorded")
        // The other writer sees the receipt the registrar stored, and a second record of it is not stored twice.
        _ = try other.batch { try other.refresh(student: "2017100001", payments: ["ALI-1"]) }
        #expect(try other.recordPayment(payment) == .duplicate(payment))
        #expect(try first.payments().map(\.id) == ["ALI-1"])
    }
}

import Testing
import TucaiKernel
import TucaiPostgres
import TucaiSQLite
import TucaiTestKit

/// Every requirement of `CampaignStore`, checked against every store: the engine may rely on nothing else.
/// PostgreSQL's runs on a server of the test's own (`PostgresTestServer`), each check in a campaign of its own.
@Suite struct StoreConformanceTests {
    enum Kind: String, CaseIterable, CustomStringConvertible {
        case sqlite, inMemory, postgres
        var description: String { rawValue }
    }

    @Test(arguments: Kind.allCases, CampaignStoreConformance.checks)
    func requirement(_ kind: Kind, _ check: CampaignStoreConformance.Check) throws {
        let directory = TemporaryDirectory()
        let store: any CampaignStore = switch kind {
        case .sqlite: try SQLiteCampaignStore(path: directory.path("campaign.sqlite"))
        case .inMemory: InMemoryCampaignStore()
        case .postgres: try Self.postgresStore(key: directory.path("campaign.key"))
        }
        let failures = try check.run(on: store)
        #expect(failures.isEmpty, "\(kind): \(failures.joined(separator: "; "))")
    }

    /// PostgreSQL reads payments a page at a time after the last page's `seq`: with pages of 2 and 3, seven
    /// payments come back whole, once each, in the order stored.
    @Test func postgresPaymentsPageAfterPage() throws {
        let directory = TemporaryDirectory()
        let store = try Self.postgresStore(key: directory.path("campaign.key"))
        let payments = (1...7).map { i in
            Payment(id: "WX-\(8 - i)", amount: Money(fen: 100 * i), at: Moment(CivilDate(2023, 3, 1), TimeOfDay(9, i)), students: ["S\(i)", "T\(i)"])
        }
        for payment in payments { try store.insert(payment) }
        for pageSize in [2, 3, 7, 10_000] {
            var read: [Payment] = []
            try store.forEachPayment(pageSize: pageSize) { read.append($0) }
            #expect(read == payments, "pages of \(pageSize)")
        }
    }

    /// A new campaign (schema) in the shared test server's database.
    static func postgresStore(key: String) throws -> PostgresCampaignStore {
        let url = try PostgresTestServer.shared().url(database: "postgres")
        let campaign = "conformance_\(UInt32.random(in: 0...UInt32.max))"
        return try PostgresCampaignStore(location: PostgresLocation(url: url, campaign: campaign, keyPath: key))
    }
}

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

    /// A new campaign (schema) in the shared test server's database.
    static func postgresStore(key: String) throws -> PostgresCampaignStore {
        let url = try PostgresTestServer.shared().url(database: "postgres")
        let campaign = "conformance_\(UInt32.random(in: 0...UInt32.max))"
        return try PostgresCampaignStore(location: PostgresLocation(url: url, campaign: campaign, keyPath: key))
    }
}

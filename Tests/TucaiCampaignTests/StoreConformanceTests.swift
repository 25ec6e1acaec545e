import Testing
import TucaiKernel
import TucaiSQLite
import TucaiTestKit

/// Every requirement of `CampaignStore`, checked against both stores: the engine may rely on nothing else.
@Suite struct StoreConformanceTests {
    enum Kind: String, CaseIterable, CustomStringConvertible {
        case sqlite, inMemory
        var description: String { rawValue }
    }

    @Test(arguments: Kind.allCases, CampaignStoreConformance.checks)
    func requirement(_ kind: Kind, _ check: CampaignStoreConformance.Check) throws {
        let directory = TemporaryDirectory()
        let store: any CampaignStore = switch kind {
        case .sqlite: try SQLiteCampaignStore(path: directory.path("campaign.sqlite"))
        case .inMemory: InMemoryCampaignStore()
        }
        let failures = try check.run(on: store)
        #expect(failures.isEmpty, "\(kind): \(failures.joined(separator: "; "))")
    }
}

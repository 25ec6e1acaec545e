import Foundation
import Testing
import TucaiCampaign
@testable import TucaiCommands
import TucaiKernel
import TucaiRegistry
import TucaiTestKit

/// Every school's example campaign, run as `tucai campaign run` runs it: each photographs its students with
/// the same engine, every refusal it counts comes from one of that school's rules in force, and every fen
/// received is either credited to a student's fee or kept as owed back.
@Suite struct ExampleCampaignsTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "Examples")

    /// The campaign configs among the examples (the schedule-*.json files configure the planner).
    static let configs: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: examples.path)) ?? []
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix("schedule-") }.sorted()
    }()

    @Test func thereIsOneExampleCampaignPerSchool() throws {
        #expect(!Self.configs.isEmpty, "cannot read \(Self.examples.path)")
        let schools = try Self.configs.map { name in
            try CampaignConfig.load(Self.examples.appending(path: name), registry: institutionRegistry).institution.identifier
        }
        #expect(Set(schools) == Set(institutionRegistry.entries.map(\.institution.identifier)))
        #expect(schools.count == institutionRegistry.entries.count)
    }

    @Test(arguments: configs)
    func theExampleCampaignRunsByItsSchoolsRules(_ name: String) throws {
        var config = try CampaignConfig.load(Self.examples.appending(path: name), registry: institutionRegistry)
        // A synthetic roster of a few hundred shows every rule at work; the full size is the README's command.
        if config.roster == nil { config.students = min(config.students ?? 400, 400) }
        let table = try ConfiguredSessionTable.read(config)
        let run = CampaignRun(config: config, store: InMemoryCampaignStore(), sessionTable: table)
        #expect(run.workflow.cannotRun == nil)
        let summary = try run.run()
        let records = try run.store.students()
        let photographed = records.filter { $0.state.capture != nil }.count
        #expect(photographed > summary.inScope / 2, "\(name): \(photographed) of \(summary.inScope) photographed")

        let rules = Set(config.institution.workflowRules.map(\.identifier))
        for (reason, example) in summary.refusals.examples {
            #expect(example.rule.map(rules.contains) == true, "\(name): '\(reason)' is refused by no rule of \(config.institution.identifier)")
        }

        let payments = try run.store.payments()
        let credited = payments.filter { $0.owedBack == nil }.map(\.amount).sum()
        #expect(credited == records.map(\.state.paid).sum(), "\(name): credited money and the students' paid amounts disagree")
        #expect(payments.map(\.amount).sum() == credited + payments.compactMap { $0.owedBack == nil ? nil : $0.amount }.sum())
        let balance = try Reconciliation(records: records, payments: payments, workflow: run.workflow).balance
        #expect(balance.balances, "\(name): \(balance)")
        #expect(balance.received == payments.map(\.amount).sum())
    }
}

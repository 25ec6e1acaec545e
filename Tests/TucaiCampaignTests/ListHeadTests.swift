import Testing
import TucaiCampaign
import TucaiKernel
import TucaiTestKit
import TucaiCommands

/// The dashboard holds the first lines of its long lists, not the lists: what it shows must be what sorting
/// the whole list and cutting it would show.
@Suite struct ListHeadTests {
    @Test func theFirstLinesAreThoseOfTheWholeListSorted() throws {
        var generator = SplitMix64(seed: 7)
        for _ in 0..<300 {
            let lines = (0..<Int.random(in: 0...2_000, using: &generator)).map { index in (key: Int.random(in: 0...50, using: &generator), index: index) }
            let limit = Int.random(in: 0...400, using: &generator)
            let order = { (a: (key: Int, index: Int), b: (key: Int, index: Int)) in (a.key, a.index) < (b.key, b.index) }
            let sorted = try ListHead(limit: limit, order: order) { body in for line in lines { try body(line) } }
            #expect(sorted.count == lines.count)
            #expect(sorted.first.map(\.index) == lines.sorted(by: order).prefix(limit).map(\.index), "\(lines.count) lines, limit \(limit)")
            let inOrder = try ListHead(limit: limit) { body in for line in lines { try body(line) } }
            #expect(inOrder.count == lines.count && inOrder.first.map(\.index) == lines.prefix(limit).map(\.index))
        }
    }

    /// A campaign of 3,000 students with over a hundred refunds and make-ups, more than a dashboard listing 7
    /// holds before it cuts back: it shows the first 7 of the one listing them all, and the same counts and totals.
    @Test func aDashboardListingFewShowsTheFirstOfAllItsLines() throws {
        let directory = TemporaryDirectory()
        let config = try CampaignRunTests.config("ynau", level: "undergraduate", year: 2023, students: 3_000, in: directory)
        let store = try CampaignMemoryTests.simulate(config, memory: .pages, path: directory.url.appending(path: "c.sqlite").path)
        let workflow = Workflow(config: config)
        let day = workflow.captureDates.last!.adding(days: 3)
        let all = try CampaignDashboard(store: store, workflow: workflow, referenceDate: day, listed: .max)
        let few = try CampaignDashboard(store: store, workflow: workflow, referenceDate: day, listed: 7)
        #expect(all.refundsDue.count > 2 * 7 + 64 && all.makeUpQueue.count > 2 * 7 + 64, "\(all.refundsDue.count) refunds, \(all.makeUpQueue.count) make-ups")
        #expect(few.refundsDue.count == all.refundsDue.count && few.refundTotal == all.refundTotal)
        #expect(all.refundTotal == all.balance.refundsDue)
        #expect(few.refundsDue.first == Array(all.refundsDue.first.prefix(7)))
        #expect(few.makeUpQueue.count == all.makeUpQueue.count && few.awaitingInQueue == all.awaitingInQueue)
        #expect(few.makeUpQueue.first == Array(all.makeUpQueue.first.prefix(7)))
        #expect(all.awaitingInQueue == all.makeUpQueue.first.count { $0.awaiting })
    }
}

import Foundation
import Testing
import TucaiCampaign
import TucaiKernel
import TucaiRegistry
import TucaiRoster
import TucaiSQLite
import TucaiTestKit

/// An engine that keeps pages and one that keeps the whole campaign run the same simulation to the same
/// stored campaign, on SQLite, with pages small enough that classes, sessions and capture days cross them.
@Suite struct CampaignMemoryTests {
    static let campaigns: [(String, String, Int)] = [
        ("ynau", "undergraduate", 2023), ("ynu", "graduate", 2021), ("nchu", "undergraduate", 2023),
        ("lsu", "undergraduate", 2021), ("bjwl", "undergraduate", 2022), ("ucas", "graduate", 2025),
    ]

    /// Imports the synthetic roster and simulates the whole campaign with an engine keeping `memory`.
    static func simulate(_ config: CampaignConfig, memory: CampaignMemory, path: String) throws -> SQLiteCampaignStore {
        let store = try SQLiteCampaignStore(path: path)
        let workflow = Workflow(config: config)
        let engine = try CampaignEngine(workflow: workflow, cohort: config.cohort, store: store, memory: memory)
        let csv = SyntheticRoster.csv(for: config.institution.sessionTable, cohort: config.cohort, seed: config.seed, count: config.students, badRows: 0)
        let defaults = RosterDefaults(level: nil, graduationYear: config.cohort.graduationYear, referenceDate: try engine.captureStarts,
                                      categories: StudentCategory.standard + config.institution.studentCategories)
        let roster = try RosterFile.read(data: csv, name: "roster.csv", defaults: defaults)
        _ = try engine.importEntries(roster.entries, file: "roster.csv", at: CampaignTimeline(workflow: workflow).rosterImport, batchSize: 50)
        try CampaignSimulation(engine: engine, seed: config.seed, batchSize: 13).run()
        return store
    }

    @Test(arguments: campaigns)
    func pagesAndTheWholeCampaignStoreTheSame(_ campaign: (String, String, Int)) throws {
        let directory = TemporaryDirectory()
        let config = try CampaignRunTests.config(campaign.0, level: campaign.1, year: campaign.2, students: 300, in: directory)
        let whole = try Self.simulate(config, memory: .wholeCampaign, path: directory.url.appending(path: "whole.sqlite").path)
        let pages = try Self.simulate(config, memory: .pages, path: directory.url.appending(path: "pages.sqlite").path)
        let students = try whole.students()
        #expect(students.count > 250)
        #expect(students.contains { $0.state.capture != nil }, "someone was photographed")
        #expect(try pages.students() == students)
        #expect(try pages.payments() == whole.payments())
        #expect(try pages.eventCount() == whole.eventCount())
        for record in students.prefix(60) { #expect(try pages.history(of: record.number) == whole.history(of: record.number)) }
    }

    /// The engine that keeps pages still refuses a number another student holds, asking the store who does.
    @Test func aPageEngineAsksTheStoreWhoHoldsANumber() throws {
        let directory = TemporaryDirectory()
        let config = try CampaignRunTests.config("lsu", level: "undergraduate", year: 2021, students: 120, in: directory)
        let store = try Self.simulate(config, memory: .pages, path: directory.url.appending(path: "c.sqlite").path)
        let numbered = try store.students().filter { $0.state.sequenceNumber != nil }
        let holder = try #require(numbered.first), other = try #require(store.students().first { $0.state.sequenceNumber == nil && $0.eligibility.isInScope })
        let engine = try CampaignEngine(workflow: Workflow(config: config), cohort: config.cohort, store: store, memory: .pages)
        #expect(engine.records.isEmpty, "a page engine loads nothing when it opens")
        let visit = try engine.perform([.issueNumber(holder.state.sequenceNumber!)], student: other.number, moment: Moment(CivilDate(2022, 11, 19), TimeOfDay(9)))
        #expect(visit.refusal?.reason == "a sequence number belongs to one student only")
        #expect(visit.refusal?.detail?.contains(holder.number) == true)
    }

    /// Reconciliation read from the store a page at a time lists what it lists from every record held at once.
    @Test func reconcilingPageByPageListsWhatTheWholeCampaignLists() throws {
        let directory = TemporaryDirectory()
        let config = try CampaignRunTests.config("lsu", level: "undergraduate", year: 2021, students: 400, in: directory)
        let store = try Self.simulate(config, memory: .pages, path: directory.url.appending(path: "c.sqlite").path)
        let workflow = Workflow(config: config)
        let held = try Reconciliation(records: try store.students(), payments: try store.payments(), inputRows: try store.inputRows(),
                                  stationEntries: try store.stationEntries(), workflow: workflow)
        let paged = try Reconciliation(store: store, workflow: workflow)
        #expect(try held.items.count > 20)
        #expect(try Set(held.items.map(\.section)).count >= 3)
        #expect(try paged.items == held.items)
        #expect(paged.balance == held.balance && paged.balance.balances)
    }

    /// A page engine that opens on a numbered campaign and gives a student their session, and with it their series,
    /// in the same visit as the number (丽水学院 prints numbers at assignment), reads the series' top first.
    @Test func aPageEngineReadsTheTopOfASeriesAVisitEnters() throws {
        let directory = TemporaryDirectory()
        let config = try CampaignRunTests.config("lsu", level: "undergraduate", year: 2021, students: 150, in: directory)
        let store = try SQLiteCampaignStore(path: directory.url.appending(path: "c.sqlite").path)
        let workflow = Workflow(config: config)
        let engine = try CampaignEngine(workflow: workflow, cohort: config.cohort, store: store, memory: .pages)
        let csv = SyntheticRoster.csv(for: config.institution.sessionTable, cohort: config.cohort, seed: 1, count: 150, badRows: 0)
        let roster = try RosterFile.read(data: csv, name: "roster.csv", defaults: RosterDefaults(graduationYear: 2021))
        _ = try engine.importEntries(roster.entries, file: "roster.csv", at: CampaignTimeline(workflow: workflow).rosterImport)
        try CampaignSimulation(engine: engine, seed: 1).run(until: .captureDay)
        let numbered = try store.students().filter { $0.state.sequenceNumber != nil }
        let first = try #require(numbered.first)
        let series = first.state.sequenceNumber!.series
        let top = numbered.filter { $0.state.sequenceNumber?.series == series }.map { $0.state.sequenceNumber!.value }.max()!
        #expect(top > 1)
        var newcomer = StudentRecord(student: first.student, eligibility: first.eligibility)
        newcomer.student.studentNumber = "2017999999"
        _ = try store.insert(newcomer, event: CampaignEvent(newcomer.number, at: CampaignTimeline(workflow: workflow).rosterImport, .imported(first.eligibility)))

        let fresh = try CampaignEngine(workflow: workflow, cohort: config.cohort, store: store, memory: .pages)
        let visit = try fresh.perform([.notify, .assignFromTable, .preRegister], student: newcomer.number, moment: CampaignTimeline(workflow: workflow).rosterImport)
        #expect(visit.refusals.isEmpty, "\(visit.refusals.map(\.reason))")
        let stored = try #require(try store.student(number: newcomer.number))
        #expect(stored.state.sequenceNumber == SequenceNumber(series: series, value: top + 1))
    }
}

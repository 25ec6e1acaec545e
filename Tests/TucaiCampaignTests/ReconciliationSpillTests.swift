import Foundation
import Testing
@testable import TucaiCampaign
@testable import TucaiCommands
import TucaiKernel
import TucaiTestKit

/// A reconciliation's lists past their held lines move to temporary files; what they list, total and print must
/// not change.
@Suite struct ReconciliationSpillTests {
    static let texts = ["", "a", "张三", "𠀋𠀌", "line\nbreak", "comma, \"quote\"", "=SUM(A1)", String(repeating: "长", count: 60), "\t\r"]

    static func randomItem(_ dice: inout SplitMix64) -> Reconciliation.Item {
        func text() -> String { dice.pick(texts) + (dice.below(3) == 0 ? dice.pick(texts) : "") }
        func optional() -> Int? { dice.below(2) == 0 ? nil : dice.next(in: -1_000_000...1_000_000) }
        var item = Reconciliation.Item(section: dice.pick(Reconciliation.Section.allCases))
        item.student = text(); item.name = text(); item.idNumber = text(); item.unit = text(); item.stage = text()
        item.series = text(); item.route = text(); item.place = text(); item.note = text()
        item.paid = optional().map(Money.init(fen:)); item.owed = optional().map(Money.init(fen:)); item.refund = optional().map(Money.init(fen:))
        item.due = optional().map { CivilDate(dayNumber: 19_000 + $0 % 5000) }
        item.number = optional(); item.through = dice.below(2) == 0 ? nil : Int.min + dice.below(5)
        return item
    }

    /// Every field comes back as it went in, in order, from the file and from the lines still held, across the
    /// reader's 1 MB pages (one line alone is longer than a page).
    @Test func aListMovedToItsFileReadsBackEveryField() throws {
        var dice = SplitMix64(seed: 12)
        var expected = (0..<5000).map { _ in Self.randomItem(&dice) }
        expected[2500].note = String(repeating: "注", count: 600_000)
        // A date a file got wrong comes back as written, not as the day it would count to.
        expected[2501].due = CivilDate(2023, 2, 30)
        var list = ReconciliationList(heldAtMost: 7)
        for item in expected { try list.append(item) }
        #expect(list.count == 5000)
        let read = try list.items
        #expect(read.count == expected.count)
        #expect(read == expected)
        // Read twice: the file is read from its start each time.
        var second = 0
        try list.forEach { item in
            #expect(item == expected[second])
            second += 1
        }
        #expect(second == 5000)
    }

    /// A campaign reconciled with three lines held per list gives the same lists, totals, text and CSV as one
    /// that holds them all.
    @Test func spilledListsPrintWhatHeldListsPrint() throws {
        let directory = TemporaryDirectory()
        let config = try CampaignRunTests.config("lsu", level: "undergraduate", year: 2021, students: 400, in: directory)
        let store = try CampaignMemoryTests.simulate(config, memory: .pages, path: directory.url.appending(path: "c.sqlite").path)
        let workflow = Workflow(config: config)
        let held = try Reconciliation(store: store, workflow: workflow, heldLines: 1_000_000)
        let spilled = try Reconciliation(store: store, workflow: workflow, heldLines: 3)
        #expect(try held.items.count > 20)
        #expect(try Set(held.items.map(\.section)).count >= 3)
        #expect(try spilled.items == held.items)
        #expect(spilled.totals == held.totals)
        for section in Reconciliation.Section.allCases { #expect(spilled.count(in: section) == (try held.items(in: section)).count) }
        #expect(try ReconcileCommand.text(spilled, title: "t") == ReconcileCommand.text(held, title: "t"))
        var heldCSV = "", spilledCSV = ""
        try ReconcileCommand.writeCSV(held) { heldCSV += $0 }
        try ReconcileCommand.writeCSV(spilled) { spilledCSV += $0 }
        #expect(spilledCSV == heldCSV)
        #expect(heldCSV.components(separatedBy: "\r\n").count >= (try held.items.count) + 1)
    }

    /// The CSV (and `items`) keep the order of lists they have always had: refused rows and money owed back
    /// before the refunds; the text report prints the lists in `Section`'s order.
    @Test func theCSVKeepsItsOrderOfLists() throws {
        let fee = try #require(ReconciliationTests.workflow.fee)
        let records = [ReconciliationTests.record("A-paid-missed") { $0.paid = fee; $0.feeSettled = true; $0.missed = true }]
        let payments = [Payment(id: "WX-9", amount: fee, at: Moment(CivilDate(2022, 11, 1), TimeOfDay(9)), students: ["nobody"], owedBack: "no such student")]
        let rows = [InputRow(source: "payments.csv", digest: String(repeating: "a", count: 64), line: 7, refusal: "no such student")]
        for heldLines in [1, 100] {
            let r = try Reconciliation(records: records, payments: payments, inputRows: rows, workflow: ReconciliationTests.workflow, heldLines: heldLines)
            var csv = ""
            try ReconcileCommand.writeCSV(r) { csv += $0 }
            let sections = CSVRecords.parse(csv).records.dropFirst().map { $0.fields[0] }
            #expect(sections == ["in scope, not captured", "input rows refused or rejected", "owed back", "paid, not captured"], "\(heldLines)")
            #expect(try r.items.map(\.section.rawValue) == sections)
            let text = try ReconcileCommand.text(r, title: "t")
            let headings = Reconciliation.Section.allCases.compactMap { section in text.range(of: "\n\(section.rawValue) (")?.lowerBound }
            #expect(headings.count == Reconciliation.Section.allCases.count && headings == headings.sorted())
        }
    }

    /// Laid out from two readings of its rows, a long table prints exactly what `Table` prints holding them:
    /// CJK cells two columns wide, cells past 44 columns wrapped, line breaks inside cells.
    @Test func aLongTablePrintsWhatATablePrints() throws {
        var dice = SplitMix64(seed: 3)
        for _ in 0..<200 {
            let columns = dice.next(in: 1...6)
            let headers = (0..<columns).map { _ in dice.pick(Self.texts) + "h" }
            let rows = (0..<dice.next(in: 0...30)).map { _ in (0..<columns).map { _ in dice.pick(Self.texts) + (dice.below(4) == 0 ? dice.pick(Self.texts) : "") } }
            var long = ""
            try LongTable(headers: headers).write(rows: { body in for row in rows { try body(row) } }, to: { long += $0 })
            #expect(long == Table(headers: headers, rows: rows).render(.text))
        }
    }
}

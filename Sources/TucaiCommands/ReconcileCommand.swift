import Foundation
import TucaiCampaign
import TucaiKernel

/// `tucai reconcile <campaign>`
struct ReconcileCommand: Command {
    static let name = "reconcile"
    static let abstract = "List who has no photo, photos not paid for, payments without photos (refunds due), sequence gaps, make-ups."
    static let arguments = "<config.json | campaign.sqlite> [--format text|csv]"
    static let discussion = """
        Reads the campaign's database (it may be running). ID numbers are masked. The CSV is one table with a
        'section' column; amounts in it are in fen.

        Example: tucai reconcile Examples/ynau-2023.sqlite --format csv > reconcile.csv
        """

    enum Format: String, CaseIterable { case text, csv }

    var campaign: String
    var format: Format

    init(arguments: inout Arguments) throws {
        format = try arguments.option("format", as: Format.self) ?? .text
        campaign = try arguments.positional("campaign")
    }

    func run(_ console: Console) throws {
        let opened = try OpenedCampaign(campaign, create: false)
        let reconciliation = try Reconciliation(store: opened.store, workflow: opened.workflow)
        switch format {
        case .csv: try Self.writeCSV(reconciliation) { console.out($0) }
        case .text: try Self.write(reconciliation, title: "\(opened.workflow.name), \(opened.cohort) — \(opened.database)") { console.out($0) }
        }
    }

    static func money(_ value: Money?) -> String { value.map(\.description) ?? "" }

    static func text(_ r: Reconciliation, title: String) throws -> String {
        var text = ""
        try write(r, title: title) { text += $0 }
        return text
    }

    /// The columns each list prints, and a line's cells under them.
    static func columns(_ section: Reconciliation.Section) -> (headers: [String], cells: (Reconciliation.Item) -> [String]) {
        switch section {
        case .notCaptured: (["student", "name", "ID number", "unit", "stage", "note"], { [$0.student, $0.name, $0.idNumber, $0.unit, $0.stage, $0.note] })
        case .capturedNotPaid:
            (["student", "name", "ID number", "paid", "owed", "note"], { [$0.student, $0.name, $0.idNumber, money($0.paid), money($0.owed), $0.note] })
        case .paidNotCaptured:
            (["student", "name", "ID number", "paid", "refund", "due by", "note"],
             { [$0.student, $0.name, $0.idNumber, money($0.paid), money($0.refund), $0.due.map { "\($0)" } ?? "", $0.note] })
        case .sequence: (["series", "number", "student", "note"], { [$0.series, $0.numbers, $0.student, $0.note] })
        case .makeUp:
            (["student", "name", "ID number", "route", "place", "deadline", "status"],
             { [$0.student, $0.name, $0.idNumber, $0.route, $0.place, $0.due.map { "\($0)" } ?? "not stated", $0.note] })
        case .owedBack: (["payment", "paid by", "amount", "why it settles nothing"], { [$0.series, $0.student, money($0.paid), $0.note] })
        case .refusedRows: (["file", "line", "why"], { [$0.place, $0.numbers, $0.note] })
        case .stations: (["station", "frame", "students", "finding"], { [$0.series, $0.numbers, $0.student, $0.note] })
        }
    }

    /// The report a page at a time, each list laid out from a reading of its lines to measure the columns and a
    /// second to print them (`LongTable`): what is held is a page of text, however long the lists.
    static func write(_ r: Reconciliation, title: String, to out: (String) -> Void) throws {
        out(title + "\n")
        for section in Reconciliation.Section.allCases {
            let count = r.count(in: section)
            out("\n\(section.rawValue) (\(count))\n")
            guard count > 0 else { out("  none\n"); continue }
            let (headers, cells) = columns(section)
            try LongTable(headers: headers).write(rows: { row in try r.forEach(in: section) { try row(cells($0)) } }, to: out)
        }
        out("\ntotals\n" + r.totals.map { "  " + $0 }.joined(separator: "\n") + "\n")
    }

    static let csvHeaders = ["section", "student", "name", "id_number", "unit", "stage", "paid_fen", "owed_fen", "refund_fen", "due",
                             "series", "number", "route", "place", "note"]

    /// One table with a 'section' column, the lists in `Reconciliation.exportOrder`, written a page at a time.
    static func writeCSV(_ r: Reconciliation, to out: (String) -> Void) throws {
        var page = CSVRecords.writeForSpreadsheets([csvHeaders])
        for section in Reconciliation.exportOrder {
            try r.forEach(in: section) { i in
                page += CSVRecords.writeForSpreadsheets([[
                    i.section.rawValue, i.student, i.name, i.idNumber, i.unit, i.stage, i.paid.map { "\($0.fen)" } ?? "",
                    i.owed.map { "\($0.fen)" } ?? "", i.refund.map { "\($0.fen)" } ?? "", i.due.map { "\($0)" } ?? "",
                    i.series, i.numbers, i.route, i.place, i.note]])
                if page.utf8.count >= 1 << 20 {
                    out(page)
                    page = ""
                }
            }
        }
        if !page.isEmpty { out(page) }
    }
}

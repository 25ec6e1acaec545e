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
        case .csv: console.out(Self.csv(reconciliation).render(.csv))
        case .text: Self.write(reconciliation, title: "\(opened.workflow.name), \(opened.cohort) — \(opened.database)") { console.out($0) }
        }
    }

    static func money(_ value: Money?) -> String { value.map(\.description) ?? "" }

    static func text(_ r: Reconciliation, title: String) -> String {
        var text = ""
        write(r, title: title) { text += $0 }
        return text
    }

    /// The report a section at a time, each handed to `out` as soon as it is laid out: the text of one list is
    /// held at once, beside the items of all of them (a campaign's lists grow with it: one student in eight at
    /// the end of a campaign, every student before its capture day).
    static func write(_ r: Reconciliation, title: String, to out: (String) -> Void) {
        out(title + "\n")
        for section in Reconciliation.Section.allCases {
            var text = ""
            defer { out(text) }
            let items = r.items(in: section)
            text += "\n\(section.rawValue) (\(items.count))\n"
            guard !items.isEmpty else { text += "  none\n"; continue }
            let table: Table = switch section {
            case .notCaptured:
                Table(headers: ["student", "name", "ID number", "unit", "stage", "note"],
                      rows: items.map { [$0.student, $0.name, $0.idNumber, $0.unit, $0.stage, $0.note] })
            case .capturedNotPaid:
                Table(headers: ["student", "name", "ID number", "paid", "owed", "note"],
                      rows: items.map { [$0.student, $0.name, $0.idNumber, money($0.paid), money($0.owed), $0.note] })
            case .paidNotCaptured:
                Table(headers: ["student", "name", "ID number", "paid", "refund", "due by", "note"],
                      rows: items.map { [$0.student, $0.name, $0.idNumber, money($0.paid), money($0.refund), $0.due.map { "\($0)" } ?? "", $0.note] })
            case .sequence:
                Table(headers: ["series", "number", "student", "note"],
                      rows: items.map { [$0.series, $0.numbers, $0.student, $0.note] })
            case .makeUp:
                Table(headers: ["student", "name", "ID number", "route", "place", "deadline", "status"],
                      rows: items.map { [$0.student, $0.name, $0.idNumber, $0.route, $0.place, $0.due.map { "\($0)" } ?? "not stated", $0.note] })
            case .owedBack:
                Table(headers: ["payment", "paid by", "amount", "why it settles nothing"],
                      rows: items.map { [$0.series, $0.student, money($0.paid), $0.note] })
            case .refusedRows:
                Table(headers: ["file", "line", "why"], rows: items.map { [$0.place, $0.numbers, $0.note] })
            case .stations:
                Table(headers: ["station", "frame", "students", "finding"], rows: items.map { [$0.series, $0.numbers, $0.student, $0.note] })
            }
            text += table.render(.text)
        }
        out("\ntotals\n" + r.totals.map { "  " + $0 }.joined(separator: "\n") + "\n")
    }

    static func csv(_ r: Reconciliation) -> Table {
        Table(headers: ["section", "student", "name", "id_number", "unit", "stage", "paid_fen", "owed_fen", "refund_fen", "due",
                        "series", "number", "route", "place", "note"],
              rows: r.items.map { i in
                  [i.section.rawValue, i.student, i.name, i.idNumber, i.unit, i.stage, i.paid.map { "\($0.fen)" } ?? "",
                   i.owed.map { "\($0.fen)" } ?? "", i.refund.map { "\($0.fen)" } ?? "", i.due.map { "\($0)" } ?? "",
                   i.series, i.numbers, i.route, i.place, i.note]
              })
    }
}

import TucaiRegistry

/// `tucai show <id>`
struct ShowCommand: Command {
    static let name = "show"
    static let abstract = "Print an institution's whole capture policy, section by section."
    static let arguments = "<id | code | config.json>"

    var institution: any Institution

    init(arguments: inout Arguments) throws {
        institution = try InstitutionArgument.resolve(try arguments.positional("institution"))
    }

    func run(_ console: Console) throws {
        var text = "\(institution.chineseName) \(institution.englishName) [\(institution.identifier)]\n"
        for section in PolicyAspect.Section.allCases {
            text += "\n\(section.rawValue.uppercased())\n"
            let aspects = PolicyAspect.all.filter { $0.section == section }
            let width = aspects.map(\.name.count).max() ?? 0
            for aspect in aspects {
                text += "  " + aspect.name + String(repeating: " ", count: width - aspect.name.count) + "  "
                    + aspect.value(for: institution) + "\n"
            }
            if section == .capture, !institution.appearance.isEmpty {
                text += "\n  Appearance and attire\n"
                text += institution.appearance.map { "    - \($0.aspect.rawValue) (\($0.kind.rawValue)): \($0.text)\n" }.joined()
            }
            if section == .capture {
                // Each rule the workflow enforces for this school, what it does, and the notice's words for it.
                text += "\n  Workflow rules in force\n"
                text += institution.workflowRules.map { rule in
                    "    - \(rule.identifier): \(type(of: rule).description.summary)" + (rule.quote.map { "\n        «\($0)»" } ?? "") + "\n"
                }.joined()
            }
            if section == .scheduling, !institution.sessionTable.isEmpty {
                text += "\n  Published session table\n"
                for session in institution.sessionTable.sessions {
                    var line = "    \(session.date) \(session.start)-\(session.end)  \(session.room ?? "-")  "
                    if let group = session.group { line += group + "  " }
                    if let college = session.college { line += college + "：" }
                    line += session.units.joined(separator: "、")
                    if let headcount = session.headcount { line += "  (\(headcount))" }
                    if !session.remarks.isEmpty { line += "  备注: " + session.remarks.joined(separator: "；") }
                    text += line + "\n"
                }
                // The table's own totals, as printed: the checker adds the rows up against them.
                let subtotals = institution.sessionTable.subtotals
                if !subtotals.isEmpty {
                    text += "  Subtotals stated in the table\n" + subtotals.map { subtotal in
                        let scope: String = switch subtotal.scope {
                        case let .college(name): name
                        case .room: "room total"
                        }
                        return "    \(scope)" + (subtotal.room.map { " in \($0)" } ?? "") + ": \(subtotal.stated)\n"
                    }.joined()
                }
            }
        }
        console.out(EditorNote.annotated(text))
    }
}

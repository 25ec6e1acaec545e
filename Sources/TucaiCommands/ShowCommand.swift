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
                text += institution.sessionTable.sessions.map { session in
                    "    \(session.date) \(session.start)-\(session.end)  \(session.room ?? "-")  "
                        + session.units.joined(separator: "、") + (session.headcount.map { "  (\($0))" } ?? "") + "\n"
                }.joined()
            }
        }
        console.out(text)
    }
}

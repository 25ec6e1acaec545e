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

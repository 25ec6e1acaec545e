import TucaiRegistry

/// `tucai institutions`
struct InstitutionsCommand: Command {
    static let name = "institutions"
    static let abstract = "List the institutions this build knows."
    static let arguments = "[--format text|markdown|csv|json]"

    var format: Table.Format

    init(arguments: inout Arguments) throws {
        format = try arguments.option("format", as: Table.Format.self) ?? .text
    }

    func run(_ console: Console) throws {
        let rows = institutionRegistry.institutions.map { institution in
            [institution.identifier, institution.nationalCode, institution.chineseName, institution.englishName,
             institution.cohorts.map(\.description).joined(separator: "; "), EditorNote.annotated(institution.agency.name)]
        }
        console.out(Table(headers: ["id", "code", "name", "english name", "cohorts", "agency"], rows: rows).render(format))
    }
}

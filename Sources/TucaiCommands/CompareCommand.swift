import Foundation
import TucaiRegistry

/// `tucai compare <id>...`
struct CompareCommand: Command {
    static let name = "compare"
    static let abstract = "Compare institutions' policies side by side, a row per aspect."
    static let arguments = "<id>... [--format text|markdown|csv|json]"
    static let discussion = """
        Every cell has a value or 'not stated'. With no institution named, compares them all.
        Example: tucai compare ynu ynau ucas nchu lsu --format csv
        """

    var institutions: [any Institution]
    var format: Table.Format

    init(arguments: inout Arguments) throws {
        format = try arguments.option("format", as: Table.Format.self) ?? .text
        let words = try arguments.positionals()
        institutions = words.isEmpty ? institutionRegistry.institutions : try words.map(InstitutionArgument.resolve)
    }

    var table: Table {
        Table(headers: ["aspect"] + institutions.map(\.identifier),
              rows: PolicyAspect.all.map { aspect in [aspect.name] + institutions.map { aspect.value(for: $0) } })
    }

    func run(_ console: Console) throws {
        var table = self.table
        table.totalWidth = Self.terminalWidth
        console.out(table.render(format))
    }

    /// The terminal's width when standard output is one, else `COLUMNS`, else 100: a table side by side must fit
    /// where it is read.
    static var terminalWidth: Int {
        var size = winsize()
        if isatty(STDOUT_FILENO) != 0, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return Int(size.ws_col) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 20 { return columns }
        return 100
    }
}

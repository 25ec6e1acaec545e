import TucaiKernel

/// Where each roster column sits in a file, by header, and what the rows mean when they are silent.
struct RosterLayout: Sendable {
    /// Field position per `RosterColumn.rawValue`, or -1 when the file has no such column.
    var fieldIndex: [Int]
    /// The header cell per column as the file spells it, for messages.
    var headers: [String]
    var headerFieldCount: Int
    var file: String
    var defaultLevel: DegreeLevel?
    var defaultGraduation: YearMonth?
    var referenceDate: CivilDate
    var categories: [StudentCategory]

    func has(_ column: RosterColumn) -> Bool { fieldIndex[column.rawValue] >= 0 }
    func header(_ column: RosterColumn) -> String { headers[column.rawValue] }
}

import TucaiKernel

/// One check a careful registrar would make of a session table. Each rule carries its own examples of
/// tables it must flag and tables it must leave alone; one generic test runs every rule over them, in the
/// manner of SwiftLint's rules.
public protocol ScheduleRule: Sendable {
    static var description: ScheduleRuleDescription { get }
    init()
    func findings(in context: ScheduleContext) -> [ScheduleFinding]
}

extension ScheduleRule {
    public var identifier: String { Self.description.identifier }
}

public struct ScheduleRuleDescription: Sendable {
    /// Short, stable, kebab-case: what findings and tests name the rule by.
    public var identifier: String
    /// What the rule flags, in one sentence.
    public var summary: String
    public var triggeringExamples: [ScheduleExample]
    public var nonTriggeringExamples: [ScheduleExample]

    public init(identifier: String, summary: String, triggeringExamples: [ScheduleExample],
                nonTriggeringExamples: [ScheduleExample]) {
        self.identifier = identifier; self.summary = summary
        self.triggeringExamples = triggeringExamples; self.nonTriggeringExamples = nonTriggeringExamples
    }
}

/// A small table written as a registrar's CSV, with what the text would declare beside it.
public struct ScheduleExample: Sendable, CustomStringConvertible {
    public var csv: String
    public var declaration: ScheduleDeclaration
    public var subtotals: [Subtotal]
    public var rate: Double?
    public let fileID: String
    public let line: Int

    public init(_ csv: String, declaring declaration: ScheduleDeclaration = .none, subtotals: [Subtotal] = [],
                rate: Double? = nil, fileID: String = #fileID, line: Int = #line) {
        self.csv = csv; self.declaration = declaration; self.subtotals = subtotals; self.rate = rate
        self.fileID = fileID; self.line = line
    }

    /// The example as the checker sees it. An example the reader cannot read fully is itself a mistake,
    /// which the generic test reports through `readingProblems`.
    public var context: ScheduleContext {
        var reading = SessionTableReader.read(csv, file: "example")
        reading.table.subtotals = subtotals
        return ScheduleContext(table: reading.table, declaration: declaration, lines: reading.lines, givenRate: rate)
    }

    public var readingProblems: [ScheduleFinding] { SessionTableReader.read(csv, file: "example").problems }

    public var description: String { "\(fileID):\(line)" }

    /// A declared day for an example: `day("2022-11-19", "08:30-12:00", "13:00-16:30", rooms: "A", "B")`.
    public static func day(_ date: String, _ windows: String..., weekday: Weekday? = nil, rooms: String...) -> CaptureDay {
        CaptureDay(CivilDate(iso: date)!, printedWeekday: weekday, windows: windows.map { text in
            let ends = text.split(separator: "-").map { TimeOfDay(parsing: String($0))! }
            return TimeWindow(ends[0], ends[1])
        }, rooms: rooms)
    }
}

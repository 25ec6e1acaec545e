import Foundation
import TucaiRegistry
import TucaiSchedule

/// `tucai schedule …`: check published or hand-written session tables, plan better ones, draw both.
struct ScheduleCommand: CommandGroup {
    static let name = "schedule"
    static let abstract = "Check session tables, plan better ones, and draw them."
    static var subcommands: [any Command.Type] { [Check.self, Plan.self, Compare.self, Simulate.self, Rules.self] }

    /// `tucai schedule check <id | table.csv | config.json>`
    struct Check: Command {
        static let name = "check"
        static let abstract = "Check a session table: a module's published one, or a CSV a registrar wrote."
        static let arguments = "<id | code | config.json | table.csv> [--against <id | config.json>] [--rate N] [--format text|markdown|csv|json] [--svg out.svg]"
        static let discussion = """
            Prints every problem with its severity, day, room, units and times. Exits 0 when the table is
            clean (notes do not count), 1 when it has errors or warnings.
              --against  check a CSV against what an institution's text declares (days, windows, rooms)
              --rate     judge slot lengths by this many students per minute instead of the table's median
              --svg      also draw the table as a Gantt chart, its problems in red
            CSV columns (header row; English or Chinese names): date 日期, weekday 星期 (optional), room 地点,
            start 开始 and end 结束 (or one time 时间 column of 8:30-9:10), units 单位/专业/班级 (several
            separated by ';'), headcount 人数, college 学院, remarks 备注 (all optional).
            Examples: tucai schedule check lsu --svg lsu.svg
                      tucai schedule check plan.csv --against ynau
            """

        var source: ScheduleSource
        var format: Table.Format
        var svg: String?

        init(arguments: inout Arguments) throws {
            format = try arguments.option("format", as: Table.Format.self) ?? .text
            svg = try arguments.option("svg")
            let against = try arguments.option("against")
            let rate = try ScheduleCommand.rate(&arguments)
            source = try ScheduleCommand.load(try arguments.positional("institution or table"), against: against, rate: rate)
        }

        func run(_ console: Console) throws {
            let findings = source.findings
            if format == .text {
                console.out(ScheduleCommand.report(findings, of: source))
            } else {
                console.out(ScheduleCommand.table(findings, file: source.isFile ? source.name : nil).render(format))
            }
            if let svg {
                try ScheduleCommand.write(GanttChart.document([ScheduleCommand.chart(of: source, findings: findings)]), to: svg)
            }
            let errors = findings.filter { $0.severity == .error }.count
            let warnings = findings.filter { $0.severity == .warning }.count
            if errors + warnings > 0 {
                throw CommandFailure("\(source.name): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
            }
        }
    }

    /// `tucai schedule plan <id | config.json | table.csv>`
    struct Plan: Command {
        static let name = "plan"
        static let abstract = "Plan a session table: every unit whole in one room-window, the last session as early as possible."
        static let arguments = "<id | code | config.json | table.csv> [--units units.csv] [--rooms N | name,name,…] [--rate N] [--against <id | config.json>] [--format text|markdown|csv|json] [--svg out.svg]"
        static let discussion = """
            Units are the rows of the institution's published table (or of the CSV) with their headcounts, or
            those of --units (columns unit 单位, headcount 人数, college 学院, campus 校区). Days, windows and
            rooms are the ones the text declares (a config's dates and rooms replace them); where the text gives
            no hours, the hours the table spans. The rate is the table's students over its minutes unless --rate
            gives one. Times fall on the 5-minute grid; small units share a slot. Prints the lower bound
            ceil(service minutes / rooms) and the gap to it.
              --rooms N or --rooms a,b,c   plan into N of the declared rooms (more are named Room k), or these
              --format csv                 the table only, in the CSV that 'tucai schedule check' reads;
                                           the summary goes to standard error
            Example: tucai schedule plan Examples/schedule-ynau.json --format csv > plan.csv
            """

        var source: ScheduleSource
        var unitsFile: String?
        var rooms: String?
        var rate: Double?
        var format: Table.Format
        var svg: String?

        init(arguments: inout Arguments) throws {
            format = try arguments.option("format", as: Table.Format.self) ?? .text
            svg = try arguments.option("svg")
            unitsFile = try arguments.option("units")
            rooms = try arguments.option("rooms")
            rate = try ScheduleCommand.rate(&arguments)
            let against = try arguments.option("against")
            source = try ScheduleCommand.load(try arguments.positional("institution, config or table"), against: against, rate: nil)
        }

        func run(_ console: Console) throws {
            let declaration = source.context.declaration.fillingWindows(from: source.context.table)
            let roomNames = try rooms.map { try ScheduleCommand.roomNames($0, declaration: declaration) }
            let given = rate.map { ServiceRate($0) }
            let problem: PlanningProblem
            do {
                if let unitsFile {
                    let reading = try UnitListReader.read(contentsOf: URL(fileURLWithPath: unitsFile))
                    guard reading.problems.isEmpty else {
                        throw CommandFailure(reading.problems.joined(separator: "\n") + "\n\(unitsFile): \(reading.problems.count) bad row(s); nothing planned")
                    }
                    try ScheduleCommand.plannable(reading.units.count, units: "units", in: unitsFile)
                    guard let rate = given ?? ServiceRate.total(of: source.context.table) else {
                        throw CommandFailure("\(source.name): no rate can be measured from the table; give one with --rate")
                    }
                    problem = try PlanningProblem.posed(units: reading.units, declaration: declaration, roomNames: roomNames, rate: rate)
                } else {
                    try ScheduleCommand.plannable(source.context.table.sessions.count, units: "sessions", in: source.name)
                    problem = try PlanningProblem.posed(by: source.context.table, declaration: declaration, roomNames: roomNames, rate: given)
                }
            } catch let error as PlanningProblem.Unplannable {
                throw CommandFailure("\(source.name): \(error.message)")
            } catch let error as SessionTableReader.ReadError {
                throw CommandFailure(error.message)
            }
            let plan: SchedulePlan
            do { plan = try Planner.plan(problem) } catch { throw CommandFailure("\(source.name): \(error.message)") }
            let summary = ScheduleCommand.summary(of: plan, name: source.name)
            let lead = problem.arrivalLead
            switch format {
            case .csv:
                console.error(summary)
                console.out(SessionTableWriter.csv(plan.table, arrivalLead: lead))
            case .json:
                console.out(ScheduleCommand.json(plan))
            case .text, .markdown:
                console.out(summary + "\n\n")
                console.out(Table(headers: SessionTableWriter.headers, rows: SessionTableWriter.rows(plan.table, arrivalLead: lead)).render(format))
            }
            if let svg {
                // Against the rooms, windows and rate it was planned with: --rooms and added days are the plan's own.
                let planned = plan.checkingContext
                let chart = GanttChart(title: "\(source.name): planned table", subtitle: summary.split(separator: "\n").map(String.init),
                                       table: plan.table, declaration: planned.declaration, findings: ScheduleChecker.check(planned),
                                       windowLegend: "window planned into")
                try ScheduleCommand.write(GanttChart.document([chart]), to: svg)
            }
        }
    }

    /// `tucai schedule compare <id | config.json>`
    struct Compare: Command {
        static let name = "compare"
        static let abstract = "Set a published table beside a plan of the same units in the same rooms and windows."
        static let arguments = "<id | code | config.json> [--rate N] [--format text|markdown|csv|json] [--svg out.svg]"
        static let discussion = """
            For tables that give headcounts (ynau, lsu): per room, the last session's end, the idle minutes
            before it, the most students per minute a slot asks; and what the checker finds in each table.
            --svg draws both tables, the published one above with its problems in red.
            """

        var source: ScheduleSource
        var rate: Double?
        var format: Table.Format
        var svg: String?

        init(arguments: inout Arguments) throws {
            format = try arguments.option("format", as: Table.Format.self) ?? .text
            svg = try arguments.option("svg")
            rate = try ScheduleCommand.rate(&arguments)
            source = try ScheduleCommand.load(try arguments.positional("institution or config"), against: nil, rate: nil)
        }

        func run(_ console: Console) throws {
            let comparison: TableComparison
            try ScheduleCommand.plannable(source.context.table.sessions.count, units: "sessions", in: source.name)
            do {
                comparison = try TableComparison.compare(source.context.table, declaration: source.context.declaration,
                                                         rate: rate.map { ServiceRate($0) })
            } catch let error as PlanningProblem.Unplannable {
                throw CommandFailure("\(source.name): \(error.message)")
            } catch let error as Planner.Failure {
                throw CommandFailure("\(source.name): \(error.message)")
            }
            let table = ScheduleCommand.comparisonTable(comparison)
            if format == .text {
                let plan = comparison.plan
                var text = "\(source.name): the published table beside a plan of the same \(plan.problem.units.count) units "
                    + "(\(plan.problem.units.reduce(0) { $0 + $1.headcount }) students)\n"
                text += "plan rooms: \(comparison.roomChoice)\n"
                text += "rate: \(plan.problem.rate)\n"
                text += ScheduleCommand.bound(of: plan) + "\n\n"
                text += table.render(.text)
                text += "\nchecker: published " + ScheduleCommand.tally(comparison.publishedFindings)
                    + "; planned " + ScheduleCommand.tally(comparison.plannedFindings) + "\n"
                console.out(text)
            } else {
                console.out(table.render(format))
            }
            if let svg {
                let published = GanttChart(title: "\(source.name): published table", subtitle: ["checker: " + ScheduleCommand.tally(comparison.publishedFindings)],
                                           table: comparison.published, declaration: source.context.declaration,
                                           findings: comparison.publishedFindings)
                let planned = GanttChart(title: "\(source.name): planned table, same units, rooms and windows",
                                         subtitle: ScheduleCommand.summary(of: comparison.plan, name: source.name).split(separator: "\n").map(String.init),
                                         table: comparison.plan.table, declaration: comparison.plan.declaration,
                                         findings: comparison.plannedFindings, windowLegend: "window planned into")
                try ScheduleCommand.write(GanttChart.document([published, planned]), to: svg)
            }
        }
    }

    /// `tucai schedule rules`
    struct Rules: Command {
        static let name = "rules"
        static let abstract = "List the checker's rules."

        init(arguments: inout Arguments) throws { try arguments.finish() }

        func run(_ console: Console) throws {
            let rows = ScheduleChecker.rules.map { rule in [type(of: rule).description.identifier, type(of: rule).description.summary] }
            console.out(Table(headers: ["rule", "what it flags"], rows: rows).render(.text))
        }
    }

    // MARK: - Shared by the subcommands

    /// The rates `--rate` accepts, in students per minute: one student every ten minutes to a hundred a
    /// minute. Beyond them a plan's minutes overflow (1e300) or run to years of added days (1e-9).
    static let rates: ClosedRange<Double> = 0.1...100

    /// The most rooms `--rooms` may plan into: every room is a lane the planner fills and draws.
    static let mostRooms = 200

    /// The most units (or sessions of a table) one plan takes: the planner's search grows with units times
    /// rooms, and a school has some hundreds of units (YNAU 103); thousands more are a runaway, not a campaign.
    static let mostUnits = 5_000

    static func plannable(_ count: Int, units: String, in name: String) throws {
        guard count <= mostUnits else {
            throw CommandFailure("\(name): \(count) \(units), more than the \(mostUnits) one plan takes; plan a part of them at a time")
        }
    }

    static func rate(_ arguments: inout Arguments) throws -> Double? {
        guard let text = try arguments.option("rate") else { return nil }
        guard let value = Double(text), value.isFinite, rates.contains(value) else {
            throw UsageError("--rate must be students per minute from \(rates.lowerBound) to \(Int(rates.upperBound)), like 3.2, not '\(text.prefix(40))'")
        }
        return value
    }

    static func load(_ word: String, against: String?, rate: Double?) throws -> ScheduleSource {
        do {
            return try ScheduleSource.load(word, against: against, rate: rate, registry: institutionRegistry)
        } catch {
            throw CommandFailure(error.message)
        }
    }

    /// "4" takes the first four declared rooms (naming any beyond them Room 5, …); "a,b" names the rooms.
    static func roomNames(_ text: String, declaration: ScheduleDeclaration) throws -> [String] {
        let digits = text.hasPrefix("-") || text.hasPrefix("+") ? text.dropFirst() : Substring(text)
        if !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) {
            guard let count = Int(text), (1...mostRooms).contains(count) else {
                throw UsageError("--rooms must be a number from 1 to \(mostRooms) or a list of names, not '\(text.prefix(40))'")
            }
            let declared = declaration.rooms.map(\.name)
            return (0..<count).map { $0 < declared.count ? declared[$0] : "Room \($0 + 1)" }
        }
        let names = text.split(whereSeparator: { $0 == "," || $0 == "，" }).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        guard !names.isEmpty else { throw UsageError("--rooms must be a number from 1 to \(mostRooms) or a list of names") }
        guard names.count <= mostRooms else { throw UsageError("--rooms names \(names.count) rooms; at most \(mostRooms)") }
        return names
    }

    static func write(_ text: String, to path: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CommandFailure("\(path): cannot write the file")
        }
    }

    static func chart(of source: ScheduleSource, findings: [ScheduleFinding]) -> GanttChart {
        let title = source.institution.map { "\($0.chineseName) \($0.identifier): " + (source.isFile ? source.name : "published table") } ?? source.name
        return GanttChart(title: title, subtitle: ["checker: " + tally(findings)], table: source.context.table,
                          declaration: source.context.declaration, findings: findings)
    }

    static func tally(_ findings: [ScheduleFinding]) -> String {
        let counts = ScheduleFinding.Severity.allCases.reversed().map { severity in (severity, findings.filter { $0.severity == severity }.count) }
        let errors = counts[0].1, warnings = counts[1].1, notes = counts[2].1
        if errors + warnings == 0 { return "clean" + (notes > 0 ? " (\(notes) note\(notes == 1 ? "" : "s"))" : "") }
        return "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s"), \(notes) note\(notes == 1 ? "" : "s")"
    }

    /// Findings as a registrar reads them: where, then what, one blank line between.
    static func report(_ findings: [ScheduleFinding], of source: ScheduleSource) -> String {
        let table = source.context.table
        var text = source.institution.map { "\($0.identifier) \($0.chineseName): " } ?? ""
        text += (source.isFile ? source.name : "published table") + ", \(table.sessions.count) sessions"
        if !table.rooms.isEmpty { text += " in \(table.rooms.count) room\(table.rooms.count == 1 ? "" : "s")" }
        text += " on \(table.dates.count) day\(table.dates.count == 1 ? "" : "s")"
        if let rate = source.context.referenceRate { text += "; slots judged at \(rate)" }
        text += "\n\n"
        for finding in findings {
            var place = [String]()
            if let line = finding.line { place.append("\(source.name):\(line):") }
            place.append(finding.severity.rawValue)
            place.append("[\(finding.rule)]")
            if let date = finding.date { place.append(date.description) }
            if let room = finding.room { place.append(room) }
            if !finding.times.isEmpty { place.append(finding.times.map(\.description).joined(separator: ", ")) }
            // A row that could not be read is one line, as every error a user can cause is.
            let separator = finding.date == nil && finding.room == nil && finding.line != nil ? " " : "\n    "
            text += place.joined(separator: " ") + separator + finding.message + "\n"
        }
        let clean = !findings.contains(where: \.makesTableUnclean)
        text += (findings.isEmpty ? "" : "\n") + (clean ? "\(source.name): clean" + (findings.isEmpty ? "" : " (" + tally(findings).dropFirst("clean (".count))
            : "\(source.name): " + tally(findings))
        return text
    }

    static func table(_ findings: [ScheduleFinding], file: String?) -> Table {
        Table(headers: ["severity", "rule", "line", "date", "room", "times", "units", "problem"], rows: findings.map { finding in
            [finding.severity.rawValue, finding.rule, finding.line.map { "\(file ?? ""):\($0)" } ?? "", finding.date?.description ?? "",
             finding.room ?? "", finding.times.map(\.description).joined(separator: " "), finding.units.joined(separator: ";"), finding.message]
        })
    }

    static func bound(of plan: SchedulePlan) -> String {
        let problem = plan.problem
        let uniform = Set(problem.rooms.map(\.windows)).count == 1
        let service = String(format: "%.1f", problem.serviceMinutes)
        var text = "lower bound: \(plan.lowerBound) open minutes"
            + (uniform ? " = ceil(\(service) service minutes / \(problem.rooms.count) rooms)" : " (\(service) service minutes over \(problem.rooms.count) rooms' hours)")
            + ", i.e. \(describe(plan.lowerBoundEnd))\n"
        text += "planned: last session ends \(plan.lastEnd.map(describe) ?? "-") after \(plan.makespan) open minutes: gap +\(plan.gap) minutes ("
            + String(format: "%.2f%%", plan.gapPercent) + ")"
        if let capacity = plan.capacityBound, capacity > plan.lowerBound {
            text += "\n  no plan of these slots can end before \(capacity) open minutes: each slot is its students' minutes rounded up "
                + "to the \(problem.grid)-minute grid, and before that the room-windows hold fewer slot-minutes than the slots need"
        }
        return text
    }

    static func summary(of plan: SchedulePlan, name: String) -> String {
        let problem = plan.problem
        let students = problem.units.reduce(0) { $0 + $1.headcount }
        var text = "\(name): \(problem.units.count) units, \(students) students, \(problem.rooms.count) rooms ("
            + problem.rooms.map(\.name).joined(separator: ", ") + ")\n"
        text += "rate: \(problem.rate)\n"
        text += bound(of: plan) + "\n"
        if plan.addedDays > 0 {
            text += "the declared days are not enough: \(plan.addedDays) day\(plan.addedDays == 1 ? "" : "s") added after the last\n"
        }
        let loads = RoomLoad.loads(of: plan.table, declaration: .none)
        let oneDay = Set(loads.compactMap(\.lastEnd?.date)).count <= 1
        let ends = loads.map { "\($0.room) \($0.lastEnd.map { oneDay ? "\($0.time)" : describe($0) } ?? "-")" }
        text += "rooms end: " + ends.joined(separator: ", ")
        if let lead = problem.arrivalLead { text += "\nunits arrive \(lead) minutes before their slot (arrive column)" }
        return text
    }

    static func describe(_ moment: Moment) -> String { "\(moment.time) on \(moment.date)" }

    static func comparisonTable(_ comparison: TableComparison) -> Table {
        var names = comparison.plannedLoads.map(\.room)
        for load in comparison.publishedLoads where !names.contains(load.room) { names.append(load.room) }
        // A plan that needs another day ends "09:10" on it: the time alone would read as earlier than 16:25.
        let ends = (comparison.plannedLoads + comparison.publishedLoads).compactMap(\.lastEnd)
        let oneDay = Set(ends.map(\.date)).count <= 1
        func end(_ moment: Moment?) -> String {
            guard let moment else { return "-" }
            return oneDay ? "\(moment.time)" : String(format: "%02d-%02d ", moment.date.month, moment.date.day) + "\(moment.time)"
        }
        func cells(_ load: RoomLoad?) -> [String] {
            guard let load else { return ["-", "-", "-", "-"] }
            return ["\(load.sessions)", end(load.lastEnd), "\(load.idleMinutes)",
                    load.worstThroughput.map { String(format: "%.2f", $0) } ?? "-"]
        }
        var rows = names.map { name in
            [name] + cells(comparison.publishedLoads.first { $0.room == name }) + cells(comparison.plannedLoads.first { $0.room == name })
        }
        func overall(_ loads: [RoomLoad]) -> [String] {
            ["\(loads.reduce(0) { $0 + $1.sessions })", end(loads.compactMap(\.lastEnd).max()),
             "\(loads.reduce(0) { $0 + $1.idleMinutes })", loads.compactMap(\.worstThroughput).max().map { String(format: "%.2f", $0) } ?? "-"]
        }
        rows.append(["all rooms"] + overall(comparison.publishedLoads) + overall(comparison.plannedLoads))
        return Table(headers: ["room", "published sessions", "last end", "idle min", "worst students/min",
                               "planned sessions", "last end", "idle min", "worst students/min"], rows: rows)
    }

    static func json(_ plan: SchedulePlan) -> String {
        struct Row: Encodable {
            var date: String, weekday: String, room: String, start: String, end: String, arrive: String?
            var units: [String], headcount: Int?, college: String?
        }
        struct Document: Encodable {
            var rate: Double, rooms: [String], units: Int, students: Int, lowerBound: Int, capacityBound: Int?
            var makespan: Int, gap: Int, gapPercent: Double, lastEnd: String?, addedDays: Int, sessions: [Row]
        }
        let problem = plan.problem
        let lead = problem.arrivalLead
        let document = Document(
            rate: problem.rate.studentsPerMinute, rooms: problem.rooms.map(\.name), units: problem.units.count,
            students: problem.units.reduce(0) { $0 + $1.headcount }, lowerBound: plan.lowerBound, capacityBound: plan.capacityBound,
            makespan: plan.makespan, gap: plan.gap, gapPercent: (plan.gapPercent * 100).rounded() / 100,
            lastEnd: plan.lastEnd?.description, addedDays: plan.addedDays,
            sessions: plan.table.sessions.map { session in
                Row(date: session.date.description, weekday: session.date.weekday.description, room: session.room ?? "",
                    start: session.start.description, end: session.end.description,
                    arrive: lead.map { (session.start + -$0).description }, units: session.units,
                    headcount: session.headcount, college: session.college)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(document)) ?? Data("{}".utf8), as: UTF8.self)
    }
}

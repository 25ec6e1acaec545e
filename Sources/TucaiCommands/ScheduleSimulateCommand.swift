import Foundation
import TucaiKernel
import TucaiSchedule

extension ScheduleCommand {
    /// `tucai schedule simulate <id | table.csv | config.json>`
    struct Simulate: Command {
        static let name = "simulate"
        static let abstract = "Simulate the capture day: each room's queue, each slot's waits, the slots where students wait longest."
        static let arguments = "<id | code | config.json | table.csv> [--rate R] [--lead MIN] [--spread MIN] [--no-show P] [--jitter F | --exponential] [--seed S] [--runs N] [--mark MIN] [--top N] [--format text|csv] [--svg out.svg]"
        static let discussion = """
            Runs the table's day N times (seeded: the same seed gives the same figures). A slot's students arrive
            uniformly over a window as long as the slot (or --spread minutes), --lead minutes early (by default the
            notice's lead, else 15); each stays away with probability --no-show (0.05). Each room photographs one
            student at a time, the earliest arrival first across all its slots, each photograph 1/rate minutes
            times a factor uniform in 1 ± --jitter (0.5), or exponential with --exponential. A room opens at the
            start of each run of back-to-back slots; waiting before that is not counted. The rate is the table's
            students over its booked room-minutes unless --rate gives one.
            Per slot: the median and 90th-percentile wait in minutes over every student of every run, and the
            middle run's longest line at the door while the slot's students stood in it, with when it formed.
            The slots are ranked by 90th-percentile wait. --svg draws the table with a band under every slot
            whose 90th-percentile wait is over --mark minutes (15).
            Example: tucai schedule simulate ynau --seed 3 --svg ynau-queue.svg
            """

        enum Format: String, CaseIterable { case text, csv }

        var source: ScheduleSource
        var rate: Double?
        var lead: Int?
        var spread: Int?
        var noShow: Double
        var jitter: Double
        var exponential: Bool
        var seed: UInt64
        var runs: Int
        var mark: Double
        var top: Int
        var format: Format
        var svg: String?

        /// A run simulates every student once; past this many student-runs a command would take minutes.
        static let mostStudentRuns = 20_000_000

        init(arguments: inout Arguments) throws {
            format = try arguments.option("format", as: Format.self) ?? .text
            svg = try arguments.option("svg")
            rate = try ScheduleCommand.rate(&arguments)
            lead = try Self.whole(&arguments, "lead", 0...240, "minutes before the slot")
            spread = try Self.whole(&arguments, "spread", 1...480, "minutes")
            noShow = try Self.number(&arguments, "no-show", 0...1, "a probability") ?? 0.05
            jitter = try Self.number(&arguments, "jitter", 0...1, "a fraction of the mean photograph") ?? 0.5
            exponential = arguments.flag("exponential")
            if let text = try arguments.option("seed") {
                guard let value = UInt64(text) else { throw UsageError("--seed must be a whole number from 0 to \(UInt64.max), not '\(text.prefix(40))'") }
                seed = value
            } else {
                seed = 1
            }
            runs = try Self.whole(&arguments, "runs", 1...1000, "runs") ?? 100
            mark = try Self.number(&arguments, "mark", 0.1...600, "minutes") ?? 15
            top = try Self.whole(&arguments, "top", 1...100, "slots") ?? 5
            source = try ScheduleCommand.load(try arguments.positional("institution, config or table"), against: nil, rate: nil)
        }

        static func whole(_ arguments: inout Arguments, _ name: String, _ range: ClosedRange<Int>, _ what: String) throws -> Int? {
            guard let text = try arguments.option(name) else { return nil }
            guard let value = Int(text), range.contains(value) else {
                throw UsageError("--\(name) must be a whole number of \(what) from \(range.lowerBound) to \(range.upperBound), not '\(text.prefix(40))'")
            }
            return value
        }

        static func number(_ arguments: inout Arguments, _ name: String, _ range: ClosedRange<Double>, _ what: String) throws -> Double? {
            guard let text = try arguments.option(name) else { return nil }
            guard let value = Double(text), value.isFinite, range.contains(value) else {
                throw UsageError("--\(name) must be \(what) from \(range.lowerBound) to \(range.upperBound), not '\(text.prefix(40))'")
            }
            return value
        }

        func run(_ console: Console) throws {
            if let problem = source.readingProblems.first {
                // Simulating the rows that could be read would quietly leave students out of the queues.
                let place = problem.line.map { "\(source.name):\($0)" } ?? source.name
                throw CommandFailure("\(place): \(problem.message)" + (source.readingProblems.count > 1 ? " (and \(source.readingProblems.count - 1) more bad rows)" : ""))
            }
            let table = source.context.table
            let students = Slot.slots(in: table).compactMap(\.headcount).reduce(0, +)
            guard students > 0 else { throw CommandFailure("\(source.name): no slot gives a headcount (人数), so nobody can be simulated") }
            guard students * runs <= Self.mostStudentRuns else {
                throw CommandFailure("\(source.name): \(students) students × \(runs) runs is more than \(Self.mostStudentRuns) simulated visits; lower --runs")
            }
            guard let serviceRate = rate.map({ ServiceRate($0) }) ?? ServiceRate.total(of: table) ?? ServiceRate.slotMedian(of: table) else {
                throw CommandFailure("\(source.name): no rate can be measured from the table; give one with --rate")
            }
            let arrivalLead = lead ?? source.context.declaration.arrivalLeadMinutes ?? 15
            let simulation = CaptureDaySimulation(rate: serviceRate, arrivals: .spread(lead: arrivalLead, spread: spread),
                                                  service: exponential ? .exponential : .jittered(jitter),
                                                  noShow: noShow, seed: seed, runs: runs)
            let report = simulation.run(table)
            switch format {
            case .csv: console.out(Self.csv(report))
            case .text: console.out(text(report))
            }
            if let svg {
                try ScheduleCommand.write(GanttChart.document([chart(report)]), to: svg)
            }
        }

        func model(_ report: QueueReport) -> [String] {
            let simulation = report.simulation
            var arrivals = ""
            if case let .spread(lead, spread) = simulation.arrivals {
                arrivals = "arrivals uniform over " + (spread.map { "\($0) minutes" } ?? "each slot's length") + ", \(lead) min early"
            }
            let service: String
            switch simulation.service {
            case let .jittered(jitter): service = jitter == 0 ? "fixed" : "×U[\(Self.minutes(1 - jitter, 2)), \(Self.minutes(1 + jitter, 2))]"
            case .exponential: service = "exponential"
            }
            return [
                "model: \(arrivals); \(Self.minutes(simulation.noShow * 100, 0))% no-shows",
                "rate: \(simulation.rate)",
                "each room one student at a time, first come first served; photograph 1/rate \(service)",
                "\(simulation.runs) run\(simulation.runs == 1 ? "" : "s"), seed \(simulation.seed)",
            ]
        }

        func text(_ report: QueueReport) -> String {
            let table = source.context.table
            let slots = report.slots
            let days = Set(slots.map(\.slot.date)).count
            let rooms = Set(slots.compactMap { $0.slot.room.map(Room.normalized) }).count
            var text = source.institution.map { "\($0.identifier) \($0.chineseName): " } ?? ""
            text += (source.isFile ? source.name : "published table") + ", \(slots.count) slots, \(report.students) students"
                + " in \(rooms) room\(rooms == 1 ? "" : "s") on \(days) day\(days == 1 ? "" : "s")\n"
            text += model(report).joined(separator: "\n") + "\n"
            if report.unsimulated > 0 { text += "\(report.unsimulated) slot\(report.unsimulated == 1 ? "" : "s") without a headcount: not simulated\n" }
            text += "waits in minutes over all students and runs; line: the middle run's longest line, and when\n\n"
            let showDate = Set(table.sessions.map(\.date)).count > 1
            var headers = ["room", "slot", "units", "students", "median", "p90", "line", "at"]
            if showDate { headers.insert("date", at: 0) }
            var rendered = Table(headers: headers, rows: slots.map { queue in
                var row = [queue.slot.room ?? "-", "\(queue.slot.window)", queue.slot.units.joined(separator: "、"), "\(queue.headcount)",
                           Self.minutes(queue.medianWait, 1), Self.minutes(queue.p90Wait, 1), "\(queue.longestLine)", "\(queue.longestLineTime)"]
                if showDate { row.insert(Self.shortDate(queue.slot.date), at: 0) }
                return row
            })
            rendered.maximumCellWidth = 22
            text += rendered.render(.text)
            text += "\nlongest queues, top \(min(top, slots.count)) by 90th-percentile wait:\n"
            for (place, queue) in report.ranked.prefix(top).enumerated() {
                text += "\(place + 1). " + Self.headline(queue, showDate: showDate) + "\n"
            }
            return text
        }

        static func headline(_ queue: SlotQueue, showDate: Bool) -> String {
            (showDate ? shortDate(queue.slot.date) + " " : "") + "\(queue.slot.room ?? "-") \(queue.slot.window) "
                + clipped(queue.slot.units.joined(separator: "、"), columns: 30)
                + " (\(queue.headcount)): p90 \(minutes(queue.p90Wait, 1)) min, median \(minutes(queue.medianWait, 1)),"
                + " line \(queue.longestLine) at \(queue.longestLineTime)"
        }

        static func csv(_ report: QueueReport) -> String {
            Table(headers: ["date", "room", "start", "end", "units", "headcount", "photographed_per_run", "median_wait_min",
                            "p90_wait_min", "longest_line", "longest_line_at", "rank"],
                  rows: zip(report.slots, rank(report)).map { queue, rank in
                      [queue.slot.date.description, queue.slot.room ?? "", "\(queue.slot.window.start)", "\(queue.slot.window.end)",
                       queue.slot.units.joined(separator: ";"), "\(queue.headcount)", minutes(queue.photographed, 1),
                       minutes(queue.medianWait, 2), minutes(queue.p90Wait, 2), "\(queue.longestLine)", "\(queue.longestLineTime)", "\(rank)"]
                  }).render(.csv)
        }

        /// Each slot's place in the ranking, in table order.
        static func rank(_ report: QueueReport) -> [Int] {
            let ranked = report.ranked
            return report.slots.map { queue in (ranked.firstIndex(of: queue) ?? 0) + 1 }
        }

        func chart(_ report: QueueReport) -> GanttChart {
            let title = source.institution.map { "\($0.chineseName) \($0.identifier): " + (source.isFile ? source.name : "published table") } ?? source.name
            let showDate = Set(report.slots.map(\.slot.date)).count > 1
            var subtitle = model(report)
            subtitle.append("longest queues (90th-percentile wait, minutes):")
            subtitle += report.ranked.prefix(top).enumerated().map { "  \($0.offset + 1). " + Self.headline($0.element, showDate: showDate) }
            var chart = GanttChart(title: title + ", simulated queues", subtitle: subtitle, table: source.context.table,
                                   declaration: source.context.declaration, findings: ScheduleChecker.check(source.context))
            chart.queueMarks = report.slots.filter { $0.p90Wait > mark }.map { queue in
                QueueMark(sessions: queue.slot.rows, level: queue.p90Wait > 2 * mark ? .twiceOver : .over, threshold: mark,
                          caption: "\(queue.slot.units.joined(separator: "、")) \(queue.slot.window): 90th-percentile wait "
                              + "\(Self.minutes(queue.p90Wait, 1)) min, median \(Self.minutes(queue.medianWait, 1)), longest line \(queue.longestLine) at \(queue.longestLineTime)")
            }
            return chart
        }

        /// At most `limit` display columns, CJK counted as two, so that a headline fits 100 columns.
        static func clipped(_ text: String, columns limit: Int) -> String {
            guard text.displayColumns > limit else { return text }
            var used = 0
            var out = ""
            for character in text {
                let width = String(character).displayColumns
                if used + width > limit - 1 { break }
                used += width; out.append(character)
            }
            return out + "…"
        }

        static func minutes(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }

        static func shortDate(_ date: CivilDate) -> String { String(date.description.suffix(5)) }
    }
}

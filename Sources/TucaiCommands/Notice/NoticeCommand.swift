import Foundation
import TucaiKernel
import TucaiRegistry
import TucaiSchedule

/// `tucai notice <config.json | id> [--plan] [--format markdown|html] [--out FILE]`
struct NoticeCommand: Command {
    static let name = "notice"
    static let abstract = "Write the campaign's 通知 from the policy, with its timetable as the 附件."
    static let arguments = "<config.json | id | code> [--plan] [--format markdown|html] [--out FILE]"
    static let discussion = """
        Sections 一、二、三… follow the policy: who is in scope, days, windows and rooms, the fee and how it is
        paid, the steps and credentials, appearance, make-up routes, verification on 学信网, contacts. What the
        source notice does not state is left out. The 附件 is the published table (or the config's
        sessionTable); with --plan, a table planned from the same units, rooms and windows.
          --format markdown|html   markdown (default) or a self-contained HTML page
          --out FILE               write to FILE instead of standard output
        Example: tucai notice Examples/ynau-2023.json --plan --format html --out notice.html
        """

    var word: String
    var plan: Bool
    var format: CampaignNotice.Format
    var out: String?

    init(arguments: inout Arguments) throws {
        plan = arguments.flag("plan")
        format = try arguments.option("format", as: CampaignNotice.Format.self) ?? .markdown
        out = try arguments.option("out")
        word = try arguments.positional("institution or config")
    }

    func run(_ console: Console) throws {
        let notice = try Self.notice(for: word, planned: plan)
        if !notice.addedDays.isEmpty {
            console.error("notice: the planned timetable gives every slot the minutes its students need and so needs "
                          + notice.addedDays.map(\.description).joined(separator: ", ") + " as well, which the policy does not declare; the notice announces "
                          + (notice.addedDays.count == 1 ? "it" : "them"))
        }
        for passage in notice.brokenOff { console.error("notice: left out, the source's text breaks off here; complete it before publishing: \(passage)") }
        let text = notice.rendered(as: format)
        guard let out else { return console.out(text) }
        do { try text.write(toFile: out, atomically: true, encoding: .utf8) } catch {
            throw CommandFailure("\(out): cannot write the notice: \(error.localizedDescription)")
        }
        console.out("\(out): \(notice.title), \(notice.sections.count) sections" + (notice.attachment.map { ", 附件 of \($0.rows.count) rows" } ?? ""))
    }

    /// The institutions this build knows, for the tests that write every school's notice.
    static var institutions: [any Institution] { institutionRegistry.entries.map(\.institution) }

    static func notice(for word: String, planned: Bool) throws -> CampaignNotice {
        let school: any Institution
        var days: [CaptureDay]
        var table: SessionTable
        var declaration: ScheduleDeclaration
        if word.lowercased().hasSuffix(".json") {
            let config: CampaignConfig
            do { config = try CampaignConfig.load(URL(fileURLWithPath: word), registry: institutionRegistry) } catch {
                throw CommandFailure(error.description)
            }
            school = config.institution
            days = config.captureDays
            table = try ConfiguredSessionTable.read(config) ?? school.sessionTable
            declaration = ScheduleDeclaration(config: config)
        } else {
            school = try InstitutionArgument.resolve(word)
            days = school.captureDays
            table = school.sessionTable
            declaration = ScheduleDeclaration(school)
        }
        var added: [CivilDate] = []
        if planned {
            table = try plannedTable(from: table, declaration: declaration, name: word)
            // Slots long enough may need a day the policy does not declare: the notice announces it, as the
            // timetable it attaches uses it, with the last declared day's hours.
            let declared = Set(days.map(\.date))
            added = Array(Set(table.sessions.map(\.date)).subtracting(declared)).sorted()
            if let last = days.max(by: { $0.date < $1.date }) {
                // Without a declared day there is nothing to copy the hours from: the 附件 alone gives the added days.
                for date in added {
                    let rooms = Array(Set(table.sessions.filter { $0.date == date }.compactMap(\.room))).sorted()
                    days.append(CaptureDay(date, printedWeekday: date.weekday, campus: last.campus, windows: last.windows, rooms: rooms))
                }
            }
        }
        var notice = CampaignNotice(school, captureDays: days, table: table, tableIsPlanned: planned)
        notice.addedDays = added.filter { date in days.contains { $0.date == date } }
        return notice
    }

    /// The planner's table for the same units, rooms and windows, as `tucai schedule plan` makes it.
    static func plannedTable(from table: SessionTable, declaration: ScheduleDeclaration, name: String) throws -> SessionTable {
        guard !table.isEmpty else {
            throw CommandFailure("\(name): no session table to plan from; give the config a sessionTable")
        }
        // The planner sizes slots by headcount; its own advice (--units) is an option of 'schedule plan', not of this command.
        guard table.headcount != nil else {
            throw CommandFailure("\(name): the session table gives no headcount for every row, so no plan can be made; write the notice without --plan")
        }
        try ScheduleCommand.plannable(table.sessions.count, units: "sessions", in: name)
        do {
            let problem = try PlanningProblem.posed(by: table, declaration: declaration.fillingWindows(from: table))
            return try Planner.plan(problem).table
        } catch let error as PlanningProblem.Unplannable {
            throw CommandFailure("\(name): \(error.message)")
        } catch let error as Planner.Failure {
            throw CommandFailure("\(name): \(error.message)")
        }
    }
}

import Foundation
import TucaiCampaign
import TucaiKernel
import TucaiSchedule

/// `tucai report <campaign> --out report.html`
struct ReportCommand: Command {
    static let name = "report"
    static let abstract = "Write the campaign's dashboard: one self-contained HTML page of progress, money, make-ups, verification and the schedule."
    static let arguments = "<config.json | campaign.sqlite> --out report.html [--as-of today|last-capture-day|YYYY-MM-DD]"
    static let discussion = """
        Writes one HTML file that opens in any browser with no network: progress by college, unit, room and
        day (in scope, paid, photographed, missed, make-up), the money balance and the refunds due exactly as
        'tucai reconcile' states them, the make-up queue with days left to each deadline, verification, and
        the session table as a Gantt chart with each session's share photographed. ID numbers are masked.
        Reads the campaign's database (it may be running).

        Options:
          --out FILE   the HTML file to write; replaced whole, never left half-written
          --as-of D    the day the make-up deadlines are counted from: today (Asia/Shanghai, the default),
                       last-capture-day (the campaign's last collective capture day), or a date

        Example: tucai report Examples/ynau-2023.json --out ynau-2023.html
        """

    var campaign: String
    var out: String
    var asOf: String

    init(arguments: inout Arguments) throws {
        guard let out = try arguments.option("out") else { throw UsageError("missing --out <report.html>") }
        self.out = out
        asOf = try arguments.option("as-of") ?? "today"
        guard asOf == "today" || asOf == "last-capture-day" || CivilDate(iso: asOf)?.isValid == true else {
            throw UsageError("--as-of must be today, last-capture-day or a date YYYY-MM-DD, not '\(asOf)'")
        }
        campaign = try arguments.positional("campaign")
    }

    func run(_ console: Console) throws {
        let opened = try OpenedCampaign(campaign, create: false)
        let now = Date()
        let reference: CivilDate
        switch asOf {
        case "today": reference = ShanghaiClock.date(of: now)
        case "last-capture-day":
            guard let last = opened.workflow.captureDates.last else {
                throw CommandFailure("\(campaign): --as-of last-capture-day: \(opened.workflow.name) has no capture day")
            }
            reference = last
        default: reference = CivilDate(iso: asOf)!
        }
        let dashboard = try CampaignDashboard(store: opened.store, workflow: opened.workflow, referenceDate: reference)
        let page = DashboardPage(dashboard: dashboard, workflow: opened.workflow, cohort: opened.cohort, database: opened.database.description,
                                 generated: ShanghaiClock.text(of: now), referenceNote: asOf == "today" ? "今天 today"
                                     : asOf == "last-capture-day" ? "最后采集日 last capture day" : "指定 given",
                                 declaration: opened.config.map { ScheduleDeclaration(config: $0) } ?? ScheduleDeclaration(opened.workflow.institution))
        try Self.write(page.html, to: out)
        console.out("\(out): report of \(dashboard.total.inScope) students in scope written (\(opened.workflow.name), \(opened.database))")
    }

    /// Written beside the target and renamed over it: a browser reloading the page never reads half of it.
    static func write(_ html: String, to path: String) throws {
        let target = URL(fileURLWithPath: path)
        let temporary = target.deletingLastPathComponent().appending(path: ".\(target.lastPathComponent).\(getpid()).tmp")
        do {
            try Data(html.utf8).write(to: temporary)
        } catch {
            throw CommandFailure("\(path): cannot write the report: \(error.localizedDescription)")
        }
        guard rename(temporary.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw CommandFailure("\(path): cannot write the report: \(reason)")
        }
    }
}

/// The campaign's calendar is Beijing time whatever the machine's zone.
enum ShanghaiClock {
    static func date(of instant: Date) -> CivilDate {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down)) + Moment.utcOffsetSeconds
        return CivilDate(dayNumber: Int((Double(seconds) / 86_400).rounded(.down)))
    }

    static func text(of instant: Date) -> String {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down)) + Moment.utcOffsetSeconds
        let ofDay = ((seconds % 86_400) + 86_400) % 86_400
        let time = String(format: "%02d:%02d:%02d", ofDay / 3600, ofDay / 60 % 60, ofDay % 60)
        return "\(date(of: instant)) \(time) (\(Moment.timeZoneIdentifier), UTC+8)"
    }
}

/// The dashboard as one HTML page: inline CSS and SVG only, so that it can be mailed, archived or opened on a
/// machine with no network, and prints as it shows.
struct DashboardPage {
    var dashboard: CampaignDashboard
    var workflow: Workflow
    var cohort: Cohort
    var database: String
    var generated: String
    var referenceNote: String
    var declaration: ScheduleDeclaration

    /// Long lists are cut here: the page stays quick to open; `tucai reconcile` prints every line.
    static let listLimit = CampaignDashboard.listed

    var html: String {
        let title = "\(workflow.name) \(cohort.graduationYear)届\(cohort.level.chinese)毕业生图像信息采集 · 进度报告"
        var body = "<header><h1>\(esc(title))</h1><dl>"
        for (label, value) in [("学校 school", "\(workflow.name) (\(workflow.institution.identifier))"),
                               ("届别 cohort", "\(cohort.graduationYear)届 \(cohort.level.chinese) (\(cohort))"),
                               ("数据库 database", database),
                               ("生成时间 generated", generated),
                               ("参照日期 as of", "\(dashboard.referenceDate) (\(referenceNote))")] {
            body += "<dt>\(esc(label))</dt><dd>\(esc(value))</dd>"
        }
        body += "</dl></header>"
        body += summary()
        // Short summaries first, so that the first screen answers "how far, and does the money add up";
        // the long per-unit table and the chart follow.
        body += money()
        body += progressSection("按学院 by college", dashboard.byCollege)
        body += progressSection("按日期 by day", dashboard.byDay)
        body += progressSection("按地点 by room", dashboard.byRoom)
        body += verification()
        body += makeUps()
        body += refunds()
        body += progressSection("按场次单位 by session unit", dashboard.byUnit)
        body += gantt()
        return """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(esc(title))</title>
            <style>\(Self.css)</style>
            </head>
            <body>
            \(body)
            <footer>tucai report · 身份证号已脱敏 ID numbers masked · 金额以分计算、以元显示 amounts kept in fen, shown in 元</footer>
            </body>
            </html>

            """
    }

    static let css = """
        body{font-family:'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif;
        margin:24px;color:#1a1a1a;font-size:14px;line-height:1.45;background:#fff}
        h1{font-size:22px;margin:0 0 8px}h2{font-size:18px;margin:28px 0 8px;border-bottom:2px solid #2f6f9f;padding-bottom:3px}
        dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 14px;margin:0}dt{color:#555}dd{margin:0}
        table{border-collapse:collapse;margin:6px 0 4px}th,td{border:1px solid #d5d9e0;padding:3px 8px;text-align:left;vertical-align:middle;white-space:nowrap}td.t{white-space:normal}
        th{background:#eef2f7;font-weight:600}td.n{text-align:right;font-variant-numeric:tabular-nums}
        tr.total td{font-weight:700;background:#f7f7f7}.cards{display:flex;flex-wrap:wrap;gap:10px;margin:16px 0}
        .card{border:1px solid #d5d9e0;border-radius:6px;padding:8px 14px;min-width:110px}.card b{display:block;font-size:22px}
        .ok{color:#1d7a1d}.bad{color:#b00000}.warn{color:#9a5a00}.note{color:#555;font-size:12px}
        .legend span{display:inline-block;margin-right:14px}.sw{display:inline-block;width:12px;height:12px;vertical-align:-1px;margin-right:4px}
        .gantt{overflow-x:auto;border:1px solid #d5d9e0}.gantt svg{width:100%;height:auto;display:block}
        .formula{font-size:16px;margin:6px 0}footer{margin-top:30px;color:#777;font-size:12px}
        @media print{.gantt{overflow:visible}}
        """

    func summary() -> String {
        let t = dashboard.total
        var html = "<div class=\"cards\">"
        for (label, value, share) in [("应采 in scope", t.inScope, nil), ("已缴费 paid", t.paid, t.paid), ("已拍摄 photographed", t.photographed, t.photographed),
                                      ("缺拍 missed", t.missed, t.missed), ("补拍 make-up", t.makeUp, t.makeUp)] as [(String, Int, Int?)] {
            html += "<div class=\"card\">\(esc(label))<b>\(value)</b>" + (share.map { "<span class=\"note\">\(percent($0, t.inScope))</span>" } ?? "") + "</div>"
        }
        return html + "</div>"
    }

    func progressSection(_ title: String, _ rows: [CampaignDashboard.Progress]) -> String {
        var html = "<h2>\(esc(title))</h2>"
        html += "<p class=\"legend note\"><span><i class=\"sw\" style=\"background:#4a8fd0\"></i>已缴费 paid</span>"
            + "<span><i class=\"sw\" style=\"background:#3a9a4a\"></i>已拍摄 photographed</span>"
            + "<span><i class=\"sw\" style=\"background:#e0922f\"></i>待补拍 make-up awaited</span>"
            + "<span><i class=\"sw\" style=\"background:#d04040\"></i>缺拍未安排补拍 missed, no make-up</span></p>"
        html += "<table><tr><th>\(esc(title.components(separatedBy: " ").first ?? title))</th><th>应采 in scope</th><th>已缴费 paid</th>"
            + "<th>已拍摄 photographed</th><th>缺拍 missed</th><th>补拍 make-up</th><th>进度 progress</th></tr>"
        let shown = rows.prefix(Self.listLimit)
        for row in shown { html += progressRow(row, total: false) }
        html += progressRow(dashboard.total, total: true)
        html += "</table>"
        if rows.count > shown.count { html += "<p class=\"note\">… \(rows.count - shown.count) more rows not shown</p>" }
        return html
    }

    func progressRow(_ p: CampaignDashboard.Progress, total: Bool) -> String {
        "<tr\(total ? " class=\"total\"" : "")><td>\(esc(p.key))</td><td class=\"n\">\(p.inScope)</td>"
            + "<td class=\"n\">\(p.paid) <span class=\"note\">\(percent(p.paid, p.inScope))</span></td>"
            + "<td class=\"n\">\(p.photographed) <span class=\"note\">\(percent(p.photographed, p.inScope))</span></td>"
            + "<td class=\"n\">\(p.missed)</td><td class=\"n\">\(p.makeUp)</td><td>\(bar(p))</td></tr>"
    }

    /// Two thin bars: the share paid above, the share photographed below with the make-ups and the missed
    /// still unplaced after it, so a college's gap reads at a glance.
    func bar(_ p: CampaignDashboard.Progress) -> String {
        let width = 220.0
        func w(_ n: Int) -> Double { p.inScope == 0 ? 0 : width * Double(n) / Double(p.inScope) }
        let photographed = w(p.photographed)
        let makeUp = w(p.awaitingMakeUp)
        let missedOnly = w(p.missedUnplaced)
        var svg = "<svg width=\"\(Int(width))\" height=\"18\" viewBox=\"0 0 \(Int(width)) 18\" role=\"img\">"
        svg += "<rect width=\"\(f(width))\" height=\"18\" fill=\"#eceff3\"/>"
        svg += "<rect y=\"1\" width=\"\(f(w(p.paid)))\" height=\"6\" fill=\"#4a8fd0\"/>"
        svg += "<rect y=\"9\" width=\"\(f(photographed))\" height=\"8\" fill=\"#3a9a4a\"/>"
        svg += "<rect x=\"\(f(photographed))\" y=\"9\" width=\"\(f(makeUp))\" height=\"8\" fill=\"#e0922f\"/>"
        svg += "<rect x=\"\(f(photographed + makeUp))\" y=\"9\" width=\"\(f(missedOnly))\" height=\"8\" fill=\"#d04040\"/>"
        return svg + "</svg>"
    }

    func money() -> String {
        let b = dashboard.balance
        var html = "<h2>资金核对 money balance</h2>"
        html += "<p class=\"formula\">收款 received <b>\(esc(b.received.description))</b> = 已拍摄学生费用 credited <b>\(esc(b.photographed.description))</b>"
            + " + 应退 refunds due <b>\(esc(b.refundsDue.description))</b> + 暂存 held <b>\(esc(b.held.description))</b>"
            + " + 应退回 owed back <b>\(esc(b.owedBack.description))</b></p>"
        html += b.balances ? "<p class=\"ok\">✓ 账目平衡 the parts add up to the money received, to the fen</p>"
            : "<p class=\"bad\">✗ 账目不平 DOES NOT BALANCE: \(esc((b.received - (b.photographed + b.refundsDue + b.held + b.owedBack)).description)) unaccounted</p>"
        let parts: [(String, Money, String)] = [("已拍摄学生费用 credited", b.photographed, "#3a9a4a"), ("应退 refunds due", b.refundsDue, "#e0922f"),
                                                ("暂存 held", b.held, "#4a8fd0"), ("应退回 owed back", b.owedBack, "#d04040")]
        html += "<table><tr><th>项目 part</th><th>金额 amount</th><th>分 fen</th><th>占比 share</th></tr>"
        for (label, amount, colour) in parts {
            let share = b.received.fen == 0 ? 0 : Double(amount.fen) / Double(b.received.fen)
            html += "<tr><td><i class=\"sw\" style=\"background:\(colour)\"></i>\(esc(label))</td><td class=\"n\">\(esc(amount.description))</td>"
                + "<td class=\"n\">\(amount.fen)</td><td><svg width=\"220\" height=\"12\" role=\"img\"><rect width=\"220\" height=\"12\" fill=\"#eceff3\"/>"
                + "<rect width=\"\(f(220 * max(0, min(1, share))))\" height=\"12\" fill=\"\(colour)\"/></svg></td></tr>"
        }
        html += "<tr class=\"total\"><td>收款 received</td><td class=\"n\">\(esc(b.received.description))</td><td class=\"n\">\(b.received.fen)</td><td></td></tr></table>"
        if let fee = dashboard.reconciliation.fee { html += "<p class=\"note\">采集费 fee per student: \(esc(fee.description))</p>" }
        return html
    }

    func refunds() -> String {
        let items = dashboard.refundsDue
        var html = "<h2>应退款 refunds due (\(items.count), \(esc(dashboard.refundTotal.description)))</h2>"
        guard items.count > 0 else { return html + "<p>无 none</p>" }
        html += "<table><tr><th>学号 student</th><th>姓名 name</th><th>身份证号 ID</th><th>已缴 paid</th><th>应退 refund</th><th>截止 due</th><th>说明 note</th></tr>"
        for item in items.first {
            html += "<tr><td>\(esc(item.student))</td><td>\(esc(item.name))</td><td>\(esc(item.idNumber))</td>"
                + "<td class=\"n\">\(esc(item.paid?.description ?? ""))</td><td class=\"n\">\(esc(item.refund?.description ?? ""))</td>"
                + "<td>\(esc(item.due.map { "\($0)" } ?? "未注明 not stated"))</td><td class=\"t\">\(esc(item.note))</td></tr>"
        }
        html += "</table>"
        if items.count > items.first.count { html += "<p class=\"note\">… \(items.count - items.first.count) more; tucai reconcile lists every one</p>" }
        return html
    }

    func makeUps() -> String {
        let queue = dashboard.makeUpQueue
        let awaiting = dashboard.awaitingInQueue
        var html = "<h2>补拍队列 make-up queue (\(awaiting) 待补拍 awaiting, \(queue.count - awaiting) 已补拍 photographed)</h2>"
        guard queue.count > 0 else { return html + "<p>无 none</p>" }
        html += "<p class=\"note\">剩余天数自 \(dashboard.referenceDate) 起算 days left counted from \(dashboard.referenceDate)</p>"
        html += "<table><tr><th>学号 student</th><th>姓名 name</th><th>身份证号 ID</th><th>途径 route</th><th>地点 place</th><th>截止 deadline</th>"
            + "<th>剩余天数 days left</th><th>状态 status</th></tr>"
        for entry in queue.first {
            let item = entry.item
            let left: String
            if !entry.awaiting { left = "—" } else if let days = entry.daysLeft {
                left = days < 0 ? "<span class=\"bad\">逾期 \(-days) 天 overdue</span>" : days <= 3 ? "<span class=\"warn\">\(days)</span>" : "\(days)"
            } else { left = "未注明 no deadline" }
            html += "<tr><td>\(esc(item.student))</td><td>\(esc(item.name))</td><td>\(esc(item.idNumber))</td><td>\(esc(item.route))</td>"
                + "<td>\(esc(item.place))</td><td>\(esc(item.due.map { "\($0)" } ?? "未注明 not stated"))</td><td class=\"n\">\(left)</td>"
                + "<td>\(esc(item.note))</td></tr>"
        }
        html += "</table>"
        if queue.count > queue.first.count { html += "<p class=\"note\">… \(queue.count - queue.first.count) more; tucai reconcile lists every one</p>" }
        return html
    }

    func verification() -> String {
        let counts = Dictionary(uniqueKeysWithValues: dashboard.stages.map { ($0.stage, $0.count) })
        let total = dashboard.total.inScope
        var html = "<h2>核验状态 verification (学信网)</h2>"
        html += "<p>核验中 verifying <b>\(counts[.verifying] ?? 0)</b> · 已关闭 closed <b>\(counts[.closed] ?? 0)</b> · 已导出 exported <b>\(counts[.exported] ?? 0)</b>"
            + " · 应采 in scope \(total)</p>"
        if let ends = dashboard.verificationEnds {
            html += "<p class=\"note\">核验窗口截止 verification windows still open end \(ends.lowerBound)"
                + (ends.upperBound != ends.lowerBound ? " – \(ends.upperBound)" : "") + "</p>"
        }
        html += "<table><tr><th>阶段 stage</th><th>人数 students</th><th></th></tr>"
        for (stage, count) in dashboard.stages where count > 0 {
            let width = total == 0 ? 0 : 220 * Double(count) / Double(total)
            let colour = stage.hasPhoto ? "#3a9a4a" : stage == .missed || stage == .makeUp ? "#e0922f" : "#8a9bb0"
            html += "<tr><td>\(esc(Self.chinese(stage))) \(esc(stage.description))</td><td class=\"n\">\(count)</td>"
                + "<td><svg width=\"220\" height=\"12\" role=\"img\"><rect width=\"220\" height=\"12\" fill=\"#eceff3\"/>"
                + "<rect width=\"\(f(width))\" height=\"12\" fill=\"\(colour)\"/></svg></td></tr>"
        }
        return html + "</table>"
    }

    static func chinese(_ stage: CampaignStage) -> String {
        switch stage {
        case .notInScope: "不在范围"
        case .listed: "在册"
        case .notified: "已通知"
        case .preRegistered: "已预登记"
        case .assigned: "已分配场次"
        case .paid: "已缴费"
        case .checkedIn: "已签到"
        case .numbered: "已取号"
        case .captured: "已拍摄"
        case .exported: "已导出"
        case .verifying: "核验中"
        case .closed: "已关闭"
        case .missed: "缺拍"
        case .makeUp: "补拍"
        case .deferred: "延后采集"
        }
    }

    /// The workflow's table with each bar labelled by its share photographed so far; the checker runs on the
    /// table as published, so its findings are the schedule's own, not the labels'.
    func gantt() -> String {
        let html = "<h2>排期甘特图 sessions (Gantt)</h2>"
        guard !workflow.sessions.isEmpty else { return html + "<p>\(esc(workflow.name)) 无场次表 has no session table</p>" }
        let published = SessionTable(sessions: workflow.sessions)
        let findings = ScheduleChecker.check(ScheduleContext(table: published, declaration: declaration))
        var labelled = workflow.sessions
        // The share leads the label: a short bar shows only its first characters.
        for progress in dashboard.sessions where labelled.indices.contains(progress.session) && progress.assigned > 0 {
            guard !labelled[progress.session].units.isEmpty else { continue }
            labelled[progress.session].units[0] = "\(percent(progress.photographed, progress.assigned)) " + labelled[progress.session].units[0]
            labelled[progress.session].units[labelled[progress.session].units.count - 1] += " 拍 \(progress.photographed)/\(progress.assigned)"
        }
        let assigned = dashboard.sessions.map(\.assigned).reduce(0, +)
        let photographed = dashboard.sessions.map(\.photographed).reduce(0, +)
        let chart = GanttChart(title: "\(workflow.name) 场次表 session table",
                               subtitle: ["每场前缀为已拍摄比例 each bar starts with the share of its students photographed there — "
                                          + "\(photographed)/\(assigned) so far, as of \(dashboard.referenceDate)"],
                               table: SessionTable(sessions: labelled), declaration: declaration, findings: findings)
        var svg = GanttChart.document([chart])
        if svg.hasPrefix("<?xml"), let end = svg.firstIndex(of: "\n") { svg = String(svg[svg.index(after: end)...]) }
        return html + "<div class=\"gantt\">\(svg)</div>" + sessionTable()
    }

    /// The sessions one by one, for what the chart's short bars cannot spell out.
    func sessionTable() -> String {
        var html = "<h2>场次进度 sessions so far</h2><table><tr><th>日期 day</th><th>时间 time</th><th>地点 room</th><th>单位 units</th>"
            + "<th>分配 assigned</th><th>已拍摄 photographed</th><th>进度 progress</th></tr>"
        let order = dashboard.sessions.sorted { a, b in
            let x = workflow.sessions[a.session], y = workflow.sessions[b.session]
            return (x.date, x.start, x.room ?? "", a.session) < (y.date, y.start, y.room ?? "", b.session)
        }
        for progress in order.prefix(Self.listLimit) {
            let session = workflow.sessions[progress.session]
            let width = progress.assigned == 0 ? 0 : 160 * Double(progress.photographed) / Double(progress.assigned)
            html += "<tr><td>\(session.date)</td><td>\(session.start)–\(session.end)</td><td>\(esc(session.room ?? "—"))</td>"
                + "<td class=\"t\">\(esc(session.units.joined(separator: "、")))</td><td class=\"n\">\(progress.assigned)</td>"
                + "<td class=\"n\">\(progress.photographed) <span class=\"note\">\(percent(progress.photographed, progress.assigned))</span></td>"
                + "<td><svg width=\"160\" height=\"10\" role=\"img\"><rect width=\"160\" height=\"10\" fill=\"#eceff3\"/>"
                + "<rect width=\"\(f(width))\" height=\"10\" fill=\"#3a9a4a\"/></svg></td></tr>"
        }
        html += "</table>"
        if order.count > Self.listLimit { html += "<p class=\"note\">… \(order.count - Self.listLimit) more sessions not shown</p>" }
        return html
    }

    func percent(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "–" : String(format: "%.0f%%", Double(part) * 100 / Double(whole))
    }

    func f(_ value: Double) -> String { String(format: "%.1f", value) }

    func esc(_ text: String) -> String { MarkupText.escaped(text) }
}

import Foundation
import Testing
@testable import TucaiCommands
import TucaiKernel
import TucaiSchedule

@Suite("tucai notice")
struct NoticeTests {
    static let schools: [any Institution] = NoticeCommand.institutions

    @Test("every school's notice states each of its module's expected facts", arguments: schools.map(\.identifier))
    func statesTheFacts(_ identifier: String) throws {
        let school = try #require(Self.schools.first { $0.identifier == identifier })
        let notice = try NoticeCommand.notice(for: identifier, planned: false).markdown
        let text = NoticeFacts.normalized(notice)
        var anchorless: [String] = []
        for fact in school.expectedFacts {
            let anchors = NoticeFacts.anchors(of: fact, in: school)
            if anchors.isEmpty { anchorless.append(fact.aspect); continue }
            for alternatives in anchors {
                let stated = alternatives.contains { text.contains($0) }
                #expect(stated, "\(fact): the notice does not state '\(alternatives.joined(separator: "' or '"))' (quote «\(fact.quote)»)")
            }
        }
        // A fact with nothing to show for it says something is absent ("no refund stated"), which the notice
        // honours by silence, or is a count or a roster example the notice never prints; all the others must
        // give the notice something it can be caught missing.
        let unheld = anchorless.filter { !NoticeFacts.isAbsence($0) }
        #expect(unheld.count * 4 <= school.expectedFacts.count, "\(identifier): too many facts the notice cannot be held to: \(unheld)")
    }

    @Test("a notice never prints a placeholder for what its source leaves unsaid", arguments: schools.map(\.identifier))
    func noPlaceholders(_ identifier: String) throws {
        for format in CampaignNotice.Format.allCases {
            let text = try NoticeCommand.notice(for: identifier, planned: false).rendered(as: format)
            // The editor's remarks and their brackets are the module's, never the school's: "原文至此截断", "通知未写…".
            for placeholder in [PolicyAspect.notStated, "未说明", "未注明", "nil", "Optional(", "（）", "：。", "，。", "，，",
                                String(EditorNote.open), String(EditorNote.close), EditorNote.breakingOff, "通知未写", "据网址",
                                "不在保存的文本中", "处中断"] {
                #expect(!text.contains(placeholder), "\(identifier) \(format): contains '\(placeholder)'")
            }
        }
    }

    @Test("every remark a module writes is closed, and show prints it in （）", arguments: schools.map(\.identifier))
    func remarksAreWellFormed(_ identifier: String) throws {
        let show = CommandRun("show", identifier)
        #expect(show.status == 0)
        #expect(!show.output.contains(EditorNote.open) && !show.output.contains(EditorNote.close), "\(identifier): a remark left open or unopened")
    }

    @Test("the notice restores what the saved text lost, and leaves out what breaks off, saying so")
    func restoredAndBrokenOff() throws {
        let hit = try NoticeCommand.notice(for: "hit", planned: false)
        // The saved text reads "20254月至20263月间预计毕业(结业)" and "教毕指〔201799号".
        #expect(hit.markdown.contains("2025年4月至2026年3月间预计毕业(结业)") && !hit.markdown.contains("20254月"))
        #expect(hit.markdown.contains("教毕指〔2017〕99号"))
        #expect(hit.brokenOff.count == 1 && hit.brokenOff[0].hasPrefix("学校组织具有毕业生图像采集资质的采集单位入校现场拍照"))
        #expect(!hit.markdown.contains("入校现场拍照,采集费用20/人交采"))
        let ahau = try NoticeCommand.notice(for: "ahau", planned: false)
        #expect(ahau.title == "2022届研究生毕业图像信息采集工作" && ahau.issuer == "研究生院")
        let run = CommandRun("notice", "sxly")
        #expect(run.status == 0 && run.errors.contains("breaks off") && run.errors.contains("请及时与教务工作……"), "\(run.errors)")
    }

    @Test("dates carry their weekday")
    func weekdays() throws {
        let text = try NoticeCommand.notice(for: "ynau", planned: false).markdown
        #expect(text.contains("2022年11月19日（星期六）"))
        #expect(text.contains("2023年4月30日（星期日）"))
    }

    @Test("the --plan attachment lists every unit of the published table, and the checker finds it clean",
          arguments: schools.filter { $0.sessionTable.headcount != nil }.map(\.identifier))
    func plannedAttachment(_ identifier: String) throws {
        let school = try #require(Self.schools.first { $0.identifier == identifier })
        let notice = try NoticeCommand.notice(for: identifier, planned: true)
        let attachment = try #require(notice.attachment)
        let unitColumn = try #require(attachment.headers.firstIndex(of: school.groupingUnit?.chinese ?? "采集单位"))
        // Every day the attachment uses is one the notice announces, a day the plan needed beyond the policy's included.
        let dateColumn = try #require(attachment.headers.firstIndex(of: "日期"))
        let announced = try #require(notice.sections.first { $0.heading == "采集时间和地点" }).items
        for date in Set(attachment.rows.map { $0[dateColumn] }) {
            #expect(announced.contains { $0.contains(date) }, "\(identifier): the 附件 uses \(date), which the notice does not announce")
        }
        let listed = Set(attachment.rows.flatMap { $0[unitColumn].components(separatedBy: "、") })
        for unit in school.sessionTable.units {
            #expect(listed.contains(unit) || attachment.rows.contains { $0[unitColumn].contains(unit) }, "\(identifier): \(unit) missing from the planned 附件")
        }
        let declaration = ScheduleDeclaration(school).fillingWindows(from: school.sessionTable)
        let plan = try Planner.plan(try PlanningProblem.posed(by: school.sessionTable, declaration: declaration))
        #expect(plan.table == (try NoticeCommand.plannedTable(from: school.sessionTable, declaration: ScheduleDeclaration(school), name: identifier)))
        #expect(ScheduleChecker.check(plan.checkingContext).isEmpty, "\(identifier): \(ScheduleChecker.check(plan.checkingContext))")
    }

    @Test("HTML escapes the text it prints")
    func htmlEscapes() throws {
        var notice = try NoticeCommand.notice(for: "ynau", planned: false)
        notice.sections[0].items.append("<script>alert(1)</script> & \"x\"")
        let html = notice.html
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"))
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<style>") && !html.contains("<link"))
    }

    @Test("the command writes markdown or HTML, to a file with --out")
    func command() throws {
        let markdown = CommandRun("notice", "ynau")
        #expect(markdown.status == 0)
        #expect(markdown.output.hasPrefix("# 关于二0二三届本科毕业生图像信息采集工作的通知"))
        #expect(markdown.output.contains("## 一、采集对象") && markdown.output.contains("| 序号 |"))
        let directory = FileManager.default.temporaryDirectory.appending(path: "tucai-notice-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let out = directory.appending(path: "notice.html").path
        let html = CommandRun("notice", "ynau", "--plan", "--format", "html", "--out", out)
        #expect(html.status == 0, "\(html.errors)")
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("<h2>一、采集对象</h2>"))
    }

    @Test("bad input is one line naming the file or the word, exit 1")
    func badInput() throws {
        let unknown = CommandRun("notice", "nowhere")
        #expect(unknown.status == 1 && unknown.errors.split(separator: "\n").count == 1)
        let config = try temporaryFile(#"{"institution": "ynau", "cohort": {"level": "undergraduate", "graduationYear": "x"}}"#)
        let bad = CommandRun("notice", config.path)
        #expect(bad.status == 1 && bad.errors.contains(config.lastPathComponent) && bad.errors.contains("graduationYear"), "\(bad.errors)")
        let noTable = CommandRun("notice", "ahau", "--plan")
        #expect(noTable.status == 1 && noTable.errors.contains("ahau"), "\(noTable.errors)")
        #expect(CommandRun("notice", "ynau", "--format", "pdf").status == 2)
    }
}

/// What "the notice states this fact" means, read from the fact's quote and the policy: every amount the fact
/// expects, printed in 元; every date, time, phone number, e-mail and address the quote gives; and every word the
/// policy holds that the quote contains (a credential's name, a make-up place, a room, a unit of the table).
enum NoticeFacts {
    /// Whether a fact's aspect says the notice leaves something out.
    static func isAbsence(_ aspect: String) -> Bool {
        let text = aspect.lowercased()
        return ["no ", "not ", "nothing", "nobody", "cut off", "missing", "none"].contains { text.hasPrefix($0) || text.contains(" \($0)") || text.contains(": \($0)") }
    }

    /// Each anchor is a set of spellings, any one of which the notice must contain.
    static func anchors(of fact: ExpectedFact, in school: any Institution) -> [[String]] {
        var anchors: [[String]] = []
        if let numbers = fact.expectedNumber {
            anchors += numbers.split(separator: "|").map { ["\($0)元"] }
        }
        let quote = normalized(fact.quote)
        anchors += matches(#"(\d{4})年(\d{1,2})月(\d{1,2})"#, in: quote).map { ["\(Int($0[1])!)年\(Int($0[2])!)月\(Int($0[3])!)日"] }
        anchors += matches(#"(?<![年\d])(\d{1,2})月(\d{1,2})日"#, in: quote).map { ["\(Int($0[1])!)月\(Int($0[2])!)日"] }
        // A notice may write the afternoon on a twelve-hour clock ("下午2:00-6:00"); the policy holds 14:00-18:00.
        anchors += matches(#"(?<![\d.])(\d{1,2}):(\d{2})(?!\d)"#, in: quote).map { match in
            let hour = Int(match[1])!
            return ["\(hour):\(match[2])"] + (hour < 12 ? ["\(hour + 12):\(match[2])"] : [])
        }
        anchors += matches(#"\d{3,4}-\d{7,8}|(?<!\d)1\d{10}(?!\d)|[A-Za-z0-9._-]+@[A-Za-z0-9.-]+"#, in: quote).map { [$0[0]] }
        // A number the policy holds (minutes early, working days, days to check) with the word the quote counts it in.
        let counts = Set(policyCounts(of: school).map(String.init))
        anchors += matches(#"(?<![\d.:\-])(\d{1,3})(分钟|个工作日|天|日内|名|人)"#, in: quote).filter { counts.contains($0[1]) }.map { [$0[1] + $0[2]] }
        anchors += policyWords(of: school).filter { $0.count >= 2 && quote.contains($0) }.map { [$0] }
        anchors += aspectWords(of: fact, in: school).map { [normalized($0)] }
        var seen = Set<[String]>()
        return anchors.filter { seen.insert($0).inserted }
    }

    /// The policy values a fact is about, told by its aspect: a fact about the payer holds the notice to the
    /// payer's name, one about scope to every scope rule. A value the policy leaves out adds nothing, so a
    /// fact that something is not stated asks nothing of the notice.
    static func aspectWords(of fact: ExpectedFact, in school: any Institution) -> [String] {
        let aspect = fact.aspect.lowercased()
        func about(_ words: String...) -> Bool { words.contains { aspect.contains($0) } }
        var words: [String] = []
        if about("scope") { words += school.scopeRules.map(\.description) }
        if about("exclu") { words += school.exclusions.map(\.description) }
        if about("exempt") { words += school.exemptions.map(\.description) }
        if about("credential", "id card", "at the station") { words += school.acceptedCredentials.map(\.chinese) }
        if about("payer", "pays", "each student pay") { words += school.paymentRoutes.map(\.payer.chinese) }
        if about("channel", "wechat", "scan a code") { words += school.paymentRoutes.compactMap { $0.channel?.chinese } }
        if about("timing", "paid ") { words += school.paymentRoutes.map(\.timing.chinese) }
        if about("queue", "order", "roll call") { words += [school.ordering?.chinese].compactMap { $0 } }
        if about("slot") {
            if case let .ownSlotInPrinciple(exception)? = school.slotFlexibility { words.append(exception) }
        }
        if about("make-up") { words += school.makeUpRoutes.map(\.place) }
        if about("verification", "check") { words += [school.verification?.site].compactMap { $0 } }
        if about("online") { words += [school.onlineCapture?.platform].compactMap { $0 } }
        if about("agency") { words.append(school.agency.name) }
        if about("issuer") { words.append(school.notice.issuer) }
        if about("title", "subject") { words.append(school.notice.title) }
        if about("school name") { words.append(school.chineseName) }
        if about("cohort") { words += school.cohorts.map(\.scopeText).filter { !$0.isEmpty } }
        if about("pre-registration", "before the photo", "before the shoot", "采集码") {
            words += school.preRegistration.map { step in
                switch step {
                case let .realNameAuthentication(app, _), let .reservation(app, _): app
                case .obtainCollectionCode: "学信网图像采集码"
                case let .receiveSequenceSlip(from, _): from
                case let .payBy(date): "\(date.year)年\(date.month)月\(date.day)日"
                }
            }
        }
        if about("staff", "marshal") { words += school.staff.map(\.role) }
        if about("refund") { words += school.refund.map { ["\($0.withinWorkingDays)个工作日"] } ?? [] }
        if about("appearance", "attire") { words += school.appearance.map(\.text) }
        if about("contact") { words += school.contacts.map(\.name) }
        if about("rows", "sessions", "units", "table") { words += school.sessionTable.units }
        return words.map(EditorNote.published).filter { !$0.isEmpty }
    }

    static func policyCounts(of school: any Institution) -> [Int] {
        var counts = [school.arrivalLeadMinutes, school.refund?.withinWorkingDays, school.verification?.objectionWindowDays].compactMap { $0 }
        switch school.verification?.timing {
        case let .within(days)?, let .after(days)?: counts.append(days)
        case nil: break
        }
        counts += school.staff.flatMap { [$0.minimum, $0.maximum] }
        return counts
    }

    /// The words the policy carries that a notice prints as they are.
    static func policyWords(of school: any Institution) -> [String] {
        var words: [String] = [school.notice.title, school.notice.issuer] + [school.notice.number].compactMap { $0 }
        words += school.cohorts.map(\.scopeText)
        words += school.acceptedCredentials.map(\.chinese)
        words += (school.fee?.items.map(\.name) ?? []) + (school.fee?.includes ?? []) + [school.fee?.basis].compactMap { $0 }
        words += school.paymentRoutes.flatMap { [$0.collector].compactMap { $0 } }
        words += school.rooms.map(\.name) + school.captureDays.compactMap(\.campus)
        words += school.appearance.map(\.text) + school.photoRequirements + school.otherRules
        for route in school.makeUpRoutes {
            words += [route.place] + [route.who, route.address, route.handIn].compactMap { $0 } + route.bring + route.notes
        }
        words += (school.contacts + school.agency.contacts).map(\.name)
        words += [school.verification?.reportTo, school.verification?.site, school.onlineCapture?.platform].compactMap { $0 }
        words += school.sessionTable.units
        return words.map(EditorNote.published).filter { !$0.isEmpty }.map(normalized)
    }

    /// White space out, full-width digits and colons as ASCII, times without a leading zero, every dash one
    /// hyphen: the notice and the quote then compare by their words, not their typography.
    static func normalized(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars where !scalar.properties.isWhitespace {
            switch scalar.value {
            case 0xFF10...0xFF19: out.unicodeScalars.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
            case 0xFF1A: out += ":"
            case 0x2014, 0x2013, 0xFF0D, 0x2015, 0x301C, 0xFF5E: out += "-"
            default: out.unicodeScalars.append(scalar)
            }
        }
        let leadingZero = try! NSRegularExpression(pattern: #"(?<!\d)0(\d):"#)
        return leadingZero.stringByReplacingMatches(in: out, range: NSRange(out.startIndex..., in: out), withTemplate: "$1:")
    }

    static func matches(_ pattern: String, in text: String) -> [[String]] {
        // NSRegularExpression, not Swift's Regex, which has no lookbehind.
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (0..<match.numberOfRanges).map { Range(match.range(at: $0), in: text).map { String(text[$0]) } ?? "" }
        }
    }
}

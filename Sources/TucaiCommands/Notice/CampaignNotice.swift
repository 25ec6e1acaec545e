import TucaiKernel

/// A campaign's 通知 as the policy states it: numbered sections of sentences, and the timetable as its 附件.
/// Every sentence is built from a value the module holds; a value the notice left unsaid produces no sentence,
/// so a section with nothing stated disappears rather than printing a placeholder.
struct CampaignNotice {
    struct Section {
        var heading: String
        var paragraphs: [String] = []
        var items: [String] = []
        var isEmpty: Bool { paragraphs.isEmpty && items.isEmpty }
    }

    struct Attachment {
        var title: String
        var headers: [String]
        var rows: [[String]]
    }

    var title: String
    var number: String?
    var preamble: String
    var sections: [Section]
    var issuer: String
    var issued: String?
    var attachment: Attachment?

    /// `captureDays` and `table` are the campaign's own: a config may move the days or bring the table the
    /// notice's text lacks, and `--plan` replaces the table.
    init(_ school: any Institution, captureDays: [CaptureDay], table: SessionTable, tableIsPlanned: Bool) {
        title = school.notice.title
        number = school.notice.number
        issuer = school.notice.issuer
        // A signature carries the bare date, as every seed notice signs.
        issued = school.notice.issued.map { "\($0.year)年\($0.month)月\($0.day)日" }
        let hasTable = !table.isEmpty
        let agency = EditorNote.published(school.agency.name)
        preamble = "\(school.chineseName)毕业生图像信息采集" + (agency.isEmpty ? "工作" : "由\(agency)承担") + "，现将有关事项通知如下："
        sections = [
            Self.scope(school),
            Self.timeAndPlace(school, captureDays: captureDays, hasTable: hasTable),
            Self.fee(school),
            Self.steps(school),
            Self.appearance(school),
            Self.makeUp(school),
            Self.verification(school),
            Self.otherMatters(school),
            Self.contacts(school),
        ].filter { !$0.isEmpty }
        if hasTable {
            let name = "\(school.chineseName)毕业生图像采集时间安排表" + (tableIsPlanned ? "（按规划生成）" : "")
            attachment = Self.timetable(table, unit: school.groupingUnit, title: name)
        }
        publish()
    }

    /// Days the planned timetable needs beyond those the policy declares, announced with the others.
    var addedDays: [CivilDate] = []

    /// Passages of the source whose saved text breaks off: left out of the notice, for the registrar to complete.
    private(set) var brokenOff: [String] = []

    /// The school's words alone: the editor's remarks come out, lost characters go back in, and a passage that
    /// breaks off, or was all remark, is left out.
    private mutating func publish() {
        title = EditorNote.published(title)
        issuer = EditorNote.published(issuer)
        preamble = EditorNote.published(preamble)
        var brokenOff: [String] = []
        func published(_ lines: [String]) -> [String] {
            lines.compactMap { line in
                if EditorNote.breaksOff(line) { brokenOff.append(EditorNote.annotated(line)); return nil }
                let text = EditorNote.published(line)
                return text.contains(where: { $0.isLetter || $0.isNumber }) ? text : nil
            }
        }
        for index in sections.indices {
            sections[index].paragraphs = published(sections[index].paragraphs)
            sections[index].items = published(sections[index].items)
        }
        sections.removeAll(where: \.isEmpty)
        self.brokenOff = brokenOff
    }

    private static func scope(_ school: any Institution) -> Section {
        var section = Section(heading: "采集对象")
        section.paragraphs = school.cohorts.map(\.scopeText).filter { !$0.isEmpty }.map { $0.hasSuffix("。") ? $0 : $0 + "。" }
        if !school.scopeRules.isEmpty {
            section.items.append("采集范围：" + school.scopeRules.map(\.description).joined(separator: "；") + "。")
        }
        if !school.exclusions.isEmpty {
            section.items.append("不参加本次采集：" + school.exclusions.map(\.description).joined(separator: "；") + "。")
        }
        section.items += school.exemptions.map { "\($0.description)。" }
        return section
    }

    private static func timeAndPlace(_ school: any Institution, captureDays: [CaptureDay], hasTable: Bool) -> Section {
        var section = Section(heading: "采集时间和地点")
        for day in captureDays {
            var line = NoticeWording.date(day.date)
            if let campus = day.campus { line = "\(campus)：" + line }
            if !day.windows.isEmpty { line += "，" + NoticeWording.windows(day.windows) }
            if !day.rooms.isEmpty {
                line += "，地点：" + day.rooms.map { name in school.room(named: name).map { NoticeWording.room($0, campusSaid: day.campus != nil) } ?? name }.joined(separator: "、")
            }
            section.items.append(line + "。")
        }
        let declaredElsewhere = school.rooms.filter { room in !captureDays.contains { $0.rooms.contains(room.name) } }
        if !declaredElsewhere.isEmpty {
            section.items.append("采集地点：" + declaredElsewhere.map(NoticeWording.room).joined(separator: "、") + "。")
        }
        if let online = school.onlineCapture {
            var line = "线上采集：在“\(online.platform)”自助采集"
            if let window = online.window { line += "，时间为\(NoticeWording.date(window.lowerBound))至\(NoticeWording.date(window.upperBound))" }
            if let who = online.who { line += "，适用于\(who)" }
            if !online.identifiedBy.isEmpty { line += "，凭" + online.identifiedBy.map(\.chinese).joined(separator: "、") + "确认身份" }
            if let quote = online.platformReview.quote { line += "；\(quote)" }
            if let quote = online.changeAfterApproval.quote { line += "；\(quote)" }
            section.items.append(line + "。")
            section.items += online.requirements.map(NoticeWording.sentence)
        }
        if hasTable {
            let unit = school.groupingUnit.map { "各\($0.chinese)" } ?? "各单位"
            section.items.append("\(unit)的具体采集时间和地点见附件《采集时间安排表》。")
        }
        if let lead = school.arrivalLeadMinutes {
            section.items.append("请按安排的时间提前\(lead)分钟到达采集地点" + (school.ordering.map { "，\($0.chinese)" } ?? "") + "。")
        } else if let ordering = school.ordering {
            section.items.append("采集时\(ordering.chinese)。")
        }
        switch school.slotFlexibility {
        case .ownSlotOnly?: section.items.append("只能在本单位的采集时间段内采集。")
        case let .ownSlotInPrinciple(exception)?: section.items.append("原则上只能在本单位的采集时间段内采集，\(exception)。")
        case .anySlot?: section.items.append("可在任一采集时间段内采集。")
        case nil: break
        }
        section.items += school.staff.map { staff in
            let count = staff.minimum == staff.maximum ? "\(staff.minimum)" : "\(staff.minimum)至\(staff.maximum)"
            var line = "每个\(staff.perUnit.chinese)安排\(count)名\(staff.role)"
            if let date = staff.reportBy { line += "，于\(NoticeWording.date(date))前将名单报\(staff.reportTo ?? "")" }
            return line + "。"
        }
        return section
    }

    private static func fee(_ school: any Institution) -> Section {
        var section = Section(heading: "采集费用及缴费方式")
        if let fee = school.fee {
            // A single item keeps the notice's own name for the fee ("照片摄制费用").
            var line = (fee.items.count == 1 ? fee.items[0].name : "采集费用") + "为每人\(NoticeWording.yuan(fee.total))"
            if fee.items.count > 1 {
                line += "（" + fee.items.map { "\($0.name)\(NoticeWording.yuan($0.amount))" }.joined(separator: "，") + "）"
            }
            if !fee.includes.isEmpty { line += "，含" + fee.includes.joined(separator: "、") }
            section.paragraphs.append(line + "。")
            if let basis = fee.basis { section.paragraphs.append("收费标准按照\(basis)执行。") }
        }
        section.items = school.paymentRoutes.map { route in
            var parts = [route.name == route.payer.chinese ? route.name : "\(route.name)：\(route.payer.chinese)"]
            if let price = route.price {
                parts.append("每人\(NoticeWording.yuan(price))" + (route.basis == .perStudent ? "" : "（\(route.basis.chinese)）"))
            }
            parts.append(route.timing.chinese)
            if let deadline = route.deadline { parts.append("截止日期为\(NoticeWording.date(deadline))") }
            if let channel = route.channel { parts.append("缴费方式：\(channel.chinese)") }
            if let collector = route.collector { parts.append("交至\(collector)") }
            if let mode = route.mode { parts.append("适用于\(mode.chinese)") }
            if route.exclusive { parts.append("不接受其他缴费方式") }
            if !route.unlocks.isEmpty { parts.append("缴费后领取" + route.unlocks.map(\.chinese).joined(separator: "、")) }
            // A part may be all remark ("⟦通知未写明缴费时间⟧"), or repeat the one before it (a route named for its payer).
            var said = Set<String>()
            return parts.map(EditorNote.published).filter { !$0.isEmpty && said.insert($0).inserted }.joined(separator: "，") + "。"
        }
        if let refund = school.refund {
            let who = refund.condition == .reservedButNotCaptured ? "已预约缴费但未完成采集的学生订单" : refund.condition.rawValue
            let when = refund.trigger == .campusCollectionEnds ? "在校拍结束后统一取消订单退款" : refund.trigger.rawValue
            section.items.append("\(who)，\(when)，费用将在\(refund.withinWorkingDays)个工作日内" + (refund.toOriginalChannel ? "原路返回" : "退回") + "。")
        }
        if let quote = school.deferredStudentsPay.quote { section.items.append(NoticeWording.sentence(quote)) }
        return section
    }

    private static func steps(_ school: any Institution) -> Section {
        var section = Section(heading: "采集流程及须携带的证件")
        section.items = school.preRegistration.map { step in
            switch step {
            case let .realNameAuthentication(app, requires):
                "在“\(app)”完成实名认证：" + requires.joined(separator: "，") + "。"
            case let .reservation(app, paysFee):
                "在“\(app)”选择采集时间进行预约" + (paysFee ? "，支付采集费用完成预约" : "") + "。"
            case let .obtainCollectionCode(channels):
                "获取学信网图像采集码" + (channels.isEmpty ? "" : "（" + channels.joined(separator: "／") + "）") + "。"
            case let .receiveSequenceSlip(from, signed):
                "从\(from)领取拍摄序号" + (signed ? "，领取时本人签名" : "") + "。"
            case let .payBy(date):
                "于\(NoticeWording.date(date))前缴费。"
            }
        }
        if !school.acceptedCredentials.isEmpty {
            section.items.append("采集时出示" + school.acceptedCredentials.map(\.chinese).joined(separator: "或") + "。")
        }
        switch school.sequenceNumbering {
        case .onIDCardSwipe?: section.items.append("刷身份证后生成拍摄序号，按序号拍照。")
        case let .prePrinted(by, distributedBy)?: section.items.append("拍摄序号由\(by)打印，\(distributedBy)发放。")
        case .onCodeScan?: section.items.append("扫码后生成拍摄序号。")
        case .byStudentNumberWithinClass?: section.items.append("班级内按学号顺序拍照。")
        case nil: break
        }
        return section
    }

    private static func appearance(_ school: any Institution) -> Section {
        var section = Section(heading: "着装及仪容要求")
        // Several rules may rest on one sentence of the notice (colours, patterns and collars to avoid); it is said once.
        var seen = Set<String>()
        section.items = (school.appearance.map(\.text) + school.photoRequirements).filter { seen.insert($0).inserted }.map(NoticeWording.sentence)
        return section
    }

    private static func makeUp(_ school: any Institution) -> Section {
        var section = Section(heading: "补拍")
        if let quote = school.onCampusMakeUp.quote, school.onCampusMakeUp.value == false { section.paragraphs.append(NoticeWording.sentence(quote)) }
        for route in school.makeUpRoutes {
            var parts = [route.who.map { "\($0)可到\(route.place)\(route.name)" } ?? "\(route.name)：\(route.place)"]
            if let address = route.address { parts.append("地址：\(address)") }
            var hours = ""
            if !route.openDays.isEmpty { hours += NoticeWording.weekdays(route.openDays) }
            if !route.hours.isEmpty { hours += NoticeWording.windows(route.hours) }
            if route.closedOnPublicHolidays { hours += "（国家法定节假日除外）" }
            if !hours.isEmpty { parts.append("时间：\(hours)") }
            if let deadline = route.deadline { parts.append("截止日期为\(NoticeWording.date(deadline))") }
            if !route.bring.isEmpty { parts.append("须携带" + route.bring.joined(separator: "、")) }
            switch route.result {
            case .electronic?: parts.append("电子照片返回学校")
            case .paperOnly?: parts.append("不返回电子照片，只取纸质照片")
            case .discAndPrints?: parts.append("学生领取光盘和照片，由学校上传")
            case nil: break
            }
            if let handIn = route.handIn { parts.append(handIn) }
            if let pays = route.studentPays { parts.append(pays ? "所产生的费用由学生本人承担" : "学生本人不承担费用") }
            parts += route.contacts.map { "联系方式：" + NoticeWording.contact($0) }
            // One line per particular: a route's address, hours, deadline and contact run to a paragraph otherwise.
            section.items += parts.map { $0 + "。" }
            section.items += route.notes.map(NoticeWording.sentence)
        }
        return section
    }

    private static func verification(_ school: any Institution) -> Section {
        var section = Section(heading: "图像校对")
        guard let check = school.verification else { return section }
        var line = ""
        switch check.timing {
        case let .within(days)?: line = "请于采集完\(days)日内"
        case let .after(days)?: line = "请于拍照\(days)天以后"
        case nil: line = "请"
        }
        line += "登录\(check.site)核对本人的图像信息"
        if let days = check.objectionWindowDays { line += "，如有错误须在\(days)日内提出" }
        if let reportTo = check.reportTo { line += "，如图像信息有误请及时与\(reportTo)联系" }
        section.items.append(line + "。")
        if let quote = check.silenceIsAcceptance.quote { section.items.append(NoticeWording.sentence(quote)) }
        return section
    }

    private static func otherMatters(_ school: any Institution) -> Section {
        var section = Section(heading: "其他事项")
        section.items = school.otherRules.map(NoticeWording.sentence)
        return section
    }

    private static func contacts(_ school: any Institution) -> Section {
        var section = Section(heading: "联系方式")
        var seen = Set<Contact>()
        section.items = (school.contacts + school.agency.contacts).filter { seen.insert($0).inserted }.map(NoticeWording.contact)
        return section
    }

    private static func timetable(_ table: SessionTable, unit: GroupingUnit?, title: String) -> Attachment {
        let sessions = table.sessions
        // A column the table never fills says nothing; printing it empty would look like a gap in the source.
        var columns: [(String, (Session) -> String)] = [("日期", { NoticeWording.date($0.date) }), ("时间", { "\(NoticeWording.time($0.start))—\(NoticeWording.time($0.end))" })]
        if sessions.contains(where: { $0.room != nil }) { columns.append(("地点", { $0.room ?? "" })) }
        if sessions.contains(where: { $0.college != nil }) { columns.append(("学院", { $0.college ?? "" })) }
        if sessions.contains(where: { $0.group != nil }) { columns.append(("组别", { $0.group ?? "" })) }
        columns.append((unit?.chinese ?? "采集单位", { $0.units.joined(separator: "、") }))
        if sessions.contains(where: { $0.headcount != nil }) { columns.append(("人数", { $0.headcount.map(String.init) ?? "" })) }
        if sessions.contains(where: { !$0.remarks.isEmpty }) { columns.append(("备注", { $0.remarks.joined(separator: "；") })) }
        return Attachment(title: title, headers: ["序号"] + columns.map(\.0),
                          rows: sessions.enumerated().map { index, session in ["\(index + 1)"] + columns.map { $0.1(session) } })
    }
}

/// How a Chinese notice writes dates, times, amounts and numerals.
enum NoticeWording {
    static func date(_ date: CivilDate) -> String { "\(date.year)年\(date.month)月\(date.day)日（\(date.weekday)）" }

    static func time(_ time: TimeOfDay) -> String { "\(time.hour):" + (time.minute < 10 ? "0" : "") + "\(time.minute)" }

    static func windows(_ windows: [TimeWindow]) -> String {
        windows.map { window in
            let part = window.start < TimeOfDay(12) ? "上午" : "下午"
            return part + time(window.start) + "—" + time(window.end)
        }.joined(separator: "，")
    }

    /// Whole yuan as "30元", otherwise the fewest decimals: "15.5元", "15.05元".
    static func yuan(_ money: Money) -> String {
        let whole = money.fen / 100, rest = money.fen % 100
        if rest == 0 { return "\(whole)元" }
        return rest % 10 == 0 ? "\(whole).\(rest / 10)元" : "\(whole).\(rest < 10 ? "0" : "")\(rest)元"
    }

    /// A run of consecutive days reads "每周二至周日"; scattered days are listed.
    static func weekdays(_ days: [Weekday]) -> String {
        let sorted = days.sorted { $0.rawValue < $1.rawValue }
        let consecutive = zip(sorted, sorted.dropFirst()).allSatisfy { $1.rawValue == $0.rawValue + 1 }
        if sorted.count > 2, consecutive { return "每周\(sorted.first!.chineseNumeral)至周\(sorted.last!.chineseNumeral)" }
        return "每周" + sorted.map(\.chineseNumeral).joined(separator: "、")
    }

    /// The room with its building where the notice names one ("逸夫楼 C区203" for C区203).
    static func room(_ room: Room) -> String { self.room(room, campusSaid: false) }

    /// The campus is left off where the sentence has named it, or the room's own name carries it.
    static func room(_ room: Room, campusSaid: Bool) -> String {
        let full = room.aliases.first { $0.hasSuffix(room.name) && $0.count > room.name.count } ?? room.name
        guard let campus = room.campus, !campusSaid, !full.contains(campus) else { return full }
        return campus + full
    }

    static func contact(_ contact: Contact) -> String {
        var parts = [contact.name]
        if !contact.phones.isEmpty { parts.append("电话：" + contact.phones.joined(separator: "、")) }
        if let email = contact.email { parts.append("电子邮箱：\(email)") }
        if let hours = contact.hours { parts.append("时间：\(hours)") }
        return parts.joined(separator: "，")
    }

    /// The notice's own words, closed with a full stop when they stop short.
    static func sentence(_ text: String) -> String {
        let trimmed = text.trimmingWhitespace()
        guard let last = trimmed.last else { return trimmed }
        return "。；！？.）)”".contains(last) ? trimmed : trimmed + "。"
    }

    static func numeral(_ n: Int) -> String {
        let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        if n < 10 { return digits[n] }
        if n < 20 { return "十" + digits[n % 10] }
        return digits[n / 10] + "十" + digits[n % 10]
    }
}

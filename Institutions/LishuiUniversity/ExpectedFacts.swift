import TucaiKernel

extension School {
    public var expectedFacts: [ExpectedFact] { Self.theExpectedFacts }

    static let theExpectedFacts: [ExpectedFact] = noticeFacts + paymentFacts + identityFacts + schedulingFacts
        + captureFacts + appearanceFacts + tableFacts + rowFacts

    /// A row as the table prints it, written out independently of `SessionTable.swift` so that a slip in
    /// either shows up.
    private static func printed(_ group: String, _ room: String, _ college: String, _ start: TimeOfDay,
                                _ end: TimeOfDay, _ n: Int, _ unit: String) -> Session? {
        Session(unit, room: room, date: CivilDate(2020, 9, 13), start, end, headcount: n, college: college, group: group)
    }

    private static func row(_ index: Int, _ institution: any Institution) -> Session? {
        institution.sessionTable.sessions.dropFirst(index).first
    }

    private static func stated(_ scope: Subtotal.Scope, _ room: String, _ institution: any Institution) -> Int? {
        institution.sessionTable.subtotals.first { $0.scope == scope && $0.room == room }?.stated
    }

    private static func rowsSum(college: String, room: String, _ institution: any Institution) -> Int {
        institution.sessionTable.sessions
            .filter { $0.college == college && $0.room == room }
            .compactMap(\.headcount).reduce(0, +)
    }

    private static func graduate2021(_ level: DegreeLevel) -> Student {
        Student(studentNumber: "0", name: "—", level: level, expectedGraduation: YearMonth(2021, 6))
    }

    private static let noticeFacts: [ExpectedFact] = [
        ExpectedFact("notice title", quote: "关于做好2021届毕业生电子注册图像采集工作的通知",
                     { $0.notice.title }, "关于做好2021届毕业生电子注册图像采集工作的通知"),
        ExpectedFact("notice issuer", quote: "教务处 2020年9月5日", { $0.notice.issuer }, "教务处"),
        ExpectedFact("notice date", quote: "教务处 2020年9月5日", { $0.notice.issued }, CivilDate(2020, 9, 5)),
        ExpectedFact("cohort year", quote: "进行2021届毕业生电子注册图像采集工作",
                     { $0.cohorts.map(\.graduationYear) }, [2021]),
        ExpectedFact("cohort level", quote: "2021届毕业生电子注册图像采集工作",
                     { $0.cohorts.map(\.level) }, [.undergraduate]),
        ExpectedFact("agency named as the slip printer", quote: "图片社打印了拍摄序号", { $0.agency.name }, "图片社"),
        ExpectedFact("agency network", quote: "图像采集费用按中国图片社", { $0.agency.network }, .chinaPictureGroup),
        ExpectedFact("uses of the image kept", quote: "该图像将统一使用于学生的毕业证书、学位证书和毕业生电子注册系统（学信网）和学位系统",
                     { $0.otherRules.contains { $0.contains("学位系统") } }, true),
        ExpectedFact("missing photo blocks the 学信网 record", quote: "学信网照片缺失的将不能查询到该生的毕业信息",
                     { $0.otherRules.contains { $0.contains("学信网照片缺失的将不能查询到该生的毕业信息") } }, true),
    ]

    private static let paymentFacts: [ExpectedFact] = [
        ExpectedFact("fee total", quote: "每生20元", { $0.fee?.total }, .yuan(20)),
        ExpectedFact("fee item", quote: "图像采集费用按中国图片社", { $0.fee?.items.map(\.name) }, ["图像采集费用"]),
        ExpectedFact("fee basis", quote: "按中国图片社“关于规范2014届高校毕业生图像信息采集收费的说明函”执行",
                     { $0.fee?.basis }, "中国图片社“关于规范2014届高校毕业生图像信息采集收费的说明函”"),
        ExpectedFact("payer", quote: "缴费以学生个人为单位", { $0.paymentRoutes.map(\.payer) }, [.student]),
        ExpectedFact("channels", quote: "微信或支付宝扫描右图二维码，输入身份证号,点击查询并缴费",
                     { $0.paymentRoutes.compactMap(\.channel) }, [.qrLookupByIDNumber]),
        ExpectedFact("payment deadline", quote: "各毕业生务必在9月10日前完成缴费工作",
                     { $0.paymentRoutes.map { "\($0.timing.id) \($0.deadline.map { "\($0)" } ?? "-")" } }, ["byDeadline 2020-09-10"]),
        ExpectedFact("a deadline, not a rule that the camera waits for payment", quote: "各毕业生务必在9月10日前完成缴费工作",
                     { $0.workflowRules.contains { $0 is PaymentBeforeCaptureRule } }, false),
        ExpectedFact("deferred students pay", quote: "本次不参加图像采集的毕业生也需缴费", { $0.deferredStudentsPay.value }, true),
        ExpectedFact("deferred shoot next May", quote: "拍摄时间大致安排在明年5月份",
                     { $0.otherRules.contains { $0.contains("拍摄时间大致安排在明年5月份") } }, true),
    ]

    private static let identityFacts: [ExpectedFact] = [
        ExpectedFact("scope", quote: "进行2021届毕业生电子注册图像采集工作",
                     { $0.scopeRules }, [.graduatingInYear(2021, levels: [.bachelor, .upgradedBachelor, .vocational])]),
        ExpectedFact("高职 class in scope", quote: "建工181高",
                     { $0.eligibility(of: graduate2021(.vocational), captureStarts: CivilDate(2020, 9, 13)).isInScope }, true),
        ExpectedFact("专升本 class in scope", quote: "学前专升本19",
                     { $0.eligibility(of: graduate2021(.upgradedBachelor), captureStarts: CivilDate(2020, 9, 13)).isInScope }, true),
        ExpectedFact("本科 class in scope", quote: "体教17",
                     { $0.eligibility(of: graduate2021(.bachelor), captureStarts: CivilDate(2020, 9, 13)).isInScope }, true),
        ExpectedFact("sequence numbering", quote: "图片社打印了拍摄序号，由二级学院安排专人发放",
                     { $0.sequenceNumbering }, .prePrinted(by: "图片社", distributedBy: "二级学院安排专人")),
        ExpectedFact("slip signed for", quote: "学生签名后领取拍摄序号",
                     { $0.preRegistration.first }, .receiveSequenceSlip(from: "二级学院安排专人", signed: true)),
        ExpectedFact("pay before the day", quote: "务必在9月10日前完成缴费工作",
                     { $0.preRegistration.contains(.payBy(CivilDate(2020, 9, 10))) }, true),
        ExpectedFact("slip shown to the photographer", quote: "并于拍摄时出示给摄影师", { $0.acceptedCredentials }, [.sequenceSlip]),
        ExpectedFact("keep the slip", quote: "此顺序号建议保存至学信网毕业信息校对无误之后",
                     { $0.otherRules.contains { $0.contains("此顺序号建议保存至学信网毕业信息校对无误之后") } }, true),
    ]

    private static let schedulingFacts: [ExpectedFact] = [
        ExpectedFact("capture day", quote: "1．时间：2020年9月13日", { $0.captureDays.map(\.date) }, [CivilDate(2020, 9, 13)]),
        ExpectedFact("no weekday printed", quote: "1．时间：2020年9月13日", { $0.captureDays.first?.printedWeekday }, Weekday?.none),
        ExpectedFact("no daily window in the text", quote: "1．时间：2020年9月13日", { $0.captureDays.first?.windows }, []),
        ExpectedFact("rooms in use that day", quote: "A组拍摄地点：11B-103",
                     { $0.captureDays.first?.rooms }, ["11B-103", "11B105", "11B107"]),
        ExpectedFact("floor", quote: "2．地点：11B一楼。", { $0.otherRules.contains("地点：11B一楼。") }, true),
        ExpectedFact("room A", quote: "A组拍摄地点：11B-103", { $0.room(named: "A组")?.name }, "11B-103"),
        ExpectedFact("room B", quote: "B组，拍摄地点：11B105", { $0.room(named: "B组")?.name }, "11B105"),
        ExpectedFact("room C", quote: "C组，拍摄地点：11B107", { $0.room(named: "C组")?.name }, "11B107"),
        ExpectedFact("declared rooms", quote: "C组，拍摄地点：11B107", { $0.rooms.count }, 3),
        ExpectedFact("grouping unit", quote: "拍摄以班级为单位", { $0.groupingUnit }, .className),
        ExpectedFact("arrival lead", quote: "各班提前15分钟到场准备", { $0.arrivalLeadMinutes }, 15),
        ExpectedFact("ordering", quote: "以学号为拍摄顺序进行", { $0.ordering }, .byStudentNumberWithinClass),
        ExpectedFact("own slot", quote: "各位同学务必按时参加拍摄", { $0.slotFlexibility }, .ownSlotOnly),
        ExpectedFact("teachers per college", quote: "要求各分院安排2名负责老师和1名学生",
                     { $0.staff.first.map { [$0.role, "\($0.minimum)", "\($0.maximum)", "\($0.perUnit)"] } },
                     ["负责老师", "2", "2", "college"]),
        ExpectedFact("teachers' names reported", quote: "负责老师名单于9月10日前报送教务处教务科",
                     { $0.staff.first.map { [$0.reportBy?.description, $0.reportTo] } }, ["2020-09-10", "教务处教务科"]),
        ExpectedFact("student per college", quote: "2名负责老师和1名学生",
                     { $0.staff.last }, StaffRequirement(per: .college, role: "学生", 1)),
        ExpectedFact("leave the site", quote: "完成拍摄的学生速离开拍摄现场，不在场内及周边逗留",
                     { $0.otherRules.contains { $0.contains("完成拍摄的学生速离开拍摄现场") } }, true),
        ExpectedFact("one slip out of place", quote: "拍摄过程中如有一人错位即可能导致所有照片错位",
                     { $0.otherRules.contains { $0.contains("如有一人错位即可能导致所有照片错位") } }, true),
    ]

    private static let captureFacts: [ExpectedFact] = [
        ExpectedFact("no scanning", quote: "本次电子注册图像采集一律不进行照片扫描",
                     { $0.photoRequirements }, ["本次电子注册图像采集一律不进行照片扫描"]),
        ExpectedFact("make-up routes", quote: "散拍地点在杭州或北京", { $0.makeUpRoutes.map(\.place) }, ["杭州或北京"]),
        ExpectedFact("make-up for latecomers", quote: "未按时参加拍摄的", { $0.makeUpRoutes.first?.who }, "未按时参加拍摄的"),
        ExpectedFact("make-up paid by student", quote: "散拍所产生一切费的责任由学生本人承担",
                     { $0.makeUpRoutes.first?.studentPays }, true),
        ExpectedFact("the make-up is in Hangzhou or Beijing", quote: "散拍地点在杭州或北京", { $0.makeUpRoutes.map(\.onCampus) }, [false]),
        ExpectedFact("checked on 学信网", quote: "学信网毕业信息校对无误之后", { $0.verification?.timing == nil && $0.verification != nil }, true),
    ]

    /// One fact per rule of ①–⑤, so that every rule's words are checked against the notice.
    private static let appearanceFacts: [ExpectedFact] = [
        AppearanceRule(.posture, .required, "坐姿端正"),
        AppearanceRule(.expression, .required, "表情自然，双眼自然睁开并平视"),
        AppearanceRule(.posture, .required, "耳朵对称，左右肩膀平衡"),
        AppearanceRule(.glasses, .required, "常戴眼镜者应佩戴眼镜"),
        AppearanceRule(.tintedLenses, .forbidden, "不得戴有色(含隐形、美瞳)眼镜"),
        AppearanceRule(.glasses, .forbidden, "镜框不得遮挡眼晴"),
        AppearanceRule(.glasses, .forbidden, "眼镜不能有反光"),
        AppearanceRule(.headwear, .forbidden, "不得使用头部覆盖物(宗教、医疗和文化需要时，不得遮挡脸部或造成阴影)"),
        AppearanceRule(.jewellery, .forbidden, "不得佩戴耳环项链等饰品"),
        AppearanceRule(.hair, .forbidden, "头发不要有碎发，不能遮挡眉毛、眼睛和耳朵"),
        AppearanceRule(.makeUp, .discouraged, "不宜化妆"),
        AppearanceRule(.skin, .discouraged, "脸部注意不要过油，不要高光高亮"),
        AppearanceRule(.expression, .required, "嘴唇自然闭合"),
        AppearanceRule(.clothingStyle, .advised, "建议穿衬衫（最好白色有领衬衫）"),
        AppearanceRule(.collar, .advised, "如果没有，建议穿浅色有领衣服（颜色单一不要花哨）"),
        AppearanceRule(.clothingColour, .required, "应与背景色区分明显"),
        AppearanceRule(.clothingPattern, .discouraged, "避免复杂图案、条纹"),
    ].map { rule in
        ExpectedFact("appearance: \(rule.aspect)", quote: rule.text, { $0.appearance.contains(rule) }, true)
    } + [
        ExpectedFact("appearance rule count", quote: "⑤ 衣着", { $0.appearance.count }, 17),
    ]

    private static let tableFacts: [ExpectedFact] = [
        ExpectedFact("rows", quote: "附件：丽水学院2021届毕业生图像信息采集时间安排表", { $0.sessionTable.sessions.count }, 37),
        ExpectedFact("headcount of all rows", quote: "附件：丽水学院2021届毕业生图像信息采集时间安排表",
                     { $0.sessionTable.headcount }, 2643),
        ExpectedFact("one date", quote: "13日 上午", { $0.sessionTable.dates }, [CivilDate(2020, 9, 13)]),
        ExpectedFact("table rooms", quote: "A组拍摄地点：11B-103", { $0.sessionTable.rooms }, ["11B-103", "11B105", "11B107"]),
        ExpectedFact("rows in A", quote: "A组拍摄地点：11B-103",
                     { $0.sessionTable.sessions.filter { $0.room == "11B-103" }.count }, 12),
        ExpectedFact("rows in B", quote: "B组，拍摄地点：11B105",
                     { $0.sessionTable.sessions.filter { $0.room == "11B105" }.count }, 13),
        ExpectedFact("rows in C", quote: "C组，拍摄地点：11B107",
                     { $0.sessionTable.sessions.filter { $0.room == "11B107" }.count }, 12),
        ExpectedFact("subtotals stated", quote: "小计", { $0.sessionTable.subtotals.count }, 10),
        ExpectedFact("A 小计", quote: "小计 875", { stated(.room, "11B-103", $0) }, 875),
        ExpectedFact("B 小计", quote: "小计 902", { stated(.room, "11B105", $0) }, 902),
        ExpectedFact("C 小计", quote: "小计 866", { stated(.room, "11B107", $0) }, 866),
        ExpectedFact("职业技术学院 stated", quote: "职业技术学院（375人）", { stated(.college("职业技术学院"), "11B-103", $0) }, 375),
        ExpectedFact("教师教育学院 stated", quote: "教师教育学院（443人）", { stated(.college("教师教育学院"), "11B-103", $0) }, 443),
        ExpectedFact("商学院 stated", quote: "商学院（386人）", { stated(.college("商学院"), "11B105", $0) }, 386),
        ExpectedFact("生态学院 stated", quote: "生态学院（450人）", { stated(.college("生态学院"), "11B105", $0) }, 450),
        ExpectedFact("工学院 stated", quote: "工学院（344人）", { stated(.college("工学院"), "11B107", $0) }, 344),
        ExpectedFact("民族学院 stated", quote: "民族学院（363人）", { stated(.college("民族学院"), "11B107", $0) }, 363),
        ExpectedFact("中国青瓷学院 in C stated", quote: "中国青瓷学院（159人）",
                     { stated(.college("中国青瓷学院"), "11B107", $0) }, 159),
        ExpectedFact("职业技术学院 rows add up", quote: "49 建工181高",
                     { rowsSum(college: "职业技术学院", room: "11B-103", $0) }, 375),
        ExpectedFact("商学院 rows add up", quote: "17 农村区域发展17", { rowsSum(college: "商学院", room: "11B105", $0) }, 386),
        ExpectedFact("民族学院 rows add up", quote: "50 英语17", { rowsSum(college: "民族学院", room: "11B107", $0) }, 363),
        ExpectedFact("backwards row kept", quote: "10:55-10:20", { row(14, $0)?.minutes }, -35),
        ExpectedFact("overlap in A kept", quote: "8:55-9:25 63 社工181、182高 9:20-9:55",
                     { institution in
                         guard let earlier = row(1, institution), let later = row(2, institution) else { return false }
                         return earlier.window.overlaps(later.window)
                     }, true),
        ExpectedFact("C's 备注 column holds the classes", quote: "人数 备注 13日 上午 8:30-9:00 工学院（344人） 65 电信171、172",
                     { row(25, $0)?.units }, ["电信171、172"]),
        ExpectedFact("one unit per printed cell", quote: "14:15-15:00 91 音乐学171、172、专升本19",
                     { row(33, $0)?.units }, ["音乐学171、172、专升本19"]),
    ]

    private static let rowFacts: [ExpectedFact] = [
        ExpectedFact("row 1 (A first)", quote: "13日 上午 8:30-8:55 职业技术学院（375人） 49 建工181高",
                     { row(0, $0) }, printed("A组", "11B-103", "职业技术学院", TimeOfDay(8, 30), TimeOfDay(8, 55), 49, "建工181高")),
        ExpectedFact("row 2", quote: "8:55-9:25 63 社工181、182高",
                     { row(1, $0) }, printed("A组", "11B-103", "职业技术学院", TimeOfDay(8, 55), TimeOfDay(9, 25), 63, "社工181、182高")),
        ExpectedFact("row 3", quote: "9:20-9:55 74 文秘181、182高",
                     { row(2, $0) }, printed("A组", "11B-103", "职业技术学院", TimeOfDay(9, 20), TimeOfDay(9, 55), 74, "文秘181、182高")),
        ExpectedFact("row 5", quote: "10:40-11:30 96 学前183、184高",
                     { row(4, $0) }, printed("A组", "11B-103", "职业技术学院", TimeOfDay(10, 40), TimeOfDay(11, 30), 96, "学前183、184高")),
        ExpectedFact("row 6", quote: "13日 下午 12:30-13:25 教师教育学院（443人） 54 体教17",
                     { row(5, $0) }, printed("A组", "11B-103", "教师教育学院", TimeOfDay(12, 30), TimeOfDay(13, 25), 54, "体教17")),
        ExpectedFact("row 10", quote: "15:00-15:45 95 小教175、176",
                     { row(9, $0) }, printed("A组", "11B-103", "教师教育学院", TimeOfDay(15, 0), TimeOfDay(15, 45), 95, "小教175、176")),
        ExpectedFact("row 11", quote: "15:45-16:25 87 学前17、学前专升本19",
                     { row(10, $0) }, printed("A组", "11B-103", "教师教育学院", TimeOfDay(15, 45), TimeOfDay(16, 25), 87, "学前17、学前专升本19")),
        ExpectedFact("row 12 (A last)", quote: "16:25-16:55 中国青瓷学院 57 艺术设计（青瓷、石雕）19高",
                     { row(11, $0) }, printed("A组", "11B-103", "中国青瓷学院", TimeOfDay(16, 25), TimeOfDay(16, 55), 57, "艺术设计（青瓷、石雕）19高")),
        ExpectedFact("row 13 (B first)", quote: "13日 上午 8:30-9:25 商学院（386人） 116 财务171、172、173",
                     { row(12, $0) }, printed("B组", "11B105", "商学院", TimeOfDay(8, 30), TimeOfDay(9, 25), 116, "财务171、172、173")),
        ExpectedFact("row 14", quote: "9:25-10:55 68 电商171、172",
                     { row(13, $0) }, printed("B组", "11B105", "商学院", TimeOfDay(9, 25), TimeOfDay(10, 55), 68, "电商171、172")),
        ExpectedFact("row 15", quote: "10:55-10:20 65 国贸171、172",
                     { row(14, $0) }, printed("B组", "11B105", "商学院", TimeOfDay(10, 55), TimeOfDay(10, 20), 65, "国贸171、172")),
        ExpectedFact("row 16", quote: "10:25-10:50 54 国商171、172",
                     { row(15, $0) }, printed("B组", "11B105", "商学院", TimeOfDay(10, 25), TimeOfDay(10, 50), 54, "国商171、172")),
        ExpectedFact("row 18", quote: "11:20-11:30 17 农村区域发展17",
                     { row(17, $0) }, printed("B组", "11B105", "商学院", TimeOfDay(11, 20), TimeOfDay(11, 30), 17, "农村区域发展17")),
        ExpectedFact("row 19", quote: "13日 下午 12:30-12:55 生态学院（450人） 54 化工171、172",
                     { row(18, $0) }, printed("B组", "11B105", "生态学院", TimeOfDay(12, 30), TimeOfDay(12, 55), 54, "化工171、172")),
        ExpectedFact("row 21", quote: "13:20-13:55 74 生物制药171、172",
                     { row(20, $0) }, printed("B组", "11B105", "生态学院", TimeOfDay(13, 20), TimeOfDay(13, 55), 74, "生物制药171、172")),
        ExpectedFact("row 24", quote: "15:15-16:10 112 园艺17、园艺专升本191、192",
                     { row(23, $0) }, printed("B组", "11B105", "生态学院", TimeOfDay(15, 15), TimeOfDay(16, 10), 112, "园艺17、园艺专升本191、192")),
        ExpectedFact("row 25 (B last)", quote: "16:10-16:40 中国青瓷学院 66 视传17、摄影17、陶艺17",
                     { row(24, $0) }, printed("B组", "11B105", "中国青瓷学院", TimeOfDay(16, 10), TimeOfDay(16, 40), 66, "视传17、摄影17、陶艺17")),
        ExpectedFact("row 26 (C first)", quote: "13日 上午 8:30-9:00 工学院（344人） 65 电信171、172",
                     { row(25, $0) }, printed("C组", "11B107", "工学院", TimeOfDay(8, 30), TimeOfDay(9, 0), 65, "电信171、172")),
        ExpectedFact("row 30", quote: "10:50-11:20 48 光源17、自动化17",
                     { row(29, $0) }, printed("C组", "11B107", "工学院", TimeOfDay(10, 50), TimeOfDay(11, 20), 48, "光源17、自动化17")),
        ExpectedFact("row 31", quote: "13日 下午 12:30-12:55 民族学院（363人） 55 汉语国际教育17、民族学17",
                     { row(30, $0) }, printed("C组", "11B107", "民族学院", TimeOfDay(12, 30), TimeOfDay(12, 55), 55, "汉语国际教育17、民族学17")),
        ExpectedFact("row 32", quote: "12:55-13:40 80 汉语言学17、172",
                     { row(31, $0) }, printed("C组", "11B107", "民族学院", TimeOfDay(12, 55), TimeOfDay(13, 40), 80, "汉语言学17、172")),
        ExpectedFact("row 36", quote: "15:25-16:05 中国青瓷学院（159人） 81 工业设计17、环境设计17",
                     { row(35, $0) }, printed("C组", "11B107", "中国青瓷学院", TimeOfDay(15, 25), TimeOfDay(16, 5), 81, "工业设计17、环境设计17")),
        ExpectedFact("row 37 (C last)", quote: "16:05-16:45 78 美术学17、172",
                     { row(36, $0) }, printed("C组", "11B107", "中国青瓷学院", TimeOfDay(16, 5), TimeOfDay(16, 45), 78, "美术学17、172")),
    ]
}

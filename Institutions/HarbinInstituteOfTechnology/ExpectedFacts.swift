import TucaiKernel

extension School {
    public var expectedFacts: [ExpectedFact] {
        Self.identityFacts + Self.scopeFacts + Self.paymentFacts + Self.schedulingFacts + Self.captureFacts
    }
}

private let april22 = CivilDate(2025, 4, 22)
private let april23 = CivilDate(2025, 4, 23)

/// A student as a roster with 入学年份 and 学制 (and perhaps 预计毕业时间) gives them.
private func student(_ level: DegreeLevel, enrolled year: Int, length: Int? = nil, expected: YearMonth? = nil,
                     early: Bool = false, photographed: CivilDate? = nil, _ categories: [StudentCategory] = []) -> Student {
    Student(studentNumber: "T\(year)", name: "测试", level: level, enrolmentYear: year, programLength: length,
            expectedGraduation: expected, previousCapture: photographed, graduatingEarly: early, categories: categories)
}

private func inScope(_ institution: any Institution, _ student: Student) -> Bool {
    institution.eligibility(of: student, captureStarts: april22).isInScope
}

extension School {
    static let identityFacts: [ExpectedFact] = [
        ExpectedFact("notice title", quote: "关于2025年度研究生毕业图像采集的通知", { $0.notice.title }, "关于2025年度研究生毕业图像采集的通知"),
        ExpectedFact("notice date", quote: "发布时间:2025-04-18", { $0.notice.issued }, CivilDate(2025, 4, 18)),
        ExpectedFact("no signature survives: the graduate school's site", quote: "https://hitgs.hit.edu.cn/2025/0418/c17460a366938/page.htm",
                     { $0.notice.issuer.hasPrefix("研究生院") }, true),
        ExpectedFact("no document number of its own", quote: "关于2025年度研究生毕业图像采集的通知", { $0.notice.number }, String?.none),
        ExpectedFact("cohort: graduate, 2025", quote: "20254月至20263月间预计毕业(结业)",
                     { $0.cohorts.map(\.description) }, ["graduate 2025"]),
        ExpectedFact("agency: a qualified capture unit, not named", quote: "学校组织具有毕业生图像采集资质的采集单位入校现场拍照",
                     { EditorNote.published($0.agency.name) }, "具有毕业生图像采集资质的采集单位"),
        ExpectedFact("agency network: not 新华社 or 中国图片社 by name", quote: "具有毕业生图像采集资质的采集单位",
                     { $0.agency.network }, AgencyNetwork.other),
        ExpectedFact("identity at the camera: cut off", quote: "采集费用20/人交采", { $0.acceptedCredentials.count }, 0),
        ExpectedFact("nothing to do before the day survives", quote: "采集费用20/人交采", { $0.preRegistration.count }, 0),
    ]

    static let scopeFacts: [ExpectedFact] = [
        ExpectedFact("scope: 2022 3-year master", quote: "20223年学制硕士",
                     { $0.scopeRules.first }, ScopeRule.enrolled(.master, year: 2022, programLength: 3)),
        ExpectedFact("scope: 2023 2-year master", quote: "20232年和2.5年学制硕士",
                     { $0.scopeRules.dropFirst().first }, ScopeRule.enrolled(.master, year: 2023, programLength: 2)),
        ExpectedFact("scope: 直博生 enrolled 2020 or earlier", quote: "2020年及以前入学的直博生",
                     { $0.scopeRules.last }, ScopeRule.enrolledByYear(.doctoral, year: 2020, category: .directDoctoral)),
        ExpectedFact("a 2022 3-year master is in scope", quote: "20223年学制硕士",
                     { inScope($0, student(.master, enrolled: 2022, length: 3)) }, true),
        ExpectedFact("a 2023 2-year master is in scope", quote: "20232年和2.5年学制硕士",
                     { inScope($0, student(.master, enrolled: 2023, length: 2)) }, true),
        ExpectedFact("a 2023 2.5-year master (学制 empty) graduating in the window is in scope", quote: "20232年和2.5年学制硕士",
                     { inScope($0, student(.master, enrolled: 2023, expected: YearMonth(2025, 12))) }, true),
        ExpectedFact("a 2023 3-year master who applied for early defence is in scope", quote: "20233年学制已申请提前答辩的硕士",
                     { inScope($0, student(.master, enrolled: 2023, length: 3, early: true)) }, true),
        ExpectedFact("a 2023 3-year master without early defence is not", quote: "20233年学制已申请提前答辩的硕士",
                     { inScope($0, student(.master, enrolled: 2023, length: 3)) }, false),
        ExpectedFact("a regular doctoral student enrolled 2021 is in scope", quote: "2021年及以前入学的普通博士",
                     { inScope($0, student(.doctoral, enrolled: 2021)) }, true),
        ExpectedFact("a regular doctoral student enrolled 2018 is in scope", quote: "2021年及以前入学的普通博士",
                     { inScope($0, student(.doctoral, enrolled: 2018)) }, true),
        ExpectedFact("a regular doctoral student enrolled 2022 is not", quote: "2021年及以前入学的普通博士",
                     { inScope($0, student(.doctoral, enrolled: 2022)) }, false),
        ExpectedFact("a 直博生 enrolled 2020 is in scope", quote: "2020年及以前入学的直博生",
                     { inScope($0, student(.doctoral, enrolled: 2020, [.directDoctoral])) }, true),
        ExpectedFact("a 直博生 enrolled 2021 is not", quote: "2021年及以前入学的普通博士和2020年及以前入学的直博生",
                     { inScope($0, student(.doctoral, enrolled: 2021, [.directDoctoral])) }, false),
        ExpectedFact("the window decides where the roster gives the month: March 2026 is in",
                     quote: "20254月至20263月间预计毕业(结业)但尚未参加过图像采集的在籍硕士、博士研究生",
                     { inScope($0, student(.doctoral, enrolled: 2019, expected: YearMonth(2026, 3))) }, true),
        ExpectedFact("the window decides where the roster gives the month: June 2026 is out", quote: "20254月至20263月间预计毕业(结业)",
                     { inScope($0, student(.master, enrolled: 2022, length: 3, expected: YearMonth(2026, 6))) }, false),
        ExpectedFact("exclusion: a graduation photo already on 学信网",
                     quote: "往年已经参加过图像采集,在中国高等教育学生信息网(www.chsi.com.cn,以下简称学信网)已经有毕业图像的研究生不需要重复采集",
                     { $0.exclusions }, [Exclusion.alreadyPhotographed()]),
        ExpectedFact("a 2022 3-year master photographed before is excluded", quote: "已经有毕业图像的研究生不需要重复采集",
                     { inScope($0, student(.master, enrolled: 2022, length: 3, photographed: CivilDate(2023, 5, 1))) }, false),
    ]

    static let paymentFacts: [ExpectedFact] = [
        ExpectedFact("fee: 20 (元 lost in extraction)", quote: "采集费用20/人", { $0.fee?.total }, Money.yuan(20)),
        ExpectedFact("one route, 20 per person", quote: "采集费用20/人", { $0.paymentRoutes.map(\.price) }, [Money?.some(.yuan(20))]),
        ExpectedFact("per person", quote: "20/人", { $0.paymentRoutes.map(\.basis) }, [AmountBasis.perStudent]),
        ExpectedFact("the fee is the on-site shoot's", quote: "入校现场拍照,采集费用20/人",
                     { $0.paymentRoutes.map(\.mode) }, [CaptureMode?.some(.collective)]),
        ExpectedFact("payee cut off", quote: "采集费用20/人交采", { $0.paymentRoutes.map(\.collector) }, [String?.none]),
        ExpectedFact("channel cut off", quote: "采集费用20/人交采", { $0.paymentRoutes.map(\.channel) }, [PaymentChannel?.none]),
        ExpectedFact("timing cut off", quote: "采集费用20/人交采", { $0.paymentRoutes.map(\.timing.id) }, ["timingCutOff"]),
        ExpectedFact("so the camera does not wait for payment", quote: "采集费用20/人交采",
                     { $0.workflowRules.contains { $0.identifier == "payment-before-capture" } }, false),
    ]

    static let schedulingFacts: [ExpectedFact] = [
        ExpectedFact("two campuses", quote: "一校区:活动中心101室", { $0.campuses.map(\.name) }, ["一校区", "二校区"]),
        ExpectedFact("campus 1 on 22 and 23 April", quote: "一校区:活动中心101室,202542223日(8:30-11:30,13:30-16:30)",
                     { $0.captureDays.filter { $0.campus == "一校区" }.map(\.date) }, [april22, april23]),
        ExpectedFact("campus 1 windows", quote: "(8:30-11:30,13:30-16:30)",
                     { $0.captureDays.first?.windows },
                     [TimeWindow(TimeOfDay(8, 30), TimeOfDay(11, 30)), TimeWindow(TimeOfDay(13, 30), TimeOfDay(16, 30))]),
        ExpectedFact("campus 1 room", quote: "一校区:活动中心101室", { $0.captureDays.first?.rooms }, ["活动中心101室"]),
        ExpectedFact("campus 2 on 23 April", quote: "二校区:主楼B11室,2025423日(13:30-16:30)",
                     { $0.captureDays.filter { $0.campus == "二校区" }.map(\.date) }, [april23]),
        ExpectedFact("campus 2 afternoon only", quote: "2025423日(13:30-16:30)",
                     { $0.captureDays.last?.windows }, [TimeWindow(TimeOfDay(13, 30), TimeOfDay(16, 30))]),
        ExpectedFact("campus 2 room", quote: "二校区:主楼B11室", { $0.room(named: "主楼B11室")?.campus }, "二校区"),
        ExpectedFact("two rooms declared", quote: "活动中心101室", { $0.rooms.map(\.name) }, ["活动中心101室", "主楼B11室"]),
        ExpectedFact("two capture dates", quote: "202542223日", { Set($0.captureDays.map(\.date)).count }, 2),
        ExpectedFact("no weekday printed", quote: "202542223日", { $0.captureDays.compactMap(\.printedWeekday).count }, 0),
        ExpectedFact("the timetable is in the missing 附件", quote: "请各学院研究生优先按附件中安排的时间参加采集",
                     { $0.missingTimetable }, "附件"),
        ExpectedFact("the attachment schedules colleges", quote: "请各学院研究生优先按附件中安排的时间", { $0.groupingUnit }, GroupingUnit.college),
        ExpectedFact("own slot first, any announced period on a clash",
                     quote: "若安排时间与实验或课程等冲突,在上述任意采集时间段内参加即可",
                     { $0.slotFlexibility }, SlotFlexibility.ownSlotInPrinciple(exception: "若安排时间与实验或课程等冲突,在上述任意采集时间段内参加即可")),
        ExpectedFact("within the announced periods: the module's own rule", quote: "在上述任意采集时间段内参加即可",
                     { $0.workflowRules.contains { $0.identifier == "within-announced-periods" } }, true),
        ExpectedFact("no arrival lead stated", quote: "优先按附件中安排的时间参加采集", { $0.arrivalLeadMinutes }, Int?.none),
        ExpectedFact("no queue order stated", quote: "线下集中采集", { $0.ordering }, SessionOrdering?.none),
    ]

    static let captureFacts: [ExpectedFact] = [
        ExpectedFact("on site first, online as a supplement", quote: "我校本次采集工作采取在线下集中采集为主,线上采集为辅的方式进行",
                     { $0.onlineCapture != nil && !$0.captureDays.isEmpty }, true),
        ExpectedFact("online: for those who cannot come", quote: "不能参加现场拍照的毕业生", { $0.onlineCapture?.who }, "不能参加现场拍照的毕业生"),
        ExpectedFact("online: an app the school approves", quote: "使用学校认可的移动端采集软件作为补充手段",
                     { $0.onlineCapture?.platform.hasPrefix("学校认可的移动端采集软件") }, true),
        ExpectedFact("online: native camera, in real time", quote: "必须使用手机原生相机实时采集",
                     { $0.onlineCapture?.requirements.contains("必须使用手机原生相机实时采集") }, true),
        ExpectedFact("online: no beauty apps", quote: "不能使用美颜修图类软件",
                     { $0.onlineCapture?.requirements.contains("不能使用美颜修图类软件") }, true),
        ExpectedFact("online: no album photos", quote: "不能从手机相册中选择预先准备好的图片",
                     { $0.onlineCapture?.requirements.contains("不能从手机相册中选择预先准备好的图片") }, true),
        ExpectedFact("online: window not stated", quote: "线上采集为辅", { $0.onlineCapture?.window }, ClosedRange<CivilDate>?.none),
        ExpectedFact("online: review not stated", quote: "线上采集为辅", { $0.onlineCapture?.platformReview }, Stated<Bool>.notStated),
        ExpectedFact("no make-up route survives", quote: "采集费用20/人交采", { $0.makeUpRoutes.count }, 0),
        ExpectedFact("no verification survives", quote: "采集费用20/人交采", { $0.verification }, Verification?.none),
        ExpectedFact("no appearance rule survives", quote: "不能使用美颜修图类软件", { $0.appearance.count }, 0),
    ]
}

import TucaiKernel

extension School {
    public var expectedFacts: [ExpectedFact] {
        Self.identityFacts + Self.paymentFacts + Self.schedulingFacts + Self.captureFacts
    }
}

private let june18 = CivilDate(2022, 6, 18)

private func graduate(_ year: Int, _ level: DegreeLevel?) -> Student {
    Student(studentNumber: "T\(year)", name: "测试", level: level, expectedGraduation: YearMonth(year, 6))
}

private func route(_ institution: any Institution, _ name: String) -> PaymentRoute? {
    institution.paymentRoutes.first { $0.name == name }
}

extension School {
    static let identityFacts: [ExpectedFact] = [
        ExpectedFact("notice title", quote: "关于做好山西林业职业技术学院2023届毕业生图像采集工作的通知",
                     { $0.notice.title }, "关于做好山西林业职业技术学院2023届毕业生图像采集工作的通知"),
        ExpectedFact("notice date", quote: "发布日期:2022-06-15", { $0.notice.issued }, CivilDate(2022, 6, 15)),
        ExpectedFact("source field empty: the office named in the text", quote: "来源: 阅读",
                     { $0.notice.issuer.hasPrefix("教务工作部") }, true),
        ExpectedFact("no document number", quote: "发布日期:2022-06-15", { $0.notice.number }, String?.none),
        ExpectedFact("cohort: 2023", quote: "我院2023届毕业生图像采集工作定于2022年6月18日进行",
                     { $0.cohorts.map(\.graduationYear) }, [2023]),
        ExpectedFact("cohort level: undergraduate (高职 under 本科/专科)", quote: "2023届毕业生", { $0.cohorts.map(\.level) }, [Cohort.Level.undergraduate]),
        ExpectedFact("no agency named", quote: "交采集人员", { $0.agency.network }, AgencyNetwork.other),
        ExpectedFact("scope: the college's 2023 graduates", quote: "我院2023届毕业生图像采集工作",
                     { $0.scopeRules }, [ScopeRule.graduatingInYear(2023, levels: [.vocational])]),
        ExpectedFact("a 2023 高职 graduate is in scope", quote: "我院2023届毕业生",
                     { $0.eligibility(of: graduate(2023, .vocational), captureStarts: june18).isInScope }, true),
        ExpectedFact("a roster row without a level is matched on the year", quote: "我院2023届毕业生",
                     { $0.eligibility(of: graduate(2023, nil), captureStarts: june18).isInScope }, true),
        ExpectedFact("a 2022 graduate is not", quote: "2023届毕业生",
                     { $0.eligibility(of: graduate(2022, .vocational), captureStarts: june18).isInScope }, false),
        ExpectedFact("students missing from a list are added below it, not turned away",
                     quote: "如采集学生名字不在表格中,在表格下方空白处增加",
                     { $0.otherRules.contains("如采集学生名字不在表格中,在表格下方空白处增加。") }, true),
        ExpectedFact("nobody excluded", quote: "我院2023届毕业生图像采集工作", { $0.exclusions.count }, 0),
        ExpectedFact("credential: the ID card, original", quote: "1、携带本人身份证原件;", { $0.acceptedCredentials }, [Credential.residentIDCard]),
        ExpectedFact("nothing to do before the day", quote: "1、在校生参加现场采集。", { $0.preRegistration.count }, 0),
        ExpectedFact("phone printed by the place", quote: "形体室  联系电话:0351-3438929", { $0.contacts.flatMap(\.phones) }, ["0351-3438929"]),
        ExpectedFact("the list goes to 教务工作部", quote: "采集完毕后,班级负责人要将图像采集名单交至教务工作部。",
                     { $0.otherRules.contains("采集完毕后,班级负责人要将图像采集名单交至教务工作部。") }, true),
    ]

    static let paymentFacts: [ExpectedFact] = [
        ExpectedFact("two routes: on site and online", quote: "四、采集费用标准及缴纳方式", { $0.paymentRoutes.map(\.name) }, ["现场采集", "线上采集"]),
        ExpectedFact("on site: 20 元 per person", quote: "1、现场采集费用:20元/人", { route($0, "现场采集")?.price }, Money.yuan(20)),
        ExpectedFact("the fee kept is the on-site one", quote: "现场采集费用:20元/人", { $0.fee?.total }, Money.yuan(20)),
        ExpectedFact("on site: paid per class", quote: "(以班为单位提前微信收取)", { route($0, "现场采集")?.payer }, Payer.classCollector),
        ExpectedFact("on site: paid after the class is photographed", quote: "待本班学生采集完毕后,各班负责人统一按采集人数将费用",
                     { route($0, "现场采集")?.timing }, PaymentTiming.onSiteAfterCapture),
        ExpectedFact("on site: for the number actually photographed", quote: "所交费用必须与实际采集人数一致",
                     { route($0, "现场采集")?.basis }, AmountBasis.perStudentPhotographed),
        ExpectedFact("on site: WeChat, scanning a code", quote: "经微信扫码方式交采集人员", { route($0, "现场采集")?.channel?.id }, "wechatScan"),
        ExpectedFact("on site: to the photographers", quote: "交采集人员", { route($0, "现场采集")?.collector }, "采集人员"),
        ExpectedFact("on site: pays for the collective capture", quote: "1、现场采集费用", { route($0, "现场采集")?.mode }, CaptureMode.collective),
        ExpectedFact("the class's money is credited only to students photographed", quote: "所交费用必须与实际采集人数一致",
                     { $0.workflowRules.contains { $0.identifier == "payment-after-capture" } }, true),
        ExpectedFact("online: 30 元 per person", quote: "2、线上采集费用:30元/人", { route($0, "线上采集")?.price }, Money.yuan(30)),
        ExpectedFact("online: each student pays", quote: "线上采集费用:30元/人", { route($0, "线上采集")?.payer }, Payer.student),
        ExpectedFact("online: through the platform", quote: "(通过采集平台支付)", { route($0, "线上采集")?.channel?.id }, "inApp:采集平台"),
        ExpectedFact("online: pays for online capture", quote: "2、线上采集费用", { route($0, "线上采集")?.mode }, CaptureMode.onlineSelf),
        ExpectedFact("no rule makes a camera wait for money", quote: "通过采集平台支付",
                     { $0.workflowRules.contains { $0.identifier == "payment-before-capture" } }, false),
        ExpectedFact("no refund stated", quote: "所交费用必须与实际采集人数一致", { $0.refund }, RefundRule?.none),
    ]

    static let schedulingFacts: [ExpectedFact] = [
        ExpectedFact("capture day", quote: "我院2023届毕业生图像采集工作定于2022年6月18日进行", { $0.captureDays.map(\.date) }, [june18]),
        ExpectedFact("morning 8-12, afternoon 2-6 (14-18)", quote: "6月18日上午8:00-12:00,下午2:00-6:00。",
                     { $0.captureDays.first?.windows },
                     [TimeWindow(TimeOfDay(8, 0), TimeOfDay(12, 0)), TimeWindow(TimeOfDay(14, 0), TimeOfDay(18, 0))]),
        ExpectedFact("place: 形体室", quote: "二、采集地点\n\n形体室", { $0.rooms.map(\.name) }, ["形体室"]),
        ExpectedFact("queue outside the 形体室", quote: "按照规定时间在形体室门外进行排队", { $0.captureDays.first?.rooms }, ["形体室"]),
        ExpectedFact("no weekday printed", quote: "6月18日上午8:00-12:00", { $0.captureDays.first?.printedWeekday }, Weekday?.none),
        ExpectedFact("the timetable is a missing attachment", quote: "根据2023届毕业生图像采集时间安排表",
                     { $0.missingTimetable }, "2023届毕业生图像采集时间安排表"),
        ExpectedFact("class leaders call the roll in shooting order", quote: "在采集现场根据实际拍摄顺序,负责点名采集",
                     { $0.ordering }, SessionOrdering.rollCallByClassLeader),
        ExpectedFact("at least one staff member per department", quote: "请各系至少安排一名工作人员在采集现场协调组织本系学生有序完成采集任务",
                     { $0.staff.map(\.minimum) }, [1]),
        ExpectedFact("staff per department (系)", quote: "请各系至少安排一名工作人员", { $0.staff.first?.perUnit.chinese }, "系"),
        ExpectedFact("whether another slot is allowed is not stated", quote: "采集工作将根据进度适时调整",
                     { $0.slotFlexibility }, SlotFlexibility?.none),
        ExpectedFact("no arrival lead stated", quote: "按照规定时间在形体室门外进行排队", { $0.arrivalLeadMinutes }, Int?.none),
    ]

    static let captureFacts: [ExpectedFact] = [
        ExpectedFact("five appearance rules", quote: "仪表端庄,穿浅色系服装,不得穿蓝色系服装,不得佩戴首饰,不得化妆", { $0.appearance.count }, 5),
        ExpectedFact("light colours", quote: "穿浅色系服装",
                     { $0.appearance.contains(AppearanceRule(.clothingColour, .required, "穿浅色系服装")) }, true),
        ExpectedFact("no blue", quote: "不得穿蓝色系服装",
                     { $0.appearance.contains(AppearanceRule(.clothingColour, .forbidden, "不得穿蓝色系服装")) }, true),
        ExpectedFact("no jewellery", quote: "不得佩戴首饰", { $0.appearance.contains(AppearanceRule(.jewellery, .forbidden, "不得佩戴首饰")) }, true),
        ExpectedFact("no make-up", quote: "不得化妆", { $0.appearance.contains(AppearanceRule(.makeUp, .forbidden, "不得化妆")) }, true),
        ExpectedFact("online capture for students not back", quote: "2、未返校生参加线上采集", { $0.onlineCapture?.who }, "未返校生"),
        ExpectedFact("online dates to be announced", quote: "线上采集时间另行通知", { $0.onlineCapture?.window }, ClosedRange<CivilDate>?.none),
        ExpectedFact("no make-up route stated", quote: "不进行图像采集将不能办理毕业证书", { $0.makeUpRoutes.count }, 0),
        ExpectedFact("on-campus make-up not stated", quote: "不进行图像采集将不能办理毕业证书", { $0.onCampusMakeUp }, Stated<Bool>.notStated),
        ExpectedFact("no verification stated", quote: "毕业图像信息采集的照片将会作为学生毕业照片使用", { $0.verification }, Verification?.none),
        ExpectedFact("no capture, no certificate", quote: "不进行图像采集将不能办理毕业证书",
                     { $0.otherRules.contains("毕业图像信息采集的照片将会作为学生毕业照片使用,不进行图像采集将不能办理毕业证书。") }, true),
    ]
}

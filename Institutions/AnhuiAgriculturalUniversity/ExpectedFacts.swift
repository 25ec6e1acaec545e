import TucaiKernel

extension School {
    public var expectedFacts: [ExpectedFact] {
        Self.identityFacts + Self.scopeFacts + Self.paymentFacts + Self.schedulingFacts + Self.captureFacts
    }
}

private let captureDay = CivilDate(2020, 10, 24)

private func graduate(_ level: DegreeLevel, _ categories: [StudentCategory] = [], photographed: CivilDate? = nil,
                      graduating year: Int = 2022) -> Student {
    Student(studentNumber: "T\(year)", name: "测试", level: level, expectedGraduation: YearMonth(year, 6),
            previousCapture: photographed, categories: categories)
}

private func inScope(_ institution: any Institution, _ student: Student) -> Bool {
    institution.eligibility(of: student, captureStarts: captureDay).isInScope
}

extension School {
    static let identityFacts: [ExpectedFact] = [
        ExpectedFact("the saved text has no title: the subject is the first paragraph's", quote: "为做好2022届研究生毕业图像信息采集工作",
                     { $0.notice.title.hasPrefix("2022届研究生毕业图像信息采集工作") }, true),
        ExpectedFact("no issuer in the body: the graduate school's site", quote: "https://yjs.ahau.edu.cn/info/1051/7402.htm",
                     { $0.notice.issuer.hasPrefix("研究生院") }, true),
        ExpectedFact("no publication date: the only printed date is the capture day", quote: "2020年10月24日08:00—17:00",
                     { $0.notice.issued }, CivilDate?.none),
        ExpectedFact("no document number", quote: "各培养学院:", { $0.notice.number }, String?.none),
        ExpectedFact("cohort: 2022 graduate students", quote: "拟于2022年毕业的研究生(博士、硕士)",
                     { $0.cohorts.map(\.description) }, ["graduate 2022"]),
        ExpectedFact("agency: 新华社", quote: "统一由新华社集中拍摄、采集并上传", { $0.agency.name }, "新华社"),
        ExpectedFact("agency network: Xinhua", quote: "均需参加新华社的统一图像信息采集", { $0.agency.network }, AgencyNetwork.xinhua),
        ExpectedFact("no contacts printed", quote: "各培养学院:", { $0.contacts.count + $0.agency.contacts.count }, 0),
        ExpectedFact("credential: ID card", quote: "务必携带身份证前往采集点,通过读取身份证号码依次采集图像",
                     { $0.acceptedCredentials }, [Credential.residentIDCard]),
        ExpectedFact("no sequence number is stated", quote: "通过读取身份证号码依次采集图像",
                     { $0.sequenceNumbering }, SequenceNumbering?.none),
        ExpectedFact("nothing to do before the day", quote: "参加图像信息采集的研究生务必携带身份证前往采集点",
                     { $0.preRegistration.count }, 0),
    ]

    static let scopeFacts: [ExpectedFact] = [
        ExpectedFact("scope: 2022 doctoral and master's graduates", quote: "一、集中采集对象:拟于2022年毕业的研究生(博士、硕士)",
                     { $0.scopeRules }, [ScopeRule.graduatingInYear(2022, levels: [.doctoral, .master, .partTimeMaster])]),
        ExpectedFact("a 2022 master's graduate is in scope", quote: "拟于2022年毕业的研究生(博士、硕士)",
                     { inScope($0, graduate(.master)) }, true),
        ExpectedFact("a 2023 master's graduate is not", quote: "拟于2022年毕业的研究生",
                     { inScope($0, graduate(.master, graduating: 2023)) }, false),
        ExpectedFact("exclusion: international students", quote: "留学生不参加此次图像采集",
                     { $0.exclusions }, [Exclusion.category(.international)]),
        ExpectedFact("an international 2022 doctoral graduate is excluded", quote: "留学生不参加此次图像采集",
                     { inScope($0, graduate(.doctoral, [.international])) }, false),
        ExpectedFact("硕博连读 doctoral graduates photographed as master's students are captured again",
                     quote: "拟于2022年毕业的硕博连读的博士研究生,请按照学信网图像信息采集有关规定,重新采集图像信息(硕士生阶段采集的照片不能用于博士毕业信息)",
                     { inScope($0, graduate(.doctoral, [.combinedMasterDoctoral], photographed: CivilDate(2019, 5, 10))) }, true),
        ExpectedFact("no exemption for an earlier photo", quote: "每位应届毕业生,均需参加新华社的统一图像信息采集",
                     { $0.exemptions.count }, 0),
    ]

    static let paymentFacts: [ExpectedFact] = [
        ExpectedFact("the school pays", quote: "本次集体图像采集所需费用由学校统一支付",
                     { $0.paymentRoutes.map(\.payer) }, [Payer.school]),
        ExpectedFact("no student is charged", quote: "所需费用由学校统一支付",
                     { $0.paymentRoutes.contains(where: \.charges) }, false),
        ExpectedFact("no amount printed", quote: "所需费用由学校统一支付", { $0.fee?.total }, Money?.none),
        ExpectedFact("the school's route pays for the collective capture", quote: "本次集体图像采集所需费用",
                     { $0.paymentRoutes.compactMap(\.mode) }, [CaptureMode.collective]),
        ExpectedFact("no refund", quote: "所需费用由学校统一支付", { $0.refund }, RefundRule?.none),
    ]

    static let schedulingFacts: [ExpectedFact] = [
        ExpectedFact("one capture day, printed 2020", quote: "二、集中采集时间:2020年10月24日08:00—17:00",
                     { $0.captureDays.map(\.date) }, [captureDay]),
        ExpectedFact("printed year 2020 is two years before the 2022 cohort", quote: "2020年10月24日",
                     { ($0.cohorts.first?.graduationYear ?? 0) - ($0.captureDays.first?.date.year ?? 0) }, 2),
        ExpectedFact("one window, 08:00 to 17:00", quote: "08:00—17:00",
                     { $0.captureDays.first?.windows }, [TimeWindow(TimeOfDay(8, 0), TimeOfDay(17, 0))]),
        ExpectedFact("no weekday printed", quote: "2020年10月24日08:00—17:00", { $0.captureDays.first?.printedWeekday }, Weekday?.none),
        ExpectedFact("place: 博学楼129教室", quote: "三、集中采集地点:博学楼129教室。", { $0.rooms.map(\.name) }, ["博学楼129教室"]),
        ExpectedFact("the day uses 博学楼129教室", quote: "博学楼129教室", { $0.captureDays.first?.rooms }, ["博学楼129教室"]),
        ExpectedFact("no campus named", quote: "博学楼129教室", { $0.campuses.count }, 0),
        ExpectedFact("the timetable is in the missing 附表", quote: "(具体安排见附表)", { $0.missingTimetable }, "附表"),
        ExpectedFact("no table in the text", quote: "具体安排见附表", { $0.sessionTable.isEmpty }, true),
        ExpectedFact("arrive at least 15 minutes early", quote: "1.至少提前15分钟到达采集现场。", { $0.arrivalLeadMinutes }, 15),
        ExpectedFact("queue by ID-card swipe, no changing places", quote: "刷身份证后不得更改排队顺序",
                     { $0.ordering }, SessionOrdering.byIDCardSwipe),
        ExpectedFact("class leaders line students up", quote: "由各班级负责人召集本班级学生提前排好队伍,保持安静有序。",
                     { $0.otherRules.contains("由各班级负责人召集本班级学生提前排好队伍,保持安静有序。") }, true),
        ExpectedFact("whether another slot is allowed is not stated", quote: "按时到指定场所进行图像信息采集",
                     { $0.slotFlexibility }, SlotFlexibility?.none),
    ]

    static let captureFacts: [ExpectedFact] = [
        ExpectedFact("ten attire rules", quote: "(二)着装要求", { $0.appearance.count }, 10),
        ExpectedFact("light colours, for the blue background", quote: "因照片底色为蓝色,请穿着浅色系服装",
                     { $0.appearance.contains(AppearanceRule(.clothingColour, .required, "因照片底色为蓝色,请穿着浅色系服装")) }, true),
        ExpectedFact("no blue or purple tops", quote: "切勿穿着蓝色或紫色上衣",
                     { $0.appearance.contains(AppearanceRule(.clothingColour, .forbidden, "切勿穿着蓝色或紫色上衣")) }, true),
        ExpectedFact("no turtlenecks", quote: "切勿穿着蓝色或紫色上衣、高领毛衣",
                     { $0.appearance.contains { $0.aspect == .collar && $0.kind == .forbidden } }, true),
        ExpectedFact("no uniforms", quote: "3.不着其他职业、行业类制服",
                     { $0.appearance.contains(AppearanceRule(.clothingStyle, .forbidden, "不着其他职业、行业类制服")) }, true),
        ExpectedFact("no heavy make-up, no jewellery", quote: "4.女生不着浓妆,不带首饰",
                     { $0.appearance.filter { [.makeUp, .jewellery].contains($0.aspect) }.map(\.kind) }, [AppearanceRule.Kind.forbidden, .forbidden]),
        ExpectedFact("glasses discouraged, not forbidden", quote: "5.尽量不佩戴近视眼镜(镜片反光)、墨镜、变色镜。",
                     { $0.appearance.filter { [.glasses, .tintedLenses].contains($0.aspect) }.map(\.kind) }, [AppearanceRule.Kind.discouraged, .discouraged]),
        ExpectedFact("make-up route cut off", quote: "五、特殊情况\n如因特殊情况未能参加本次集中图像信",
                     { $0.makeUpRoutes.count }, 0),
        ExpectedFact("on-campus make-up not stated", quote: "如因特殊情况未能参加本次集中图像信",
                     { $0.onCampusMakeUp }, Stated<Bool>.notStated),
        ExpectedFact("no verification stated", quote: "国家学历学位认证平台(学信网)", { $0.verification }, Verification?.none),
        ExpectedFact("no online self-capture", quote: "集中采集地点:博学楼129教室", { $0.onlineCapture }, OnlineCapture?.none),
        ExpectedFact("no capture, no registration", quote: "未采集图像信息的毕业生,将无法在国家备案系统中上传学历和学位信息,后果自负。",
                     { $0.otherRules.contains("未采集图像信息的毕业生,将无法在国家备案系统中上传学历和学位信息,后果自负。") }, true),
        ExpectedFact("keep distance, leave at once", quote: "采集图像时需按照疫情防控要求保持一定距离,采集结束应立即离开现场。",
                     { $0.otherRules.contains("采集图像时需按照疫情防控要求保持一定距离,采集结束应立即离开现场。") }, true),
    ]
}

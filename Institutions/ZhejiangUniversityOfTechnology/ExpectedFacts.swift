import TucaiKernel

extension School {
    public var expectedFacts: [ExpectedFact] {
        Self.institutionFacts + Self.identityFacts + Self.paymentFacts + Self.schedulingFacts + Self.captureFacts
    }
}

private func undergraduate(graduating year: Int, international: Bool) -> Student {
    Student(studentNumber: "202101010001", name: "测试", level: .bachelor, enrolmentYear: year - 4, programLength: 4,
            expectedGraduation: YearMonth(year, 6), categories: international ? [.international] : [])
}

private let day = CivilDate(2024, 11, 3)

extension School {
    static let institutionFacts: [ExpectedFact] = [
        ExpectedFact("title", quote: "关于做好2025届本科毕业留学生电子图像采集工作的通知",
                     { $0.notice.title }, "关于做好2025届本科毕业留学生电子图像采集工作的通知"),
        ExpectedFact("published 2024-10-18 (the page's address; the text has no date)", quote: "http://www.jwc.zjut.edu.cn/2024/1018/",
                     { $0.notice.issued.map { "\($0.year)/\($0.month)\($0.day)" } }, "2024/1018"),
        ExpectedFact("no document number of its own", quote: "关于做好2025届本科毕业留学生电子图像采集工作的通知",
                     { $0.notice.number }, String?.none),
        ExpectedFact("agency", quote: "毕业生电子图像由新华社浙江分社统一来校采集", { $0.agency.name }, "新华社浙江分社"),
        ExpectedFact("agency network", quote: "新华社浙江分社", { $0.agency.network }, AgencyNetwork.xinhua),
        ExpectedFact("cohort: 2025届 undergraduates", quote: "2025届本科毕业留学生",
                     { $0.cohorts.map { "\($0.level) \($0.graduationYear)" } }, ["undergraduate 2025"]),
        ExpectedFact("8 two-inch colour prints from the agency", quote: "并提供8张2寸彩色照片用于毕业证书和学位证书的制作",
                     { $0.otherRules.contains { $0.contains("并提供8张2寸彩色照片用于毕业证书和学位证书的制作") } }, true),
        ExpectedFact("photos go online with the certificate data", quote: "所有高校毕业生的电子图像信息与学历证书信息一起上网供社会查询",
                     { $0.otherRules.contains { $0.contains("所有高校毕业生的电子图像信息与学历证书信息一起上网供社会查询") } }, true),
    ]

    static let identityFacts: [ExpectedFact] = [
        ExpectedFact("scope: international undergraduates", quote: "2025届本科毕业留学生",
                     { $0.scopeRules }, [ScopeRule.category(.international, levels: [.bachelor])]),
        ExpectedFact("a 2025 international undergraduate is in scope", quote: "各学院、2025届本科毕业留学生",
                     { $0.eligibility(of: undergraduate(graduating: 2025, international: true), captureStarts: day).isInScope }, true),
        ExpectedFact("a 2025 Chinese undergraduate is not", quote: "2025届本科毕业留学生",
                     { $0.eligibility(of: undergraduate(graduating: 2025, international: false), captureStarts: day).isInScope }, false),
        ExpectedFact("a 2026 international undergraduate is not", quote: "2025届本科毕业留学生",
                     { $0.eligibility(of: undergraduate(graduating: 2026, international: true), captureStarts: day).isInScope }, false),
        ExpectedFact("no exclusion stated", quote: "各学院、2025届本科毕业留学生", { $0.exclusions.isEmpty && $0.exemptions.isEmpty }, true),
        ExpectedFact("save the 采集码 before the shoot", quote: "请同学于拍摄前下载本人的采集码,保存在手机中",
                     { $0.preRegistration }, [PreRegistrationStep.obtainCollectionCode(channels: ["附件“采集码保存的流程”中的3种方式"])]),
        ExpectedFact("three ways, in the attachment", quote: "采集码可以通过附件中3种方式获得",
                     { $0.otherRules.contains { $0.contains("采集码可以通过附件中3种方式获得") } }, true),
        ExpectedFact("registration matches 正方", quote: "注册信息需要与正方系统中一致",
                     { $0.otherRules.contains { $0.contains("注册信息需要与正方系统中一致") } }, true),
        ExpectedFact("at the station: the 采集码 on the phone and the signed list", quote: "将采集码图片展示在手机上",
                     { $0.acceptedCredentials }, [Credential.together([.collectionCode, .signedNameList])]),
        ExpectedFact("the list: student number and name", quote: "在《全国高校毕业生信息采集学生名单》上登记学号与姓名,字迹必须工整",
                     { $0.otherRules.contains("在《全国高校毕业生信息采集学生名单》上登记学号与姓名,字迹必须工整") }, true),
        ExpectedFact("the 采集码 first", quote: "请同学于拍摄前下载本人的采集码",
                     { $0.workflowRules.contains { $0 is PreRegistrationFirstRule } }, true),
        ExpectedFact("no sequence numbers: the sign-up order", quote: "严格按照登记顺序等候拍照,不得错位",
                     { $0.sequenceNumbering }, SequenceNumbering?.none),
    ]

    static let paymentFacts: [ExpectedFact] = [
        ExpectedFact("fee 20 元 per person", quote: "毕业生电子图像采集费用标准为20元/人", { $0.fee?.total }, Money.yuan(20)),
        ExpectedFact("fee name", quote: "毕业生电子图像采集费用标准", { $0.fee?.items.map(\.name) }, ["毕业生电子图像采集费用"]),
        ExpectedFact("what the fee buys is not said", quote: "毕业生电子图像采集费用标准为20元/人", { $0.fee?.includes }, [String]()),
        ExpectedFact("one route at 20 元", quote: "20元/人,现场扫码支付", { $0.paymentRoutes.map(\.price) }, [Money?.some(.yuan(20))]),
        ExpectedFact("each student pays", quote: "20元/人", { $0.paymentRoutes.map(\.payer) }, [Payer.student]),
        ExpectedFact("scan a code", quote: "现场扫码支付", { $0.paymentRoutes.compactMap(\.channel) }, [PaymentChannel.scanToPay]),
        ExpectedFact("on site, before or after the photo not said", quote: "现场扫码支付",
                     { $0.paymentRoutes.map(\.timing) }, [PaymentTiming.onSite]),
        ExpectedFact("so the camera does not wait for the money", quote: "现场扫码支付",
                     { $0.workflowRules.contains { $0 is PaymentBeforeCaptureRule } }, false),
        ExpectedFact("no 'no other way' stated", quote: "现场扫码支付", { $0.paymentRoutes.map(\.exclusive) }, [false]),
        ExpectedFact("unpaid: no online e-registration", quote: "若不缴纳拍摄成本费或不参加电子图像采集,将无法进行网上电子注册学历信息",
                     { $0.workflowRules.map(\.identifier).contains("no-registration-without-fee") }, true),
        ExpectedFact("unpaid or absent: no certificates", quote: "无法制作毕业证书和学位证书,后果自负。",
                     { $0.otherRules.contains(School.registrationQuote) }, true),
        ExpectedFact("deferred students: not stated", quote: "现场扫码支付", { $0.deferredStudentsPay }, Stated<Bool>.notStated),
    ]

    static let schedulingFacts: [ExpectedFact] = [
        ExpectedFact("one day", quote: "拍摄时间:2024年11月3日(星期日)12:30-16:00", { $0.captureDays.map(\.date) }, [day]),
        ExpectedFact("printed Sunday", quote: "2024年11月3日(星期日)", { $0.captureDays.first?.printedWeekday }, Weekday.sunday),
        ExpectedFact("12:30-16:00", quote: "12:30-16:00",
                     { $0.captureDays.first?.windows }, [TimeWindow(TimeOfDay(12, 30), TimeOfDay(16, 0))]),
        ExpectedFact("屏峰校区", quote: "屏峰校区:拍摄时间", { $0.captureDays.first?.campus }, "屏峰校区"),
        ExpectedFact("group 5, 广知楼B412", quote: "拍摄地点:第5组(广知楼B412教室)", { $0.captureDays.first?.rooms }, ["广知楼B412"]),
        ExpectedFact("the room answers to 第5组", quote: "第5组(广知楼B412教室)", { $0.room(named: "第5组")?.name }, "广知楼B412"),
        ExpectedFact("walk-in: no table", quote: "请本科毕业留学生按规定时间准时到拍摄场地拍摄。", { $0.sessionTable.isEmpty }, true),
        ExpectedFact("sign-up order", quote: "(3)严格按照登记顺序等候拍照,不得错位", { $0.ordering }, SessionOrdering.bySignUpOrder),
        ExpectedFact("no online capture", quote: "请本科毕业留学生按规定时间准时到拍摄场地拍摄。", { $0.onlineCapture }, OnlineCapture?.none),
    ]

    static let captureFacts: [ExpectedFact] = [
        ExpectedFact("photo requirements cut off", quote: "6、拍照注意事项:\n请留学生按照新华社影像采集要求",
                     { $0.photoRequirements }, ["请留学生按照新华社影像采集要求"]),
        ExpectedFact("leave right after the photo", quote: "拍完照片马上离开现场,禁止在拍照现场逗留、大声喧哗。",
                     { $0.otherRules.contains("物品随身携带,拍完照片马上离开现场,禁止在拍照现场逗留、大声喧哗。") }, true),
        ExpectedFact("queue quietly, screen bright", quote: "有秩序无喧哗排队,将采集码图片展示在手机上,屏幕亮度调高",
                     { $0.otherRules.contains("有秩序无喧哗排队,将采集码图片展示在手机上,屏幕亮度调高") }, true),
        ExpectedFact("no make-up (text cut off)", quote: "请留学生按照新华社影像采集要求", { $0.makeUpRoutes.isEmpty }, true),
        ExpectedFact("make-up on campus: not stated", quote: "请留学生按照新华社影像采集要求", { $0.onCampusMakeUp }, Stated<Bool>.notStated),
        ExpectedFact("no verification (text cut off)", quote: "请留学生按照新华社影像采集要求", { $0.verification == nil }, true),
    ]
}

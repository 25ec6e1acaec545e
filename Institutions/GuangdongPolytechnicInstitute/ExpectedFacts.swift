import TucaiKernel

extension School {
    public var expectedFacts: [ExpectedFact] {
        Self.institutionFacts + Self.identityFacts + Self.paymentFacts + Self.captureFacts
    }
}

private func graduate(_ year: Int, _ level: DegreeLevel, categories: [StudentCategory] = []) -> Student {
    Student(studentNumber: "2020010001", name: "测试", level: level, enrolmentYear: year - 3, programLength: 3,
            expectedGraduation: YearMonth(year, 6), categories: categories)
}

private let windowOpens = CivilDate(2022, 12, 20)

extension School {
    static let institutionFacts: [ExpectedFact] = [
        ExpectedFact("document number", quote: "粤理工教务函〔2022〕84号", { $0.notice.number }, "粤理工教务函〔2022〕84号"),
        ExpectedFact("no date printed, only the document's year", quote: "粤理工教务函〔2022〕84号", { $0.notice.issued }, CivilDate?.none),
        ExpectedFact("issuer: the 教务 office of the number", quote: "粤理工教务函", { $0.notice.issuer }, "教务处"),
        ExpectedFact("title: the subject of the first sentence (no title line)", quote: "为切实做好2023届毕业生图像信息采集工作",
                     { $0.notice.title }, "2023届毕业生图像信息采集工作"),
        ExpectedFact("agency: 新华社, named through its mini-program", quote: "“新华社广东高校图像信息采集”微信小程序",
                     { $0.agency.network }, AgencyNetwork.xinhua),
        ExpectedFact("cohort: 2023届", quote: "全体2023届毕业生", { $0.cohorts.map(\.graduationYear) }, [2023]),
        ExpectedFact("photos for e-registration and certificates", quote: "确保毕业生学历电子注册及毕、结业证书制作等相关工作的顺利进行",
                     { $0.otherRules.contains("确保毕业生学历电子注册及毕、结业证书制作等相关工作的顺利进行") }, true),
        ExpectedFact("electronic image for registration, prints pasted on certificates",
                     quote: "本次采集的电子图像用于学历信息注册,纸质照片用于毕业证书、结业证书等的粘贴。",
                     { $0.otherRules.contains("本次采集的电子图像用于学历信息注册,纸质照片用于毕业证书、结业证书等的粘贴。") }, true),
    ]

    static let identityFacts: [ExpectedFact] = [
        ExpectedFact("scope: every 2023 graduate, no level named", quote: "全体2023届毕业生",
                     { $0.scopeRules }, [ScopeRule.graduatingInYear(2023, levels: DegreeLevel.allCases)]),
        ExpectedFact("a 2023 graduate is in scope", quote: "全体2023届毕业生",
                     { $0.eligibility(of: graduate(2023, .vocational), captureStarts: windowOpens).isInScope }, true),
        ExpectedFact("a 2024 graduate is not", quote: "全体2023届毕业生",
                     { $0.eligibility(of: graduate(2024, .vocational), captureStarts: windowOpens).isInScope }, false),
        ExpectedFact("excluded: 高职扩招 spring 2023 graduates", quote: "高职扩招2023届春季毕业生图像信息采集工作已完成,请勿参加本次采集",
                     { $0.exclusions }, [Exclusion.category(.expandedEnrolmentSpring2023)]),
        ExpectedFact("a 高职扩招 spring 2023 graduate is excluded", quote: "请勿参加本次采集",
                     { $0.eligibility(of: graduate(2023, .vocational, categories: [.expandedEnrolmentSpring2023]),
                                      captureStarts: windowOpens).reason },
                     "高职扩招2023届春季毕业生"),
        ExpectedFact("the exclusion names the spring graduates only, not every 高职扩招 student", quote: "高职扩招2023届春季毕业生",
                     { $0.eligibility(of: graduate(2023, .vocational, categories: [.expandedEnrolment]), captureStarts: windowOpens).isInScope },
                     true),
        ExpectedFact("before the photo: the 学信网 采集码", quote: "学生须在图像采集前登录学信网获取该二维码",
                     { $0.preRegistration }, [PreRegistrationStep.obtainCollectionCode(channels: ["登录学信网"])]),
        ExpectedFact("the 采集码 comes first", quote: "学生须在图像采集前登录学信网获取该二维码",
                     { $0.workflowRules.contains { $0 is PreRegistrationFirstRule } }, true),
        ExpectedFact("identified by ID last four, feature code EK43 and the 采集码",
                     quote: "输入本人身份证号后四位和特征码(我校毕业生特征码请填写“EK43”,字母需用大写),拍摄本人的图像采集码或从相册导入采集码",
                     { $0.onlineCapture?.identifiedBy.map(\.id) }, ["idNumberLastFour", "schoolFeatureCodeEK43", "collectionCode"]),
        ExpectedFact("feature code EK43", quote: "我校毕业生特征码请填写“EK43”",
                     { $0.credentials.map(\.chinese) }, ["身份证号后四位", "学校特征码“EK43”"]),
        ExpectedFact("feature code in capitals", quote: "字母需用大写",
                     { $0.otherRules.contains("我校毕业生特征码请填写“EK43”,字母需用大写") }, true),
        ExpectedFact("the platform accepts only all three together", quote: "输入本人身份证号后四位和特征码",
                     { $0.workflowRules.compactMap { ($0 as? AcceptedCredentialsRule)?.accepted }.flatMap { $0 } },
                     [Credential.together([.idNumberLastFour, .schoolFeatureCode, .collectionCode])]),
        ExpectedFact("no station: no credential at one", quote: "本次图像信息采集采取线上自助采集方式进行。",
                     { $0.acceptedCredentials }, [Credential]()),
    ]

    static let paymentFacts: [ExpectedFact] = [
        ExpectedFact("fee 15 元 per person", quote: "采集费用为15元/人", { $0.fee?.total }, Money.yuan(15)),
        ExpectedFact("fee includes the e-photo and one set of prints", quote: "(含电子照片和一版纸质照片)",
                     { $0.fee?.includes }, ["电子照片", "一版纸质照片"]),
        ExpectedFact("one route, 15 元", quote: "采集费用为15元/人", { $0.paymentRoutes.map(\.price) }, [Money?.some(.yuan(15))]),
        ExpectedFact("the student pays", quote: "由学生本人线上支付", { $0.paymentRoutes.map(\.payer) }, [Payer.student]),
        ExpectedFact("online in the mini-program", quote: "进行采集费用的线上支付",
                     { $0.paymentRoutes.compactMap(\.channel) }, [PaymentChannel.inApp("新华社广东高校图像信息采集")]),
        ExpectedFact("pay, then the photo", quote: "(4)支付成功后,按照小程序要求调用手机相机对本人进行拍照。",
                     { $0.paymentRoutes.map(\.timing) }, [PaymentTiming.inPlatformBeforePhoto]),
        ExpectedFact("the camera waits for payment", quote: "支付成功后,按照小程序要求调用手机相机对本人进行拍照",
                     { $0.workflowRules.contains { $0 is PaymentBeforeCaptureRule } }, true),
        ExpectedFact("no deadline and no exclusivity stated", quote: "由学生本人线上支付",
                     { $0.paymentRoutes.map { $0.deadline == nil && !$0.exclusive } }, [true]),
        ExpectedFact("no refund stated", quote: "由学生本人线上支付", { $0.refund == nil }, true),
        ExpectedFact("deferred students: not stated", quote: "由学生本人线上支付", { $0.deferredStudentsPay }, Stated<Bool>.notStated),
    ]

    static let captureFacts: [ExpectedFact] = [
        ExpectedFact("online self-capture", quote: "本次图像信息采集采取线上自助采集方式进行。",
                     { $0.onlineCapture?.platform }, "“新华社广东高校图像信息采集”微信小程序"),
        ExpectedFact("no collective day or table", quote: "本次图像信息采集采取线上自助采集方式进行。",
                     { $0.captureDays.isEmpty && $0.sessionTable.isEmpty }, true),
        ExpectedFact("window 20 Dec 2022 - 8 Jan 2023", quote: "集中采集时间为2022年12月20日至2023年1月8日",
                     { $0.onlineCapture?.window }, CivilDate(2022, 12, 20)...CivilDate(2023, 1, 8)),
        ExpectedFact("the platform reviews the photo", quote: "(5)平台审核通过后呈现证件照。",
                     { $0.onlineCapture?.platformReview }, Stated<Bool>.stated(true, quote: "(5)平台审核通过后呈现证件照。")),
        ExpectedFact("change after approval: not stated (text cut off)", quote: "进行P图、",
                     { $0.onlineCapture?.changeAfterApproval }, Stated<Bool>.notStated),
        ExpectedFact("the phone's camera, in the mini-program", quote: "按照小程序要求调用手机相机对本人进行拍照",
                     { $0.onlineCapture?.requirements.first }, "按照小程序要求调用手机相机对本人进行拍照"),
        ExpectedFact("no editing with the phone's own software (cut off)", quote: "使用手机摄像头拍照时不得使用手机自带的图像处理软件进行P图",
                     { $0.onlineCapture?.requirements.last }, "使用手机摄像头拍照时不得使用手机自带的图像处理软件进行P图"),
        ExpectedFact("check the name before paying", quote: "核对学生姓名等基本信息无误后,进行采集费用的线上支付。",
                     { $0.otherRules.contains("核对学生姓名等基本信息无误后,进行采集费用的线上支付。") }, true),
        ExpectedFact("only in this mini-program", quote: "学生务必在“新华社广东高校图像信息采集”微信小程序中按流程要求进行图像采集。",
                     { $0.otherRules.contains("学生务必在“新华社广东高校图像信息采集”微信小程序中按流程要求进行图像采集。") }, true),
        ExpectedFact("no make-up route (text cut off)", quote: "进行P图、", { $0.makeUpRoutes.isEmpty }, true),
        ExpectedFact("make-up on campus: not stated", quote: "进行P图、", { $0.onCampusMakeUp }, Stated<Bool>.notStated),
        ExpectedFact("no verification stated (text cut off)", quote: "进行P图、", { $0.verification == nil }, true),
        ExpectedFact("no appearance rule in the text", quote: "进行P图、", { $0.appearance.isEmpty }, true),
    ]
}

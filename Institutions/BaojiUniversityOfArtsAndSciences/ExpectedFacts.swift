import TucaiKernel

extension School {
    public var expectedFacts: [ExpectedFact] {
        Self.institutionFacts + Self.identityFacts + Self.paymentFacts + Self.captureFacts
    }
}

private func student(_ level: DegreeLevel) -> Student {
    Student(studentNumber: "2018010001", name: "测试", level: level, enrolmentYear: 2018, programLength: 4,
            expectedGraduation: YearMonth(2022, 6))
}

private let windowOpens = CivilDate(2022, 1, 10)

extension School {
    static let institutionFacts: [ExpectedFact] = [
        ExpectedFact("title: the subject of the first sentence (no title line)", quote: "为做好我校本科毕业生学历电子注册图像采集工作",
                     { $0.notice.title }, "本科毕业生学历电子注册图像采集工作"),
        ExpectedFact("issuer", quote: "教务处\n2022年1月10日", { $0.notice.issuer }, "教务处"),
        ExpectedFact("issued", quote: "教务处\n2022年1月10日", { $0.notice.issued }, CivilDate(2022, 1, 10)),
        ExpectedFact("no document number", quote: "各二级学院:\n为做好我校本科毕业生学历电子注册图像采集工作",
                     { $0.notice.number }, String?.none),
        ExpectedFact("cohort: undergraduates", quote: "我校本科毕业生", { $0.cohorts.map(\.level) }, [Cohort.Level.undergraduate]),
        ExpectedFact("cohort year read from the January 2022 window (no 届 printed)", quote: "2022 年 1月10日至23日",
                     { $0.cohorts.map(\.graduationYear) }, [2022]),
        ExpectedFact("no agency named: only the mini-program", quote: "使用手机微信搜索“毕业证照”小程序或微信扫描二维码",
                     { $0.agency.network }, AgencyNetwork.unnamedInNotice),
        ExpectedFact("help through the mini-program's service", quote: "点击小程序上的“在线客服”或“电话咨询”获取专业客服人员的帮助",
                     { $0.contacts.map(\.name) }, ["“毕业证照”小程序“在线客服”或“电话咨询”（专业客服人员）"]),
        ExpectedFact("no phone number printed", quote: "点击小程序上的“在线客服”或“电话咨询”",
                     { $0.contacts.flatMap(\.phones) }, [String]()),
        ExpectedFact("photo uses", quote: "毕业证、学位证以及学信网、学位网电子注册档案。",
                     { $0.otherRules.contains("图像用途:毕业证、学位证以及学信网、学位网电子注册档案。") }, true),
    ]

    static let identityFacts: [ExpectedFact] = [
        ExpectedFact("scope: 本科毕业生", quote: "我校本科毕业生学历电子注册图像采集工作",
                     { $0.scopeRules }, [ScopeRule.graduatingInYear(2022, levels: [.bachelor, .upgradedBachelor])]),
        ExpectedFact("a 本科 graduate is in scope", quote: "我校本科毕业生",
                     { $0.eligibility(of: student(.bachelor), captureStarts: windowOpens).isInScope }, true),
        ExpectedFact("a 本科 student graduating in another year is not", quote: "我校本科毕业生",
                     { institution in
                         var later = student(.bachelor)
                         later.expectedGraduation = YearMonth(2025, 6); later.enrolmentYear = 2021
                         return institution.eligibility(of: later, captureStarts: windowOpens).isInScope
                     }, false),
        ExpectedFact("a master's student is not", quote: "我校本科毕业生",
                     { $0.eligibility(of: student(.master), captureStarts: windowOpens).isInScope }, false),
        ExpectedFact("no exclusion or exemption stated", quote: "为做好我校本科毕业生学历电子注册图像采集工作,现将相关事项通知如下",
                     { $0.exclusions.isEmpty && $0.exemptions.isEmpty }, true),
        ExpectedFact("nothing to do before the capture", quote: "使用手机微信搜索“毕业证照”小程序或微信扫描二维码,开启照片采集服务(见附件1)。",
                     { $0.preRegistration }, [PreRegistrationStep]()),
        ExpectedFact("no credential named: no ID card, no 采集码", quote: "使用手机微信搜索“毕业证照”小程序或微信扫描二维码,开启照片采集服务(见附件1)。",
                     { $0.onlineCapture?.identifiedBy }, [Credential]()),
        ExpectedFact("no station, so no credential at one", quote: "使用手机微信搜索“毕业证照”小程序",
                     { $0.acceptedCredentials }, [Credential]()),
    ]

    static let paymentFacts: [ExpectedFact] = [
        ExpectedFact("no amount: no fee", quote: "费用自理", { $0.fee }, Fee?.none),
        ExpectedFact("the student pays", quote: "费用自理", { $0.paymentRoutes.map(\.payer) }, [Payer.student]),
        ExpectedFact("no price", quote: "费用自理", { $0.paymentRoutes.map(\.price) }, [Money?.none]),
        ExpectedFact("no channel or payee", quote: "费用自理",
                     { $0.paymentRoutes.map { $0.channel == nil && $0.collector == nil } }, [true]),
        ExpectedFact("timing not stated", quote: "费用自理", { $0.paymentRoutes.map(\.timing) }, [PaymentTiming.unstatedInNotice]),
        ExpectedFact("nobody is charged by the workflow", quote: "费用自理", { $0.paymentRoutes.contains(where: \.charges) }, false),
        ExpectedFact("the camera does not wait for money", quote: "费用自理",
                     { $0.workflowRules.contains { $0 is PaymentBeforeCaptureRule } }, false),
        ExpectedFact("deferred students: not stated", quote: "费用自理", { $0.deferredStudentsPay }, Stated<Bool>.notStated),
    ]

    static let captureFacts: [ExpectedFact] = [
        ExpectedFact("online in the mini-program", quote: "使用手机微信搜索“毕业证照”小程序",
                     { $0.onlineCapture?.platform }, "“毕业证照”微信小程序"),
        ExpectedFact("window 10-23 January 2022", quote: "2022 年 1月10日至23日",
                     { $0.onlineCapture?.window }, CivilDate(2022, 1, 10)...CivilDate(2022, 1, 23)),
        ExpectedFact("no collective capture day", quote: "2022 年 1月10日至23日", { $0.captureDays.isEmpty && $0.sessionTable.isEmpty }, true),
        ExpectedFact("another person takes the photo", quote: "必须由他人使用手机进行拍摄",
                     { $0.onlineCapture?.requirements }, ["必须由他人使用手机进行拍摄"]),
        ExpectedFact("the photo is reviewed", quote: "在审核中发现信息有误或者想要更换照片上传,请立即与客服反馈。",
                     { $0.onlineCapture?.platformReview.value }, true),
        ExpectedFact("no change after approval", quote: "照片一经审核通过,即不支持修改信息或更换照片。",
                     { $0.onlineCapture?.changeAfterApproval },
                     Stated<Bool>.stated(false, quote: "照片一经审核通过,即不支持修改信息或更换照片。")),
        ExpectedFact("changes before approval go to customer service", quote: "在审核中发现信息有误或者想要更换照片上传,请立即与客服反馈。",
                     { $0.otherRules.contains("在审核中发现信息有误或者想要更换照片上传,请立即与客服反馈。") }, true),
        ExpectedFact("compared with the 高考 admission photo", quote: "本次采集的图像(学历照片)将与本人的高考录取照片进行比对",
                     { $0.photoRequirements.first }, "本次采集的图像(学历照片)将与本人的高考录取照片进行比对"),
        ExpectedFact("only 同一人 may graduate", quote: "比对结果为“同一人”的方可毕业",
                     { $0.otherRules.contains { $0.contains("比对结果为“同一人”的方可毕业") } }, true),
        ExpectedFact("photo rules are attachment 2", quote: "务必严格按照要求进行拍摄(见附件2)",
                     { $0.photoRequirements.contains("务必严格按照要求进行拍摄(见附件2)") }, true),
        ExpectedFact("read the rules before submitting", quote: "仔细阅读拍照要求后再提交合格照片",
                     { $0.photoRequirements.contains("仔细阅读拍照要求后再提交合格照片") }, true),
        ExpectedFact("no appearance rule in the text", quote: "务必严格按照要求进行拍摄(见附件2)", { $0.appearance.isEmpty }, true),
        ExpectedFact("no make-up route stated", quote: "4.任何疑问,点击小程序上的“在线客服”或“电话咨询”获取专业客服人员的帮助。\n教务处",
                     { $0.makeUpRoutes.isEmpty }, true),
        ExpectedFact("make-up on campus: not stated", quote: "4.任何疑问,点击小程序上的“在线客服”或“电话咨询”获取专业客服人员的帮助。\n教务处",
                     { $0.onCampusMakeUp }, Stated<Bool>.notStated),
        ExpectedFact("no verification on 学信网 stated", quote: "4.任何疑问,点击小程序上的“在线客服”或“电话咨询”获取专业客服人员的帮助。\n教务处",
                     { $0.verification == nil }, true),
        ExpectedFact("rules in force: only the kernel's general ones", quote: "2022 年 1月10日至23日,费用自理。",
                     { $0.workflowRules.map(\.identifier) }, ["station-days", "make-up-deadline"]),
    ]
}

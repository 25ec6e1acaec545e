import TucaiKernel

/// 宝鸡文理学院 (Baoji University of Arts and Sciences): the capture policy of its notice (Notice.txt beside this file).
///
/// An online-only campaign: students photograph themselves, with another person holding the phone, in the
/// “毕业证照” WeChat mini-program between 10 and 23 January 2022. The notice is short and complete up to its
/// signature; its two attachments (the mini-program's QR code, the photo rules) are not in the saved text.
public struct School: Institution {
    public init() {}

    public var identifier: String { "bjwl" }
    public var chineseName: String { "宝鸡文理学院" }
    public var englishName: String { "Baoji University of Arts and Sciences" }
    /// From the Ministry of Education's list of schools, not the notice: the notice prints no 学校代码.
    public var nationalCode: String { "10721" }
    public var agency: Agency { Self.unnamedAgency }
    public var cohorts: [Cohort] { Self.graduatingCohorts }
    public var notice: Notice { Self.publishedNotice }
    public var contacts: [Contact] { [Self.miniProgramService] }
    public var otherRules: [String] { Self.unstructuredRules }
}

extension Term where Kind == AgencyNetworkKind {
    /// The notice names no photo agency: students use a mini-program whose operator it does not name.
    static var unnamedInNotice: AgencyNetwork {
        AgencyNetwork("unnamedInNotice", chinese: "通知未写明采集单位", english: "not named in the notice")
    }
}

extension School {
    static let miniProgram = "“毕业证照”微信小程序"

    /// The notice names no agency and no operator of the mini-program; naming 新华社, 中国图片社 or a
    /// 学信网 centre here would be a guess, so the agency says so and belongs to no known network.
    static let unnamedAgency = Agency("⟦通知未写明采集单位，只写明“毕业证照”小程序⟧", network: .unnamedInNotice)

    /// Help inside the mini-program; the notice prints no number.
    static let miniProgramService = Contact("“毕业证照”小程序“在线客服”或“电话咨询”（专业客服人员）")

    /// The notice says 我校本科毕业生 and no 届. The cohort's year is read from the capture window
    /// (January 2022, for the students graduating in 2022); it decides no student's scope.
    static let graduatingCohorts = [
        Cohort(.undergraduate, graduating: 2022, "我校本科毕业生"),
    ]

    /// The saved text shows no title line: it opens with the addressees (各二级学院). The title here is the
    /// subject the first sentence names (为做好我校本科毕业生学历电子注册图像采集工作).
    static let publishedNotice = Notice(
        title: "本科毕业生学历电子注册图像采集工作",
        issuer: "教务处",
        issued: CivilDate(2022, 1, 10)
    )

    static let unstructuredRules = [
        "图像用途:毕业证、学位证以及学信网、学位网电子注册档案。",
        // No workflow step records the comparison or its result, so no rule type can act on it (see the report).
        "按照教育部要求,本次采集的图像(学历照片)将与本人的高考录取照片进行比对,比对结果为“同一人”的方可毕业。",
        "在审核中发现信息有误或者想要更换照片上传,请立即与客服反馈。",
        "费用自理:学生本人承担费用⟦;通知未写明金额、缴费方式和缴费时间⟧。",
        "⟦附件1(小程序二维码)和附件2(拍照要求)不在保存的文本中⟧",
        "⟦通知未写明补拍、逾期未采集的处理和学信网核对⟧",
    ]
}

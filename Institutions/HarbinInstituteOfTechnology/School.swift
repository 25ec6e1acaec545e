import TucaiKernel

/// 哈尔滨工业大学 (Harbin Institute of Technology): the capture policy of its notice (Notice.txt beside this file).
public struct School: Institution {
    public init() {}

    public var identifier: String { "hit" }
    public var chineseName: String { "哈尔滨工业大学" }
    public var englishName: String { "Harbin Institute of Technology" }
    /// From the Ministry of Education's list of institutions (学校标识码 4123010213), not the notice.
    public var nationalCode: String { "10213" }
    public var agency: Agency { Self.captureUnit }
    public var cohorts: [Cohort] { Self.graduatingCohorts }
    public var notice: Notice { Self.publishedNotice }
    public var otherRules: [String] { Self.unstructuredRules }
    /// The kernel's rules, and the one the kernel lacks: a student comes within one of the announced periods.
    public var workflowRules: [any WorkflowRule] { standardWorkflowRules + [WithinAnnouncedPeriodsRule(windows: Self.announcedPeriods)] }
}

extension School {
    /// "学校组织具有毕业生图像采集资质的采集单位入校现场拍照": the notice does not name the unit.
    static let captureUnit = Agency("具有毕业生图像采集资质的采集单位⟦通知未写名称⟧", network: .other)

    /// "20254月至20263月间预计毕业(结业)": April 2025 to March 2026 ("20254月" is 2025年4月 with 年 lost). The
    /// window spans two calendar years; the campaign is the 2025 one (2025年度, captured April 2025).
    static let graduatingCohorts = [
        Cohort(.graduate, graduating: 2025, "2025⟦+年⟧4月至2026⟦+年⟧3月间预计毕业(结业)但尚未参加过图像采集的在籍硕士、博士研究生"),
    ]

    /// The saved text stops inside the fee sentence, before any signature; the issuer is the graduate school
    /// whose site (hitgs.hit.edu.cn, line 1) published it.
    static let publishedNotice = Notice(
        title: "关于2025年度研究生毕业图像采集的通知",
        issuer: "研究生院⟦正文截断未见落款，据网址 hitgs.hit.edu.cn⟧",
        issued: CivilDate(2025, 4, 18)
    )

    static let unstructuredRules = [
        // "〔201799号" as printed: the document's year and number ran together when the text was extracted.
        "根据《高等教育学历证书电子注册图像采集规范及信息标准》(教毕指〔2017⟦+〕⟧99号)等文件精神,研究生的学历证书图像须与学历证书信息一同上网注册且需要满足相应规范",
        "请务必参加图像采集,否则会影响学历信息的上网注册。",
        "毕业生图像采集,原则上应当由学校组织、现场拍照;不能参加现场拍照的毕业生,可以在保障信息安全的前提下,使用学校认可的移动端采集软件作为补充手段",
        "我校本次采集工作采取在线下集中采集为主,线上采集为辅的方式进行",
        "为避免人员聚集,请各学院研究生优先按附件中安排的时间参加采集",
        // The text ends here, mid-word ("交采…"): who receives the fee, how and when it is paid, the online
        // capture's details (2 线上采集 never appears), identity at the camera, make-up and verification are lost.
        "学校组织具有毕业生图像采集资质的采集单位入校现场拍照,采集费用20/人交采……⟦原文至此截断：收款方、缴费方式与时间、线上采集办法均缺失⟧",
    ]
}

import TucaiKernel

/// 云南大学 (Yunnan University): the capture policy of its notice (Notice.txt beside this file).
public struct School: Institution {
    public init() {}

    public var identifier: String { "ynu" }
    public var chineseName: String { "云南大学" }
    public var englishName: String { "Yunnan University" }
    public var nationalCode: String { "10673" }
    public var agency: Agency { Self.provincialCentre }
    public var cohorts: [Cohort] { Self.graduatingCohorts }
    public var notice: Notice { Self.publishedNotice }
    public var contacts: [Contact] { [Self.provincialCentreOffice] }
    public var otherRules: [String] { Self.unstructuredRules }
}

extension School {
    /// The notice names the centre's office line once in its verification section; the make-up section
    /// adds a mobile number for the same centre, kept on that route.
    static let provincialCentreOffice = Contact("省中心（办公室）", phones: ["0871-65360281"])

    /// 学信网 commissions a provincial centre, not 新华社 or 中国图片社, hence `.other`.
    static let provincialCentre = Agency(
        "云南省现代远程教育社会服务体系数字化连锁中心",
        network: .other,
        contacts: [provincialCentreOffice]
    )

    /// The notice covers two graduation months, so the campaign photographs two graduating years.
    static let graduatingCohorts = [
        Cohort(.graduate, graduating: 2020, "预计在 2020 年 12 月及 2021 年 6 月毕业的在校研究生"),
        Cohort(.graduate, graduating: 2021, "预计在 2020 年 12 月及 2021 年 6 月毕业的在校研究生"),
    ]

    static let publishedNotice = Notice(
        title: "2020 年关于组织毕业研究生进行毕业证（学位证） 电子照片拍摄的通知",
        issuer: "研究生院",
        issued: CivilDate(2020, 10, 26)
    )

    static let unstructuredRules = [
        "其他年级的研究生和在职攻读硕士学位研究生（学号 8 开头）不参加本次图像采集。",
        "请各培养单位通知涉及到的每位学生按时并严格按照上表安排时间、地点进行拍摄。",
        // The kernel has no pre-registration step for "keep a balance", and paying is on the day.
        "请各位同学提前在微信钱包中留够足额",
        "凡大声喧哗和插队者一律不予采集。",
        "未按上述规定时间进行图像采集造成毕业证书发放延误者,责任自负。",
        "拍摄的照片将粘贴到毕业证书和学位证书上，拍摄的电子图像将上报教育部学信网，作为学历、学位证书的重要内容进行电子注册并提供网上查询。",
    ]
}

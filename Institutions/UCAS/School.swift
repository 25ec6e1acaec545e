import TucaiKernel

/// 中国科学院大学 (University of Chinese Academy of Sciences): the capture policy of its notice (Notice.txt beside this file).
///
/// The notice ends with the heading "附件3" (证件照拍照要求) and nothing under it: the annex was cut in
/// extraction, so its requirements are unknown here. Any text that might follow that heading in another copy
/// of the file would not be UCAS policy and is not encoded.
public struct School: Institution {
    public init() {}

    public var identifier: String { "ucas" }
    public var chineseName: String { "中国科学院大学" }
    public var englishName: String { "University of Chinese Academy of Sciences" }
    public var nationalCode: String { "14430" }
    public var agency: Agency { Self.chinaPictureGroup }
    public var cohorts: [Cohort] { Self.cohortList }
    public var notice: Notice { Self.publishedNotice }
    public var contacts: [Contact] { Self.contactList }
    public var otherRules: [String] { Self.unstructuredRules }
}

extension School {
    /// The walk-in desk's numbers, printed under the make-up address; kept with the agency because they are
    /// the agency's own lines, and with the make-up route because that is what they are for.
    static let walkInDesk = Contact("中国图片社 散拍咨询", phones: ["010-63072281", "63182787", "63076145"])

    static let chinaPictureGroup = Agency("中国图片社", network: .chinaPictureGroup, contacts: [walkInDesk])

    // The notice names no degree level: "京区" and the addressees (各研究所研究生部，校部各院系) make it the
    // graduate cohort of the Beijing units, and make-up photos go to each unit's 研究生部.
    static let cohortList = [Cohort(.graduate, graduating: 2025, "京区2025届（预）毕业生")]

    static let publishedNotice = Notice(
        title: "关于京区2025届（预）毕业生图像信息采集工作的通知",
        issuer: "中国科学院大学学生处",
        issued: CivilDate(2024, 10, 10)
    )

    static let studentAffairsOffice = Contact(
        "学生处 赵怡斐", phones: ["010-69671118", "88256154"], email: "roll@ucas.ac.cn"
    )

    static let contactList = [studentAffairsOffice]

    static let unstructuredRules = [
        "教育部教学〔2014〕11号文件规定，学历证书电子注册内容缺少毕业生照片的（含港澳台学生），不提供网上学历验证查询。",
        "请各单位有序组织学生参加集体拍摄，确保毕业电子注册及学历照片上传工作顺利开展。",
        "各单位具体时间安排见附件1，请通知学生按照对应时间段前往拍摄，避免人员密集影响拍摄进程。",
        // The first four blocks of 附件1 head the time column "大约拍摄时间"; the 雁栖湖 block heads it "拍摄时间".
        "附件1 时间列：大约拍摄时间",
        "根据《关于进一步加强高等学校毕业生图像采集信息安全管理工作的通知》（“教学服[2022]10号”文件）精神，因采用加密采集的模式，请提醒同学务必提前下载学信网采集二维码，截图保存至手机",
        "未能参加国科大组织集体拍摄的学生，请务必自行到中国图片社进行补充拍摄，否则将会影响毕业注册。",
        "预毕业生本人可通过学信网公众号、学信网APP、学信网学信档案三种方式获取图像采集码，三种方式任选其一。",
        "进行身份验证，人像比对或输入学校名称两种方式可任选其一。",
        "拍摄现场出示采集码即可进行采集。",
    ]
}

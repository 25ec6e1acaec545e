import TucaiKernel

/// 广东理工职业学院 (Guangdong Polytechnic Institute): the capture policy of its notice (Notice.txt beside this file).
///
/// An online-only campaign in the “新华社广东高校图像信息采集” WeChat mini-program, 20 December 2022 to 8 January
/// 2023: the student obtains the 学信网 采集码 first, identifies themself in the mini-program, pays 15 元 there,
/// and only then takes the photo. The saved text is cut off in 五、2 ("…进行P图、"); its attachments are missing.
public struct School: Institution {
    public init() {}

    public var identifier: String { "gdpi" }
    public var chineseName: String { "广东理工职业学院" }
    public var englishName: String { "Guangdong Polytechnic Institute" }
    /// From the Ministry of Education's list of schools, not the notice (which prints no 学校代码). Not
    /// certain: 12744 was also suggested; 13919 is the code as I recall the list, for a school founded in 2005.
    public var nationalCode: String { "13919" }
    public var agency: Agency { Self.xinhuaGuangdong }
    public var cohorts: [Cohort] { Self.graduatingCohorts }
    public var notice: Notice { Self.publishedNotice }
    public var otherRules: [String] { Self.unstructuredRules }
}

extension School {
    static let miniProgram = "“新华社广东高校图像信息采集”微信小程序"

    /// The notice names the agency only through its mini-program's name (新华社广东高校图像信息采集); it does
    /// not write out a branch such as 新华社广东分社.
    static let xinhuaGuangdong = Agency("新华社广东高校图像信息采集（小程序名称）", network: .xinhua)

    static let graduatingCohorts = [
        Cohort(.undergraduate, graduating: 2023, "全体2023届毕业生"),
    ]

    /// The saved text has no title line and is cut off before the signature. The title is the subject of the
    /// first sentence; the issuer is read from the document number's 教务 (粤理工教务函, on jwc.gdpi.edu.cn).
    /// The text gives only the document's year (〔2022〕), no date, so none is given.
    static let publishedNotice = Notice(
        title: "2023届毕业生图像信息采集工作",
        issuer: "教务处",
        issued: nil,
        number: "粤理工教务函〔2022〕84号"
    )

    static let unstructuredRules = [
        "确保毕业生学历电子注册及毕、结业证书制作等相关工作的顺利进行",
        "本次采集的电子图像用于学历信息注册,纸质照片用于毕业证书、结业证书等的粘贴。",
        "学生务必在“新华社广东高校图像信息采集”微信小程序中按流程要求进行图像采集。",
        "我校毕业生特征码请填写“EK43”,字母需用大写",
        "核对学生姓名等基本信息无误后,进行采集费用的线上支付。",
        "采集码获取方式见《采集码获取途径》(附件1)⟦;附件1和附件2(小程序)不在保存的文本中⟧。",
        // The text ends mid-sentence in 五、2.
        "⟦原文至此截断：文本在“五、采集要求及注意事项”第2条“进行P图、”处中断:其余的修图规定、补采、逾期和核对规定均不在保存的文本中⟧",
    ]
}

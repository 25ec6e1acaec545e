import TucaiKernel

/// 安徽农业大学 (Anhui Agricultural University): the capture policy of its notice (Notice.txt beside this file).
public struct School: Institution {
    public init() {}

    public var identifier: String { "ahau" }
    public var chineseName: String { "安徽农业大学" }
    public var englishName: String { "Anhui Agricultural University" }
    /// From the Ministry of Education's list of institutions (学校标识码 4134010364), not the notice.
    public var nationalCode: String { "10364" }
    public var agency: Agency { Self.xinhua }
    public var cohorts: [Cohort] { Self.graduatingCohorts }
    public var notice: Notice { Self.publishedNotice }
    public var otherRules: [String] { Self.unstructuredRules }
}

extension School {
    /// "统一由新华社集中拍摄、采集并上传": the notice names 新华社 and no branch or contact.
    static let xinhua = Agency("新华社", network: .xinhua)

    static let graduatingCohorts = [
        Cohort(.graduate, graduating: 2022, "拟于2022年毕业的研究生(博士、硕士)"),
    ]

    /// The saved text has no title line, no signature and no date: it opens with "各培养学院:". The title below
    /// is the subject as the first paragraph names it, marked as such; the issuer is read from the address on
    /// line 1 (yjs.ahau.edu.cn, the graduate school's site), not from the body.
    ///
    /// The text prints no publication date (its one date is the capture day, "2020年10月24日"), so none is
    /// given.
    static let publishedNotice = Notice(
        title: "2022届研究生毕业图像信息采集工作⟦正文无标题行，取自首段⟧",
        issuer: "研究生院⟦正文未署名，据网址 yjs.ahau.edu.cn⟧",
        issued: nil
    )

    static let unstructuredRules = [
        "由各班级负责人召集本班级学生提前排好队伍,保持安静有序。",
        "刷身份证后不得更改排队顺序。",
        "采集图像时需按照疫情防控要求保持一定距离,采集结束应立即离开现场。",
        "本次采集的个人图像信息将用于研究生毕业证书、学位证书和国家学历学位认证平台(学信网),统一由新华社集中拍摄、采集并上传。",
        "每位应届毕业生,均需参加新华社的统一图像信息采集。",
        "拟于2022年毕业的硕博连读的博士研究生,请按照学信网图像信息采集有关规定,重新采集图像信息(硕士生阶段采集的照片不能用于博士毕业信息)。",
        "请各学院务必通知到每一位2022届毕业生,并认真组织好毕业班学生按时到指定场所进行图像信息采集。",
        "未采集图像信息的毕业生,将无法在国家备案系统中上传学历和学位信息,后果自负。",
        // The text ends here, mid-word: whatever 五、特殊情况 says about students who miss the session is lost.
        "五、特殊情况:如因特殊情况未能参加本次集中图像信……⟦原文至此截断，未参加集中采集者的办法缺失⟧",
    ]
}

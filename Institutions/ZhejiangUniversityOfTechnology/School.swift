import TucaiKernel

/// 浙江工业大学 (Zhejiang University of Technology): the capture policy of its notice (Notice.txt beside this file).
///
/// One walk-in session for the 2025 international undergraduates: Sunday 3 November 2024, 12:30-16:00, 屏峰校区
/// 广知楼B412 (group 5), run by 新华社浙江分社. Students show the 学信网 采集码 on their phone, sign the name list,
/// are photographed in sign-up order and pay 20 元 by scanning a code at the session. The saved text is cut
/// off at point 6 (photo requirements); the attachment on saving the 采集码 is missing.
public struct School: Institution {
    public init() {}

    public var identifier: String { "zjut" }
    public var chineseName: String { "浙江工业大学" }
    public var englishName: String { "Zhejiang University of Technology" }
    /// From the Ministry of Education's list of schools, not the notice: the notice prints no 学校代码.
    public var nationalCode: String { "10337" }
    public var agency: Agency { Agency("新华社浙江分社", network: .xinhua) }
    public var cohorts: [Cohort] { [Cohort(.undergraduate, graduating: 2025, "2025届本科毕业留学生")] }
    public var notice: Notice { Self.publishedNotice }
    public var otherRules: [String] { Self.unstructuredRules }

    /// The standard rules and the school's own: a photo whose fee is unpaid goes to no e-registration.
    public var workflowRules: [any WorkflowRule] {
        standardWorkflowRules + [NoRegistrationWithoutFeeRule(quote: Self.registrationQuote)]
    }
}

extension School {
    /// The text is cut off before any signature or date. The date is the page's, read from its address
    /// (…/2024/1018/…, line 1 of Notice.txt); the issuer is the office whose site it is (jwc = 教务处).
    static let publishedNotice = Notice(
        title: "关于做好2025届本科毕业留学生电子图像采集工作的通知",
        issuer: "教务处",
        issued: CivilDate(2024, 10, 18)
    )

    static let registrationQuote = "若不缴纳拍摄成本费或不参加电子图像采集,将无法进行网上电子注册学历信息,无法制作毕业证书和学位证书,后果自负。"

    static let unstructuredRules = [
        "根据中国教育部办公厅、新华社办公厅(教学厅[2002]5号)文件精神,所有高校毕业生的电子图像信息与学历证书信息一起上网供社会查询",
        // The notice does not say the fee buys the prints; it says the agency supplies them.
        "毕业生电子图像由新华社浙江分社统一来校采集,并提供8张2寸彩色照片用于毕业证书和学位证书的制作。",
        "学信网已全面启用基于采集码的加密采集传输新模式(教学服〔2022〕10号)。",
        "采集码可以通过附件中3种方式获得,注册信息需要与正方系统中一致。⟦附件“采集码保存的流程”不在保存的文本中⟧",
        "请本科毕业留学生按规定时间准时到拍摄场地拍摄。",
        "有秩序无喧哗排队,将采集码图片展示在手机上,屏幕亮度调高",
        "在《全国高校毕业生信息采集学生名单》上登记学号与姓名,字迹必须工整",
        "物品随身携带,拍完照片马上离开现场,禁止在拍照现场逗留、大声喧哗。",
        // Enforced for the fee by no-registration-without-fee; not attending needs no rule (no photo, no export).
        registrationQuote,
        "⟦原文至此截断：文本在“6、拍照注意事项”处中断(“请留学生按照新华社影像采集要求”):拍照要求、补拍和核对规定均不在保存的文本中⟧",
    ]
}

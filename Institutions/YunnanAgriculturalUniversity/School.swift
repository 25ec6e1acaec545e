import TucaiKernel

/// 云南农业大学 (Yunnan Agricultural University): the capture policy of its notice (Notice.txt beside this file).
public struct School: Institution {
    public init() {}

    public var identifier: String { "ynau" }
    public var chineseName: String { "云南农业大学" }
    public var englishName: String { "Yunnan Agricultural University" }
    public var nationalCode: String { "10676" }
    public var agency: Agency { Self.photoAgency }
    public var cohorts: [Cohort] { Self.graduatingCohorts }
    public var notice: Notice { Self.publishedNotice }
    public var contacts: [Contact] { Self.noticeContacts }
    public var otherRules: [String] { Self.unstructuredRules }

    static let publishedNotice = Notice(
        title: "关于二0二三届本科毕业生图像信息采集工作的通知",
        issuer: "教务处",
        issued: CivilDate(2022, 11, 14),
        number: "教通[2022]71号"
    )

    static let graduatingCohorts = [
        Cohort(.undergraduate, graduating: 2023, "2023年6月毕业的本科毕业生，第二学士学位学生（含提前毕业的学生）"),
    ]

    /// The only line the notice gives; it stands under 散拍、补拍 and is staffed at the office's hours.
    static let agencyDesk = Contact(
        "新华社云南分社新闻信息中心图像采集部",
        phones: ["0871-64094592"],
        email: "yngxbys@yeah.net",
        hours: "上午9：00-12：00；下午14：00-18：00"
    )

    /// Students are told to report wrong image data here; the notice gives it no number.
    static let registryOffice = Contact("教务处学籍学历和信息管理科")

    /// 学历证书的照片授权新华通讯社采集; the make-up office is the Yunnan branch's.
    static let photoAgency = Agency("新华社云南分社新闻信息中心图像采集部", network: .xinhua, contacts: [agencyDesk])

    static let noticeContacts = [agencyDesk, registryOffice]

    static let unstructuredRules = [
        "按教育部规定，没有学历电子照片的学生，其学历信息一律不准上学信网，按教育部有关规定不得发放毕(结)业证书，后果由本人自负。",
        "各毕业生务必严格按照采集时间安排表（见附件）所规定的时间和地点拍照（提前毕业的学生与同专业同时拍照）。",
        "请各学院通知二0二三届毕业生，务必提前在小程序预约，现场扫码采集",
        "确认学籍信息是否有误，选择采集时间进行预约",
        "注：学校老师通知可开始预约，学生方可进入小程序进行预约操作。",
        "学生按照预约时间段或采集时间表的安排准时到达采集现场",
        "预约时提示“身份证图片识别失败”、“银行卡绑定失败”：根据系统提示进行下一步操作，正常填写信息完成预约。如按提示仍不能完成预约，在拍摄现场找工作人员现场预约。",
        "如姓名、身份证号、学籍信息等错误，请在拍照前联系现场工作人员或电话客服进行更改。",
        "小程序预约时需要上传身份证照片，如身份证遗失则不需要在小程序上预约，拍摄现场找工作人员现场预约即可。",
        "疫情期间请各位毕业生尽量参加学校组织的集体采集。",
        "如不按要求进行校对，图像信息有误导致学历信息不能上网的，后果由学生本人自负。",
    ]
}

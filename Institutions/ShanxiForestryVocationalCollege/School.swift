import TucaiKernel

/// 山西林业职业技术学院 (Shanxi Forestry Vocational and Technical College): the capture policy of its notice
/// (Notice.txt beside this file).
public struct School: Institution {
    public init() {}

    public var identifier: String { "sxly" }
    public var chineseName: String { "山西林业职业技术学院" }
    public var englishName: String { "Shanxi Forestry Vocational and Technical College" }
    /// From the Ministry of Education's list of institutions (学校标识码 4114012891), not the notice.
    public var nationalCode: String { "12891" }
    public var agency: Agency { Self.unnamedAgency }
    public var cohorts: [Cohort] { Self.graduatingCohorts }
    public var notice: Notice { Self.publishedNotice }
    public var contacts: [Contact] { [Self.venuePhone] }
    public var otherRules: [String] { Self.unstructuredRules }
}

extension School {
    /// The notice speaks only of "采集人员" (the people taking the photos) and a "采集平台"; it names no agency.
    static let unnamedAgency = Agency("采集人员⟦通知未写采集单位名称⟧", network: .other)

    /// "我院2023届毕业生": a 高职 college's cohort, which `Cohort.Level` files under undergraduate (本科/专科).
    static let graduatingCohorts = [Cohort(.undergraduate, graduating: 2023, "我院2023届毕业生")]

    /// "来源:" is printed empty. The office is the one the notice sends the lists to and asks to be contacted
    /// (教务工作部), and the page sits under /jwc/.
    static let publishedNotice = Notice(
        title: "关于做好山西林业职业技术学院2023届毕业生图像采集工作的通知",
        issuer: "教务工作部⟦来源栏空白，据正文与网址 /jwc/⟧",
        issued: CivilDate(2022, 6, 15)
    )

    /// Printed right after the place ("形体室  联系电话:0351-3438929"), with no name of its own.
    static let venuePhone = Contact("二、采集地点 形体室 联系电话", phones: ["0351-3438929"])

    static let unstructuredRules = [
        "1、在校生参加现场采集。",
        "2、未返校生参加线上采集,线上采集时间另行通知。",
        "现场采集费用:20元/人(以班为单位提前微信收取)",
        "如采集学生名字不在表格中,在表格下方空白处增加。",
        "由各班负责人携带本班图像采集名单,在采集现场根据实际拍摄顺序,负责点名采集。",
        "所交费用必须与实际采集人数一致。(提前在名单上进行签字标注)",
        "采集完毕后,班级负责人要将图像采集名单交至教务工作部。",
        "佩戴口罩,保持一米线距离排队",
        "毕业图像信息采集的照片将会作为学生毕业照片使用,不进行图像采集将不能办理毕业证书。",
        // The text ends here, inside 七、注意事项 item 3.
        "采集进度存在不确定性,届时采集工作将根据进度适时调整,未尽事宜,请及时与教务工作……⟦原文至此截断⟧",
    ]
}

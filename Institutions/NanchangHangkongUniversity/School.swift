import TucaiKernel

/// 南昌航空大学 (Nanchang Hangkong University): the capture policy of its notice (Notice.txt beside this file).
///
/// The notice's body refers to three attachments. Only 附件一 (the class timetable) has content in the
/// extracted text; 附件二 (appearance details) and 附件三 (post-capture proofreading) are bare headings.
/// Anything that an extraction may carry after "附件三：" is not this school's policy and is not encoded.
public struct School: Institution {
    public init() {}

    public var identifier: String { "nchu" }
    public var chineseName: String { "南昌航空大学" }
    public var englishName: String { "Nanchang Hangkong University" }
    public var nationalCode: String { "10406" }

    public var agency: Agency { Self.stationAgency }
    public var cohorts: [Cohort] { Self.graduatingCohorts }
    public var notice: Notice { Self.publishedNotice }
    public var otherRules: [String] { Self.unstructuredRules }

    static let stationAgency = Agency("新华社江西分社", network: .xinhua)

    static let graduatingCohorts = [
        Cohort(.undergraduate, graduating: 2023, "我校2023届全日制普通本科(含专升本)毕业生"),
    ]

    // The notice carries no document number, only the issuing office and a date line.
    static let publishedNotice = Notice(
        title: "关于做好2023届毕业生图像信息采集工作的通知",
        issuer: "南昌航空大学教务处",
        issued: CivilDate(2022, 10, 10)
    )

    static let unstructuredRules = [
        "毕业证书、学位证书的照片由新华通讯社统一采集。采集的照片导入教育部电子学历查询系统（即学信网）、国务院学位办学位查询系统（即学位网）。",
        "不进行图像信息采集的毕业生信息无法上传到学信网和学位网，亦无法制作毕业证书、学位证书。",
        "各学院要高度重视，务必通知到每一位毕业生在规定的时间内完成图像采集。",
        "各学院负责人全权负责本学院拍摄工作，组织学生及现场秩序维护，保证拍摄现场安静、有序。",
        // No make-up route exists to encode: the notice only withdraws the on-campus one.
        "不按规定参加者，新华社将不再安排校内补拍。",
        "按照班级顺序整队，以保证拍摄信息的准确、完整性。",
        "请同学互相监督、杜绝插队现象，凡因顺序错误导致毕业信息出错引发的所有问题，概由插队学生本人负全责。",
        // 附件三 is empty in the extracted notice, so the proofreading procedure itself is unknown.
        "为确保采集的图像信息准确无误，图像采集后的校对问题见附件三。",
        "特别注意：如因校内全员核酸导致部分拍摄时间段的临时调整将另行通知。",
    ]
}

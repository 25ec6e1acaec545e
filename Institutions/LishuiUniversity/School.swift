import TucaiKernel

/// 丽水学院 (Lishui University): the capture policy of its notice (Notice.txt beside this file).
public struct School: Institution {
    public init() {}

    public var identifier: String { "lsu" }
    public var chineseName: String { "丽水学院" }
    public var englishName: String { "Lishui University" }
    public var nationalCode: String { "10352" }

    /// The notice names the operator only as “图片社” (it prints the sequence slips) and bases the fee on a
    /// 中国图片社 letter; 新华社浙江分社高校毕业生图像采集中心 is cited only as a source of policy documents.
    public var agency: Agency { Self.theAgency }
    static let theAgency = Agency("图片社", network: .chinaPictureGroup)

    /// The table carries 高职 classes (“…高”), 专升本 classes and four-year 本科 classes of 2017, all in 2021届.
    public var cohorts: [Cohort] { Self.theCohorts }
    static let theCohorts = [Cohort(.undergraduate, graduating: 2021, "2021届毕业生")]

    public var notice: Notice { Self.theNotice }
    static let theNotice = Notice(
        title: "关于做好2021届毕业生电子注册图像采集工作的通知",
        issuer: "教务处",
        issued: CivilDate(2020, 9, 5)
    )

    public var otherRules: [String] { Self.theOtherRules }
    static let theOtherRules = [
        "定于2020年9中旬进行2021届毕业生电子注册图像采集工作，该图像将统一使用于学生的毕业证书、学位证书和毕业生电子注册系统（学信网）和学位系统。",
        // The kernel has no field for a building or floor above the rooms.
        "地点：11B一楼。",
        "2021届毕业生图像采集时，将利用学校的毕业生信息库进行操作，这对拍摄现场的管理工作提出了很高的要求。",
        "各位同学务必按时参加拍摄，未按时参加拍摄的，散拍所产生一切费的责任由学生本人承担（散拍地点在杭州或北京），学信网照片缺失的将不能查询到该生的毕业信息。",
        "此顺序号建议保存至学信网毕业信息校对无误之后。",
        "拍摄过程中如有一人错位即可能导致所有照片错位，这将给后期的照片核对工作带来很多困难。因此，提请各分院注意：在组织拍摄中务必重视学生的拍摄序号！",
        "完成拍摄的学生速离开拍摄现场，不在场内及周边逗留。",
        // The deferred shoot has no date, place or route of its own in the kernel; only its payment is a field.
        "本次不参加图像采集的毕业生也需缴费，拍摄时间大致安排在明年5月份。",
    ]
}

import TucaiKernel

/// 南昌航空大学 (Nanchang Hangkong University): the capture policy of its notice (Notice.txt beside this file).
public struct School: Institution {
    public init() {}

    public var identifier: String { "nchu" }
    public var chineseName: String { "南昌航空大学" }
    public var englishName: String { "Nanchang Hangkong University" }
    public var nationalCode: String { "10406" }
    public var agency: Agency { Agency("TODO", network: .other) }
    public var cohorts: [Cohort] { [] }
    public var notice: Notice { Notice(title: "TODO", issuer: "TODO", issued: CivilDate(2020, 1, 1)) }
}

import TucaiKernel

/// 云南大学 (Yunnan University): the capture policy of its notice (Notice.txt beside this file).
public struct School: Institution {
    public init() {}

    public var identifier: String { "ynu" }
    public var chineseName: String { "云南大学" }
    public var englishName: String { "Yunnan University" }
    public var nationalCode: String { "10673" }
    public var agency: Agency { Agency("TODO", network: .other) }
    public var cohorts: [Cohort] { [] }
    public var notice: Notice { Notice(title: "TODO", issuer: "TODO", issued: CivilDate(2020, 1, 1)) }
}

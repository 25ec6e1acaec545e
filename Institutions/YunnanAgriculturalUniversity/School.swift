import TucaiKernel

/// 云南农业大学 (Yunnan Agricultural University): the capture policy of its notice (Notice.txt beside this file).
public struct School: Institution {
    public init() {}

    public var identifier: String { "ynau" }
    public var chineseName: String { "云南农业大学" }
    public var englishName: String { "Yunnan Agricultural University" }
    public var nationalCode: String { "10676" }
    public var agency: Agency { Agency("TODO", network: .other) }
    public var cohorts: [Cohort] { [] }
    public var notice: Notice { Notice(title: "TODO", issuer: "TODO", issued: CivilDate(2020, 1, 1)) }
}

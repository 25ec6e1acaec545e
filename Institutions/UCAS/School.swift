import TucaiKernel

/// 中国科学院大学 (University of Chinese Academy of Sciences): the capture policy of its notice (Notice.txt beside this file).
public struct School: Institution {
    public init() {}

    public var identifier: String { "ucas" }
    public var chineseName: String { "中国科学院大学" }
    public var englishName: String { "University of Chinese Academy of Sciences" }
    public var nationalCode: String { "14430" }
    public var agency: Agency { Agency("TODO", network: .other) }
    public var cohorts: [Cohort] { [] }
    public var notice: Notice { Notice(title: "TODO", issuer: "TODO", issued: CivilDate(2020, 1, 1)) }
}

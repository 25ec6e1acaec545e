import TucaiKernel

/// 丽水学院 (Lishui University): the capture policy of its notice (Notice.txt beside this file).
public struct School: Institution {
    public init() {}

    public var identifier: String { "lsu" }
    public var chineseName: String { "丽水学院" }
    public var englishName: String { "Lishui University" }
    public var nationalCode: String { "10352" }
    public var agency: Agency { Agency("TODO", network: .other) }
    public var cohorts: [Cohort] { [] }
    public var notice: Notice { Notice(title: "TODO", issuer: "TODO", issued: CivilDate(2020, 1, 1)) }
}

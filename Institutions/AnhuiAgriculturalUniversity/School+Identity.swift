import TucaiKernel

extension School {
    public var scopeRules: [ScopeRule] { Self.scope }
    public var exclusions: [Exclusion] { Self.excluded }
    public var acceptedCredentials: [Credential] { [.residentIDCard] }

    // "拟于2022年毕业的研究生(博士、硕士)". The notice takes in every graduating 研究生 and names only 留学生 as
    // out, so part-time (非全日制/在职) masters, who are 硕士 too, are not read out of it.
    //
    // 硕博连读 doctoral students need no rule of their own: they graduate in 2022 as 博士 and so stand in this
    // rule, and no exclusion for an earlier photo is stated ("重新采集图像信息(硕士生阶段采集的照片不能用于
    // 博士毕业信息)"; "每位应届毕业生,均需参加"), so a photo from the master's stage does not take them out.
    static let scope: [ScopeRule] = [
        .graduatingInYear(2022, levels: [.doctoral, .master, .partTimeMaster]),
    ]

    // "留学生不参加此次图像采集". Nothing else is excluded: no `.alreadyPhotographed`.
    static let excluded: [Exclusion] = [.category(.international)]
}

import TucaiKernel

extension School {
    public var scopeRules: [ScopeRule] { Self.scope }
    public var exclusions: [Exclusion] { Self.excluded }
    public var acceptedCredentials: [Credential] { [.residentIDCard] }

    // Only 硕士研究生 (.master) is named: the kernel's .partTimeMaster reads as 在职攻读硕士学位研究生, the
    // very group the notice excludes, although the table schedules 非全日制 sessions (政府管理学院（非全）).
    static let scope: [ScopeRule] = [
        .enrolled(.doctoral, year: 2017),
        .enrolled(.master, year: 2018, programLength: 3),
        .enrolled(.master, year: 2019, programLength: 2),
        .earlierCohortsNeverPhotographed(levels: [.doctoral, .master]),
        .graduatingEarly(levels: [.doctoral, .master]),
    ]

    // By student number, not by level: the table still schedules 非全 students, so a level rule on
    // .partTimeMaster would drop students the notice expects.
    static let excluded: [Exclusion] = [
        .studentNumberPrefix("8", who: "在职攻读硕士学位研究生"),
    ]
}

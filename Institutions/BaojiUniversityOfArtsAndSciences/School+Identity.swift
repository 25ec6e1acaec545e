import TucaiKernel

extension School {
    public var scopeRules: [ScopeRule] { Self.scope }

    /// 我校本科毕业生: the graduates who receive a 本科 毕业证, in the kernel's terms 本科 and 专升本, of the
    /// cohort the January 2022 window serves (the module's cohort, 2022: the notice prints no year of its
    /// own). The notice names no sub-group, no exclusion and no exemption.
    static let scope: [ScopeRule] = [.graduatingInYear(2022, levels: [.bachelor, .upgradedBachelor])]

    // No credential and no step before the capture: the notice mentions neither an ID card nor the
    // 学信网 采集码, only the mini-program (its QR code is attachment 1, missing from the text). The
    // platform's identifiedBy stays empty, and no credential rule is in force.
}

import TucaiKernel

extension School {
    public var appearance: [AppearanceRule] { Self.appearanceRules }
    public var makeUpRoutes: [MakeUpRoute] { Self.makeUps }
    public var verification: Verification? { Self.chsiCheck }

    static let appearanceRules: [AppearanceRule] = [
        AppearanceRule(.glasses, .required, "常戴眼镜应佩戴眼镜"),
        AppearanceRule(.tintedLenses, .forbidden, "不得戴有色（含隐形）眼镜"),
        AppearanceRule(.glasses, .forbidden, "镜框不得遮挡眼睛"),
        AppearanceRule(.glasses, .forbidden, "眼镜不能有反光"),
        AppearanceRule(.headwear, .forbidden, "不得使用头部覆盖物（宗教、医疗和文化需要时，不得遮挡脸部或造成阴影）"),
        AppearanceRule(.jewellery, .forbidden, "不得佩戴耳环、项链等饰品"),
        AppearanceRule(.hair, .forbidden, "头发不得遮挡眉毛、眼睛和耳朵"),
        AppearanceRule(.makeUp, .discouraged, "不宜化妆"),
    ]

    static let makeUpHours = [TimeWindow(TimeOfDay(8, 30), TimeOfDay(11, 30)), TimeWindow(TimeOfDay(13, 30), TimeOfDay(17, 30))]

    // Neither route has a fee or a payer stated; `studentPays` keeps the kernel's default because the
    // student goes 自行 (on their own). Both results are paper: the notice names no electronic return.
    static let makeUps: [MakeUpRoute] = [
        MakeUpRoute(
            "省内补拍",
            who: "由于特殊原因无法在规定时间内采集图像的在云南省内的同学",
            place: "云南省现代远程教育社会服务体系数字化连锁中心",
            // Verbatim, including the half-width closing bracket the notice prints.
            address: "昆明市凤翥街 291 号未来新城 1105 室（建设路师大实验附中斜对面)",
            openDays: Weekday.allCases,
            // "下午 1:30-17:30": the afternoon start is on a 12-hour clock, its end on a 24-hour one.
            hours: makeUpHours,
            closedOnPublicHolidays: true,
            bring: ["身份证"],
            result: .paperOnly,
            handIn: "照片纸质版由中心统一交给学校研究生院",
            contacts: [Contact("云南省现代远程教育社会服务体系数字化连锁中心", phones: ["0871-65360281", "18860728691"])],
            onCampus: false,
            notes: ["记住学校代码（10673）"]
        ),
        MakeUpRoute(
            "省外补拍",
            who: "由于特殊原因无法在规定时间内采集图像在云南省外的同学",
            place: "所在地各省的新华社",
            result: .paperOnly,
            handIn: "将纸质版照片交各培养单位研究生秘书老师处,由秘书老师于每学期第十六教学周统一交研究生院培养办",
            onCampus: false
        ),
    ]

    static let chsiCheck = Verification(
        site: "学信网 https://www.chsi.com.cn",
        timing: .within(days: 40),
        objectionWindowDays: 7,
        silenceIsAcceptance: .stated(true, quote: "视为本人核对无误"),
        reportTo: "省中心"
    )
}

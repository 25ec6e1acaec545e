import TucaiKernel

extension School {
    public var appearance: [AppearanceRule] { Self.attire }
    public var onlineCapture: OnlineCapture? { Self.forStudentsAway }

    // 六、采集要求 2. "佩戴口罩,保持一米线距离排队" is about the queue, not the photo, and stays in `otherRules`.
    static let attire: [AppearanceRule] = [
        AppearanceRule(.posture, .required, "仪表端庄"),
        AppearanceRule(.clothingColour, .required, "穿浅色系服装"),
        AppearanceRule(.clothingColour, .forbidden, "不得穿蓝色系服装"),
        AppearanceRule(.jewellery, .forbidden, "不得佩戴首饰"),
        AppearanceRule(.makeUp, .forbidden, "不得化妆"),
    ]

    /// "未返校生参加线上采集,线上采集时间另行通知": a platform the notice does not name, dates to come.
    static let forStudentsAway = OnlineCapture(platform: "采集平台⟦通知未写名称⟧", window: nil, who: "未返校生")

    // No make-up route and no verification are stated before the text stops.
}

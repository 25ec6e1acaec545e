import TucaiKernel

extension School {
    public var appearance: [AppearanceRule] { Self.attire }

    // (二)着装要求, item by item; "…" marks words of the same item left out of a rule.
    static let attire: [AppearanceRule] = [
        AppearanceRule(.clothingColour, .required, "因照片底色为蓝色,请穿着浅色系服装"),
        AppearanceRule(.clothingColour, .forbidden, "切勿穿着蓝色或紫色上衣"),
        AppearanceRule(.collar, .forbidden, "切勿穿着…高领毛衣"),
        AppearanceRule(.clothingStyle, .required, "衣着整洁"),
        AppearanceRule(.clothingStyle, .forbidden, "不穿奇装异服"),
        AppearanceRule(.clothingStyle, .forbidden, "不着其他职业、行业类制服"),
        AppearanceRule(.makeUp, .forbidden, "女生不着浓妆"),
        AppearanceRule(.jewellery, .forbidden, "不带首饰"),
        AppearanceRule(.glasses, .discouraged, "尽量不佩戴近视眼镜(镜片反光)"),
        AppearanceRule(.tintedLenses, .discouraged, "尽量不佩戴…墨镜、变色镜"),
    ]

    // 五、特殊情况 is cut off mid-sentence, so no make-up route is known: `makeUpRoutes` stays empty and
    // `onCampusMakeUp` not stated. Nor does the text say anything of checking the photo on 学信网.
}

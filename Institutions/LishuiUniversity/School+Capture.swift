import TucaiKernel

extension School {
    /// Items ① to ⑤ of “采集照片要求”, split so that each rule has one aspect; the words are the notice's
    /// (including its “眼晴”).
    public var appearance: [AppearanceRule] { Self.theAppearance }
    static let theAppearance = [
        // ① 人物姿态与表情
        AppearanceRule(.posture, .required, "坐姿端正"),
        AppearanceRule(.expression, .required, "表情自然，双眼自然睁开并平视"),
        AppearanceRule(.posture, .required, "耳朵对称，左右肩膀平衡"),
        // ② 眼镜
        AppearanceRule(.glasses, .required, "常戴眼镜者应佩戴眼镜"),
        AppearanceRule(.tintedLenses, .forbidden, "不得戴有色(含隐形、美瞳)眼镜"),
        AppearanceRule(.glasses, .forbidden, "镜框不得遮挡眼晴"),
        AppearanceRule(.glasses, .forbidden, "眼镜不能有反光"),
        // ③ 佩饰及遮挡物
        AppearanceRule(.headwear, .forbidden, "不得使用头部覆盖物(宗教、医疗和文化需要时，不得遮挡脸部或造成阴影)"),
        AppearanceRule(.jewellery, .forbidden, "不得佩戴耳环项链等饰品"),
        // ④
        AppearanceRule(.hair, .forbidden, "头发不要有碎发，不能遮挡眉毛、眼睛和耳朵"),
        AppearanceRule(.makeUp, .discouraged, "不宜化妆"),
        AppearanceRule(.skin, .discouraged, "脸部注意不要过油，不要高光高亮"),
        AppearanceRule(.expression, .required, "嘴唇自然闭合"),
        // ⑤ 衣着
        AppearanceRule(.clothingStyle, .advised, "建议穿衬衫（最好白色有领衬衫）"),
        AppearanceRule(.collar, .advised, "如果没有，建议穿浅色有领衣服（颜色单一不要花哨）"),
        AppearanceRule(.clothingColour, .required, "应与背景色区分明显"),
        AppearanceRule(.clothingPattern, .discouraged, "避免复杂图案、条纹"),
    ]

    public var photoRequirements: [String] { Self.thePhotoRequirements }
    static let thePhotoRequirements = ["本次电子注册图像采集一律不进行照片扫描"]

    /// The notice names only the cities and who pays; what a 散拍 returns is not stated.
    public var makeUpRoutes: [MakeUpRoute] { Self.theMakeUpRoutes }
    static let theMakeUpRoutes = [
        MakeUpRoute(
            "散拍",
            who: "未按时参加拍摄的",
            place: "杭州或北京",
            result: nil,
            studentPays: true,
            onCampus: false,
            notes: ["散拍所产生一切费的责任由学生本人承担", "学信网照片缺失的将不能查询到该生的毕业信息"]
        ),
    ]

    /// The notice only implies a check on 学信网 (“学信网毕业信息校对无误之后”), with no timing or window.
    public var verification: Verification? { Self.theVerification }
    static let theVerification = Verification(timing: nil)
}

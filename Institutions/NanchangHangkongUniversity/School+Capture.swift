import TucaiKernel

extension School {
    public var onCampusMakeUp: Stated<Bool> { .stated(false, quote: "新华社将不再安排校内补拍") }
    public var appearance: [AppearanceRule] { Self.appearanceRules }

    /// Section 四, one clause per rule; its closing "具体见附件二" points at an attachment the extraction left empty.
    static let appearanceRules: [AppearanceRule] = [
        AppearanceRule(.clothingStyle, .required, "着装整洁"),
        AppearanceRule(.hair, .required, "梳理干净"),
        AppearanceRule(.clothingColour, .forbidden, "不穿与背景相近的蓝色上衣"),
        AppearanceRule(.collar, .required, "必须穿着有领上衣"),
        AppearanceRule(.collar, .forbidden, "不要穿遮挡脖子的高领衣"),
        AppearanceRule(.posture, .required, "面正对相机方向以照片能见两耳为准"),
        AppearanceRule(.hair, .forbidden, "头发不能染色"),
        AppearanceRule(.hair, .forbidden, "不遮眉毛及耳朵"),
        AppearanceRule(.hair, .forbidden, "在照片上头发所占的总面积不能超过面部的总面积"),
        AppearanceRule(.glasses, .required, "佩戴眼镜以拍照时不反光而且能清晰见到眼睛的各部位为准"),
        AppearanceRule(.tintedLenses, .forbidden, "不准佩戴有色眼镜"),
        AppearanceRule(.makeUp, .forbidden, "不着浓妆"),
        AppearanceRule(.makeUp, .required, "化妆要以不掩饰面部瑕疵缺陷为准"),
        AppearanceRule(.jewellery, .required, "佩戴耳、项等饰品以不遮挡面部瑕疵缺陷为准"),
    ]
}

import TucaiKernel

extension School {
    public var appearance: [AppearanceRule] { Self.appearanceRules }
    public var photoRequirements: [String] { Self.photoRules }
    public var makeUpRoutes: [MakeUpRoute] { Self.routes }
    // The notice says nothing of checking the photo on 学信网 afterwards, so `verification` stays unstated.

    static let appearanceRules: [AppearanceRule] = [
        AppearanceRule(.clothingStyle, .required, "参加拍摄的同学要求着正装"),
        AppearanceRule(.clothingColour, .forbidden, "不得着浅蓝色系上衣"),
        AppearanceRule(.clothingPattern, .discouraged, "避免复杂图案及条纹服装"),
        // 美瞳 are tinted contact lenses.
        AppearanceRule(.tintedLenses, .forbidden, "不得佩戴美瞳"),
        AppearanceRule(.jewellery, .forbidden, "不戴耳环、项链等首饰"),
        AppearanceRule(.hair, .forbidden, "头发不得遮挡耳朵、眉毛"),
    ]

    // 附件3, which should spell out the 证件照 requirements, is cut: only the reference survives.
    static let photoRules = [
        "务必按证件照拍摄要求参加拍照。（证件照拍照要求见附件3）",
        // Stated for make-ups, but the reason (comparison with the enrolment photo) holds for any photo.
        "由于“精拍”的毕业照片与入学照片比对不合格，无法上报毕业注册，请务必拍摄普通照片，不接受“精拍”照片。",
    ]

    static let routes = [
        MakeUpRoute(
            "单独补拍",
            who: "未能参加国科大组织集体拍摄的学生",
            place: "中国图片社",
            address: "北京市西城区宣武门外大街甲1号环球财讯中心A座一层中国图片社（宣武门十字路口西南角），地铁2号、4号线及公交车宣武门站下车",
            // "2025年4月30 日前": taken as the last day, the notice's only date for the route.
            deadline: CivilDate(2025, 4, 30),
            bring: ["学生证", "学信网采集二维码（提前在学信网下载）"],
            result: .discAndPrints,
            handIn: "领取后交到所在单位研究生部，由研究生部上传电子照片到国科大学籍管理系统",
            contacts: [walkInDesk],
            studentPays: true,
            onCampus: false,
            notes: [
                "补拍时请携带学生证，提前在学信网下载采集二维码，扫描付款码交费。",
                "请务必拍摄普通照片，不接受“精拍”照片。",
                "图像采集卡填写内容：学校代码：14430 学校名称：中国科学院大学 院系代码：培养单位代码后四位 院系名称：培养单位全称",
                "单独拍摄的学生需根据图片社的要求在规定时间自行领取个人数码照片电子版光盘及纸质照片",
                "否则将会影响毕业注册",
            ]
        ),
    ]
}

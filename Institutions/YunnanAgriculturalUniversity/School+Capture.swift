import TucaiKernel

extension School {
    public var appearance: [AppearanceRule] { Self.appearanceRules }
    public var makeUpRoutes: [MakeUpRoute] { [Self.xinhuaMakeUp] }
    public var verification: Verification? { Self.imageCheck }

    /// 三、4, one entry per aspect; the last sentence names colour, pattern and collar at once, so each of
    /// those aspects carries the whole sentence.
    static let appearanceRules: [AppearanceRule] = [
        AppearanceRule(.posture, .required, "坐姿端正"),
        AppearanceRule(.posture, .required, "左右肩膀平衡"),
        AppearanceRule(.expression, .required, "嘴唇自然闭合"),
        AppearanceRule(.jewellery, .forbidden, "不得佩戴耳环、项链等饰品"),
        AppearanceRule(.tintedLenses, .forbidden, "不得戴有色（含隐形）眼镜"),
        AppearanceRule(.glasses, .forbidden, "眼镜不能有反光"),
        AppearanceRule(.hair, .forbidden, "头发不得遮挡眉毛、眼睛和耳朵"),
        AppearanceRule(.clothingStyle, .required, "衣着整洁，大方得体"),
        AppearanceRule(.clothingStyle, .advised, "建议穿着正装和有领衬衫"),
        AppearanceRule(.clothingColour, .discouraged, "避免穿浅蓝色、条纹、高领、毛领、复杂图案服装"),
        AppearanceRule(.clothingPattern, .discouraged, "避免穿浅蓝色、条纹、高领、毛领、复杂图案服装"),
        AppearanceRule(.collar, .discouraged, "避免穿浅蓝色、条纹、高领、毛领、复杂图案服装"),
    ]

    /// 四、散拍、补拍. The notice names no make-up fee; a walk-in shoot at the agency is the student's own.
    static let xinhuaMakeUp = MakeUpRoute(
        "散拍、补拍",
        who: "因特殊情况错过集体采集时间的学生",
        place: "新华社云南分社新闻信息中心图像采集部",
        address: "云南省昆明市五华区篆塘路8号附1号：新华楼3楼312室",
        openDays: [.tuesday, .wednesday, .thursday, .friday, .saturday, .sunday],
        hours: [TimeWindow(TimeOfDay(9, 0), TimeOfDay(12, 0)), TimeWindow(TimeOfDay(14, 0), TimeOfDay(18, 0))],
        closedOnPublicHolidays: true,
        deadline: CivilDate(2023, 4, 30),
        result: .paperOnly,
        handIn: "散拍照片由学生本人自行查收，收到照片后及时交到教务处学籍学历和信息管理科",
        contacts: [agencyDesk],
        onCampus: false,
        notes: [
            "丢失或未收到的学生自己负责",
            "散拍照片中国图片社不返回电子照片，上报学位信息时无学位电子照片",
            "附近停车不便，可乘坐地铁5号线或公交车到“弥勒寺站”下车，3、4、62、64、73、93、95、106、110、120、127、184、206、264、A1路公交车到达。",
        ]
    )

    static let imageCheck = Verification(
        site: "中国高等教育学生信息网（http://www.chsi.com.cn）学历证书电子注册图像校对系统",
        timing: .after(days: 40),
        reportTo: "学籍学历和信息管理科"
    )
}

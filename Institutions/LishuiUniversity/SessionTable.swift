import TucaiKernel

/// “丽水学院2021届毕业生图像信息采集时间安排表”, three room tables, every row as printed.
///
/// - The college is carried down from the row that names it (the merged cell was flattened to blanks).
/// - Each class cell is ONE unit string as printed: cells such as “汉语言学17、172” or
///   “音乐学171、172、专升本19” abbreviate with a shared prefix, so splitting them would invent names the
///   table never prints, and the headcount belongs to the cell, not to any one class.
/// - The A table's caption “A组拍摄地点：11B-103” stands after that table in the text, while the B and C
///   captions stand before theirs; it is read as the first table's caption, the only table without one.
/// - The C table heads its last column “备注” instead of “班级”; its cells are class names, kept as units.
/// - Times are as printed, overlapping or backwards.
extension School {
    public var sessionTable: SessionTable { Self.theSessionTable }

    static let theSessionTable = SessionTable(
        sessions: roomA + roomB + roomC,
        subtotals: [
            Subtotal(.college("职业技术学院"), room: "11B-103", stated: 375),
            Subtotal(.college("教师教育学院"), room: "11B-103", stated: 443),
            Subtotal(.room, room: "11B-103", stated: 875),
            Subtotal(.college("商学院"), room: "11B105", stated: 386),
            Subtotal(.college("生态学院"), room: "11B105", stated: 450),
            Subtotal(.room, room: "11B105", stated: 902),
            Subtotal(.college("工学院"), room: "11B107", stated: 344),
            Subtotal(.college("民族学院"), room: "11B107", stated: 363),
            Subtotal(.college("中国青瓷学院"), room: "11B107", stated: 159),
            Subtotal(.room, room: "11B107", stated: 866),
        ]
    )

    private static let captureDate = CivilDate(2020, 9, 13)

    private static func row(_ group: String, _ room: String, _ college: String,
                            _ start: TimeOfDay, _ end: TimeOfDay, _ headcount: Int, _ unit: String) -> Session {
        Session(unit, room: room, date: captureDate, start, end, headcount: headcount, college: college, group: group)
    }

    private static func a(_ college: String, _ start: TimeOfDay, _ end: TimeOfDay, _ n: Int, _ unit: String) -> Session {
        row("A组", "11B-103", college, start, end, n, unit)
    }

    private static func b(_ college: String, _ start: TimeOfDay, _ end: TimeOfDay, _ n: Int, _ unit: String) -> Session {
        row("B组", "11B105", college, start, end, n, unit)
    }

    private static func c(_ college: String, _ start: TimeOfDay, _ end: TimeOfDay, _ n: Int, _ unit: String) -> Session {
        row("C组", "11B107", college, start, end, n, unit)
    }

    private static let roomA: [Session] = [
        // 13日 上午
        a("职业技术学院", TimeOfDay(8, 30), TimeOfDay(8, 55), 49, "建工181高"),
        a("职业技术学院", TimeOfDay(8, 55), TimeOfDay(9, 25), 63, "社工181、182高"),
        a("职业技术学院", TimeOfDay(9, 20), TimeOfDay(9, 55), 74, "文秘181、182高"),
        a("职业技术学院", TimeOfDay(9, 55), TimeOfDay(10, 40), 93, "学前181、182高"),
        a("职业技术学院", TimeOfDay(10, 40), TimeOfDay(11, 30), 96, "学前183、184高"),
        // 13日 下午
        a("教师教育学院", TimeOfDay(12, 30), TimeOfDay(13, 25), 54, "体教17"),
        a("教师教育学院", TimeOfDay(13, 25), TimeOfDay(13, 55), 68, "小教全科171、172"),
        a("教师教育学院", TimeOfDay(13, 55), TimeOfDay(14, 15), 45, "小教17"),
        a("教师教育学院", TimeOfDay(14, 15), TimeOfDay(15, 0), 94, "小教173、174"),
        a("教师教育学院", TimeOfDay(15, 0), TimeOfDay(15, 45), 95, "小教175、176"),
        a("教师教育学院", TimeOfDay(15, 45), TimeOfDay(16, 25), 87, "学前17、学前专升本19"),
        a("中国青瓷学院", TimeOfDay(16, 25), TimeOfDay(16, 55), 57, "艺术设计（青瓷、石雕）19高"),
    ]

    private static let roomB: [Session] = [
        // 13日 上午
        b("商学院", TimeOfDay(8, 30), TimeOfDay(9, 25), 116, "财务171、172、173"),
        b("商学院", TimeOfDay(9, 25), TimeOfDay(10, 55), 68, "电商171、172"),
        b("商学院", TimeOfDay(10, 55), TimeOfDay(10, 20), 65, "国贸171、172"),
        b("商学院", TimeOfDay(10, 25), TimeOfDay(10, 50), 54, "国商171、172"),
        b("商学院", TimeOfDay(10, 50), TimeOfDay(11, 20), 66, "旅游17、旅游专升本19"),
        b("商学院", TimeOfDay(11, 20), TimeOfDay(11, 30), 17, "农村区域发展17"),
        // 13日 下午
        b("生态学院", TimeOfDay(12, 30), TimeOfDay(12, 55), 54, "化工171、172"),
        b("生态学院", TimeOfDay(12, 55), TimeOfDay(13, 20), 55, "环境工程17、生态学17"),
        b("生态学院", TimeOfDay(13, 20), TimeOfDay(13, 55), 74, "生物制药171、172"),
        b("生态学院", TimeOfDay(13, 55), TimeOfDay(14, 40), 85, "应化17、应化专升本19"),
        b("生态学院", TimeOfDay(14, 40), TimeOfDay(15, 15), 70, "园林171、172"),
        b("生态学院", TimeOfDay(15, 15), TimeOfDay(16, 10), 112, "园艺17、园艺专升本191、192"),
        b("中国青瓷学院", TimeOfDay(16, 10), TimeOfDay(16, 40), 66, "视传17、摄影17、陶艺17"),
    ]

    private static let roomC: [Session] = [
        // 13日 上午
        c("工学院", TimeOfDay(8, 30), TimeOfDay(9, 0), 65, "电信171、172"),
        c("工学院", TimeOfDay(9, 0), TimeOfDay(9, 40), 88, "机自171、172、173"),
        c("工学院", TimeOfDay(9, 40), TimeOfDay(10, 20), 83, "数学171、172"),
        c("工学院", TimeOfDay(10, 20), TimeOfDay(10, 50), 60, "土木17、物理学17"),
        c("工学院", TimeOfDay(10, 50), TimeOfDay(11, 20), 48, "光源17、自动化17"),
        // 13日 下午
        c("民族学院", TimeOfDay(12, 30), TimeOfDay(12, 55), 55, "汉语国际教育17、民族学17"),
        c("民族学院", TimeOfDay(12, 55), TimeOfDay(13, 40), 80, "汉语言学17、172"),
        c("民族学院", TimeOfDay(13, 40), TimeOfDay(14, 15), 87, "汉语言文学专升本191、192"),
        c("民族学院", TimeOfDay(14, 15), TimeOfDay(15, 0), 91, "音乐学171、172、专升本19"),
        c("民族学院", TimeOfDay(15, 0), TimeOfDay(15, 25), 50, "英语17"),
        c("中国青瓷学院", TimeOfDay(15, 25), TimeOfDay(16, 5), 81, "工业设计17、环境设计17"),
        c("中国青瓷学院", TimeOfDay(16, 5), TimeOfDay(16, 45), 78, "美术学17、172"),
    ]
}

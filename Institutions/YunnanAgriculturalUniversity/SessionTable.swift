import TucaiKernel

extension School {
    public var sessionTable: SessionTable { Self.publishedTable }

    /// 附件1《云南农业大学二0二三届本科毕业生图像采集时间安排表》, in table order: four room blocks, each
    /// opened by a header row naming the room ("逸夫楼C区202"). The 地点 column prints the room once per block
    /// ("C区202", a merged cell), so every row of a block carries that short form. The table states no totals.
    static let publishedTable = SessionTable(
        sessions: rows(in: "C区202", c202) + rows(in: "C区203", c203) + rows(in: "C区204", c204) + rows(in: "C区207", c207)
    )

    /// Every row prints "11月19日（星期六）".
    private static let tableDate = CivilDate(2022, 11, 19)

    private static func rows(in room: String, _ printed: [PrintedRow]) -> [Session] {
        printed.map {
            Session($0.major, room: room, date: tableDate, printedWeekday: .saturday, $0.start, $0.end,
                    headcount: $0.headcount, remarks: $0.remarks)
        }
    }

    private static let c202: [PrintedRow] = [
        PrintedRow("茶学", 127, TimeOfDay(8, 30), TimeOfDay(9, 10), remarks: ["含专升本"]),
        PrintedRow("计算机科学与技术", 65, TimeOfDay(9, 10), TimeOfDay(9, 30)),
        PrintedRow("计算机科学与技术（专升本）", 30, TimeOfDay(9, 30), TimeOfDay(9, 40)),
        PrintedRow("数据科学与大数据技术", 62, TimeOfDay(9, 40), TimeOfDay(10, 0)),
        PrintedRow("网络工程", 32, TimeOfDay(10, 0), TimeOfDay(10, 10)),
        PrintedRow("草业科学", 49, TimeOfDay(10, 10), TimeOfDay(10, 25), remarks: ["含专升本"]),
        PrintedRow("动物科学", 129, TimeOfDay(10, 25), TimeOfDay(11, 0)),
        PrintedRow("动物科学（专升本）", 29, TimeOfDay(11, 0), TimeOfDay(11, 10)),
        PrintedRow("蜂学", 44, TimeOfDay(11, 10), TimeOfDay(11, 25), remarks: ["含专升本"]),
        PrintedRow("水产养殖学", 28, TimeOfDay(11, 25), TimeOfDay(11, 35)),
        PrintedRow("农林经济管理（中外合作办学项目）", 82, TimeOfDay(11, 35), TimeOfDay(12, 0), remarks: ["国际学院"]),
        PrintedRow("粮食工程", 16, TimeOfDay(13, 0), TimeOfDay(13, 5)),
        PrintedRow("葡萄与葡萄酒工程", 25, TimeOfDay(13, 5), TimeOfDay(13, 15)),
        PrintedRow("食品科学与工程", 53, TimeOfDay(13, 15), TimeOfDay(13, 30)),
        PrintedRow("食品科学与工程（专升本）", 32, TimeOfDay(13, 30), TimeOfDay(13, 40)),
        PrintedRow("食品质量与安全", 57, TimeOfDay(13, 40), TimeOfDay(13, 55)),
        PrintedRow("食品质量与安全（专升本）", 51, TimeOfDay(13, 55), TimeOfDay(14, 10)),
        PrintedRow("动植物检疫", 40, TimeOfDay(14, 10), TimeOfDay(14, 20)),
        PrintedRow("动植物检疫（专升本）", 30, TimeOfDay(14, 20), TimeOfDay(14, 30)),
        PrintedRow("森林保护", 23, TimeOfDay(14, 30), TimeOfDay(14, 40)),
        PrintedRow("森林保护（专升本）", 30, TimeOfDay(14, 40), TimeOfDay(14, 50)),
        PrintedRow("植物保护", 111, TimeOfDay(14, 50), TimeOfDay(15, 10)),
        PrintedRow("植物保护（专升本）", 29, TimeOfDay(15, 10), TimeOfDay(15, 20)),
        PrintedRow("农业资源环境", 47, TimeOfDay(15, 20), TimeOfDay(15, 35)),
        PrintedRow("农业资源环境（专升本）", 29, TimeOfDay(15, 35), TimeOfDay(15, 45)),
        PrintedRow("体育教育", 137, TimeOfDay(15, 45), TimeOfDay(16, 20)),
    ]

    private static let c203: [PrintedRow] = [
        PrintedRow("动物医学", 195, TimeOfDay(8, 30), TimeOfDay(9, 30)),
        PrintedRow("动物医学（专升本）", 30, TimeOfDay(9, 30), TimeOfDay(9, 40)),
        PrintedRow("车辆工程", 53, TimeOfDay(9, 40), TimeOfDay(9, 55)),
        PrintedRow("电气工程及其自动化", 76, TimeOfDay(9, 55), TimeOfDay(10, 20)),
        PrintedRow("电气工程及其自动化（专升本）", 46, TimeOfDay(10, 20), TimeOfDay(10, 30)),
        PrintedRow("机械电子工程", 29, TimeOfDay(10, 30), TimeOfDay(10, 40)),
        PrintedRow("机械设计制造及其自动化", 59, TimeOfDay(10, 40), TimeOfDay(11, 0)),
        PrintedRow("机械设计制造其自动化(专升本）", 30, TimeOfDay(11, 0), TimeOfDay(11, 10)),
        PrintedRow("能源与动力工程", 55, TimeOfDay(11, 10), TimeOfDay(11, 25)),
        PrintedRow("农业机械化及其自动化", 37, TimeOfDay(11, 25), TimeOfDay(11, 35)),
        PrintedRow("电子信息工程", 90, TimeOfDay(11, 35), TimeOfDay(12, 0)),
        PrintedRow("农业水利工程", 32, TimeOfDay(13, 0), TimeOfDay(13, 10)),
        PrintedRow("水利水电工程", 155, TimeOfDay(13, 10), TimeOfDay(13, 55)),
        PrintedRow("水利水电工程（专升本）", 96, TimeOfDay(13, 55), TimeOfDay(14, 20)),
        // Printed "14：20—14:   30" (half-width colon, stray spaces); read literally, the end is 14:30.
        PrintedRow("水土保持与荒漠化防治", 24, TimeOfDay(14, 20), TimeOfDay(14, 30)),
        PrintedRow("水文与水资源工程", 25, TimeOfDay(14, 30), TimeOfDay(14, 40)),
        PrintedRow("土地整治工程", 36, TimeOfDay(14, 40), TimeOfDay(14, 50)),
        PrintedRow("土木工程", 139, TimeOfDay(14, 50), TimeOfDay(15, 30), remarks: ["水利学院"]),
        PrintedRow("社会体育指导与管理", 23, TimeOfDay(15, 30), TimeOfDay(15, 40)),
        PrintedRow("体育教育（专升本）", 31, TimeOfDay(15, 40), TimeOfDay(15, 50)),
        PrintedRow("化学生物学", 24, TimeOfDay(15, 50), TimeOfDay(16, 0)),
        PrintedRow("数学与应用数学", 60, TimeOfDay(16, 0), TimeOfDay(16, 20)),
    ]

    private static let c204: [PrintedRow] = [
        PrintedRow("应用化学", 101, TimeOfDay(8, 30), TimeOfDay(9, 0)),
        PrintedRow("农学", 67, TimeOfDay(9, 0), TimeOfDay(9, 20)),
        PrintedRow("农学（专升本）", 31, TimeOfDay(9, 20), TimeOfDay(9, 30)),
        PrintedRow("生物技术", 70, TimeOfDay(9, 30), TimeOfDay(9, 50)),
        PrintedRow("生物技术（专升本）", 30, TimeOfDay(9, 50), TimeOfDay(10, 0)),
        PrintedRow("中草药栽培与鉴定", 30, TimeOfDay(10, 0), TimeOfDay(10, 10)),
        PrintedRow("中草药栽培与鉴定（专升本）", 31, TimeOfDay(10, 10), TimeOfDay(10, 20)),
        PrintedRow("中药资源与开发", 27, TimeOfDay(10, 20), TimeOfDay(10, 30)),
        PrintedRow("种子科学与工程", 36, TimeOfDay(10, 30), TimeOfDay(10, 40)),
        PrintedRow("种子科学与工程（专升本）", 30, TimeOfDay(10, 40), TimeOfDay(10, 50)),
        PrintedRow("城乡规划", 31, TimeOfDay(10, 50), TimeOfDay(11, 0)),
        PrintedRow("给排水科学与工程", 50, TimeOfDay(11, 0), TimeOfDay(11, 15)),
        PrintedRow("工程管理", 30, TimeOfDay(11, 15), TimeOfDay(11, 25)),
        PrintedRow("工程管理(专升本)", 29, TimeOfDay(11, 25), TimeOfDay(11, 35)),
        PrintedRow("工程造价", 71, TimeOfDay(11, 35), TimeOfDay(11, 55)),
        PrintedRow("建筑环境与能源应用工程", 27, TimeOfDay(11, 55), TimeOfDay(12, 5)),
        PrintedRow("香料香精技术与工程", 27, TimeOfDay(13, 0), TimeOfDay(13, 10)),
        PrintedRow("烟草", 167, TimeOfDay(13, 10), TimeOfDay(14, 0)),
        PrintedRow("风景园林", 62, TimeOfDay(14, 0), TimeOfDay(14, 20)),
        PrintedRow("环境设计", 48, TimeOfDay(14, 20), TimeOfDay(14, 35)),
        PrintedRow("园林", 28, TimeOfDay(14, 35), TimeOfDay(14, 45)),
        PrintedRow("园林（专升本）", 29, TimeOfDay(14, 45), TimeOfDay(14, 55)),
        PrintedRow("园艺", 51, TimeOfDay(14, 55), TimeOfDay(15, 10)),
        PrintedRow("园艺（专升本）", 30, TimeOfDay(15, 10), TimeOfDay(15, 20)),
        PrintedRow("环境工程", 65, TimeOfDay(15, 20), TimeOfDay(15, 40)),
        PrintedRow("建筑学", 31, TimeOfDay(15, 40), TimeOfDay(15, 50)),
        PrintedRow("土木工程（建筑工程）专升本", 61, TimeOfDay(15, 50), TimeOfDay(16, 10), remarks: ["建工学院"]),
        PrintedRow("社会工作", 47, TimeOfDay(16, 10), TimeOfDay(16, 25)),
    ]

    /// The header row of this block prints "建工学院" in the 备注 column; a header row is no session, and the
    /// first row below it is the 建工学院 major 土木工程（建筑工程）, so the remark is read as that row's.
    private static let c207: [PrintedRow] = [
        PrintedRow("土木工程（建筑工程）", 83, TimeOfDay(8, 30), TimeOfDay(8, 55), remarks: ["建工学院"]),
        PrintedRow("农业建筑环境与能源工程", 22, TimeOfDay(8, 55), TimeOfDay(9, 5)),
        PrintedRow("经济学", 73, TimeOfDay(9, 5), TimeOfDay(9, 25)),
        PrintedRow("经济学（专升本）", 30, TimeOfDay(9, 25), TimeOfDay(9, 35)),
        PrintedRow("信息管理与信息系统", 28, TimeOfDay(9, 35), TimeOfDay(9, 45)),
        PrintedRow("农林经济管理", 72, TimeOfDay(9, 45), TimeOfDay(10, 5)),
        PrintedRow("投资学", 56, TimeOfDay(10, 5), TimeOfDay(10, 20)),
        PrintedRow("行政管理", 58, TimeOfDay(10, 20), TimeOfDay(10, 35)),
        PrintedRow("电子商务", 53, TimeOfDay(10, 35), TimeOfDay(10, 50)),
        PrintedRow("公共事业管理", 39, TimeOfDay(10, 50), TimeOfDay(11, 0)),
        PrintedRow("酒店管理", 42, TimeOfDay(11, 0), TimeOfDay(11, 15)),
        PrintedRow("酒店管理（专升本）", 30, TimeOfDay(11, 15), TimeOfDay(11, 25)),
        PrintedRow("旅游管理", 43, TimeOfDay(11, 25), TimeOfDay(11, 40)),
        PrintedRow("秘书学", 58, TimeOfDay(11, 40), TimeOfDay(12, 0)),
        PrintedRow("翻译", 40, TimeOfDay(13, 0), TimeOfDay(13, 10)),
        PrintedRow("泰语", 22, TimeOfDay(13, 10), TimeOfDay(13, 20)),
        PrintedRow("英语", 148, TimeOfDay(13, 20), TimeOfDay(14, 0)),
        PrintedRow("英语（专升本）", 25, TimeOfDay(14, 0), TimeOfDay(14, 10)),
        PrintedRow("越南语", 22, TimeOfDay(14, 10), TimeOfDay(14, 20)),
        PrintedRow("环境科学", 56, TimeOfDay(14, 20), TimeOfDay(14, 35)),
        PrintedRow("生态学", 27, TimeOfDay(14, 35), TimeOfDay(14, 45)),
        PrintedRow("生态学（专升本）", 29, TimeOfDay(14, 45), TimeOfDay(14, 55)),
        PrintedRow("土地资源管理", 45, TimeOfDay(14, 55), TimeOfDay(15, 10)),
        PrintedRow("土地资源管理（专升本）", 29, TimeOfDay(15, 10), TimeOfDay(15, 20)),
        PrintedRow("自然地理与资源环境", 23, TimeOfDay(15, 20), TimeOfDay(15, 30)),
        PrintedRow("汉语国际教育", 29, TimeOfDay(15, 30), TimeOfDay(15, 40), remarks: ["国际学院"]),
        // No 备注 or 地点 cell: the table ends mid-row here; the row stands in the C区207 block.
        PrintedRow("土木工程（中外合作办学项目）", 83, TimeOfDay(15, 40), TimeOfDay(16, 10)),
    ]
}

/// A row as printed, before its room block is applied: 专业, 人数, 时间, 备注.
private struct PrintedRow {
    var major: String
    var headcount: Int
    var start: TimeOfDay
    var end: TimeOfDay
    var remarks: [String]

    init(_ major: String, _ headcount: Int, _ start: TimeOfDay, _ end: TimeOfDay, remarks: [String] = []) {
        self.major = major; self.headcount = headcount; self.start = start; self.end = end; self.remarks = remarks
    }
}

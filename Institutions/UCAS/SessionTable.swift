import TucaiKernel

extension School {
    public var sessionTable: SessionTable { Self.publishedTable }

    /// One block of 附件1: every row prints the same date, weekday and group. The table names no room; the
    /// room is the hall the text announces for that date.
    private struct Block {
        let date: CivilDate
        let weekday: Weekday
        let group: String
        let room: String
        let rows: [(unit: String, start: TimeOfDay, end: TimeOfDay)]
    }

    private static func t(_ hour: Int, _ minute: Int) -> TimeOfDay { TimeOfDay(hour, minute) }

    // No block prints a headcount or a total, so there are no subtotals.
    static let publishedTable = SessionTable(sessions: blocks.flatMap { block in
        block.rows.map { row in
            Session(row.unit, room: block.room, date: block.date, printedWeekday: block.weekday,
                    row.start, row.end, group: block.group)
        }
    })

    // Rows in table order, as printed, including the units that share a slot in the one hall.
    private static let blocks: [Block] = [
        Block(date: CivilDate(2024, 10, 21), weekday: .monday, group: "1组", room: zhongguancunHall.name, rows: [
            ("数学与系统科学研究院", t(8, 30), t(9, 0)),
            ("力学研究所", t(9, 0), t(9, 30)),
            ("物理研究所", t(9, 30), t(10, 30)),
            ("高能物理研究所", t(10, 30), t(11, 0)),
            ("科技战略咨询研究院", t(11, 0), t(11, 30)),
            ("声学研究所", t(11, 30), t(12, 0)),
            ("理论物理研究所", t(13, 0), t(13, 30)),
            ("渗流流体力学研究所", t(13, 0), t(13, 30)),
            ("自然科学史研究所", t(13, 0), t(13, 30)),
            ("古脊椎动物与古人类研究所", t(13, 0), t(13, 30)),
            ("国家空间科学中心", t(13, 30), t(14, 0)),
            ("空天信息创新研究院", t(14, 0), t(15, 30)),
            ("理化技术研究所", t(15, 30), t(16, 0)),
            ("北京基因组研究所（国家生物信息中心）", t(16, 0), t(16, 30)),
        ]),
        Block(date: CivilDate(2024, 10, 22), weekday: .tuesday, group: "2组", room: zhongguancunHall.name, rows: [
            ("国家天文台", t(8, 30), t(9, 30)),
            ("过程工程研究所", t(8, 30), t(9, 30)),
            ("化学研究所", t(9, 30), t(10, 30)),
            ("生态环境研究中心", t(10, 30), t(11, 30)),
            ("大气物理研究所", t(11, 30), t(12, 0)),
            ("地理科学与资源研究所", t(13, 0), t(14, 0)),
            ("地质与地球物理研究所", t(14, 0), t(14, 30)),
            ("青藏高原研究所", t(14, 30), t(15, 0)),
            ("微电子研究所", t(15, 0), t(16, 30)),
        ]),
        Block(date: CivilDate(2024, 10, 23), weekday: .wednesday, group: "3组", room: zhongguancunHall.name, rows: [
            ("信息工程研究所", t(8, 30), t(10, 30)),
            ("动物研究所", t(10, 30), t(11, 30)),
            ("微生物研究所", t(11, 30), t(12, 0)),
            ("校部各院系", t(13, 0), t(15, 0)),
            ("植物研究所", t(15, 0), t(16, 0)),
            ("空间应用工程与技术中心", t(16, 0), t(16, 30)),
            ("文献情报中心", t(16, 0), t(16, 30)),
        ]),
        Block(date: CivilDate(2024, 10, 24), weekday: .thursday, group: "4组", room: zhongguancunHall.name, rows: [
            ("生物物理研究所", t(8, 30), t(9, 0)),
            ("计算机网络信息中心", t(9, 0), t(9, 30)),
            ("遗传与发育生物学研究所", t(9, 30), t(10, 0)),
            ("心理研究所", t(10, 0), t(10, 30)),
            ("软件研究所", t(10, 30), t(11, 0)),
            ("国家纳米科学中心", t(11, 0), t(11, 30)),
            ("半导体研究所", t(11, 30), t(12, 0)),
            ("计算技术研究所", t(13, 0), t(14, 30)),
            ("自动化研究所", t(14, 30), t(15, 30)),
            ("电工研究所", t(15, 30), t(16, 0)),
            ("工程热物理研究所", t(16, 0), t(16, 30)),
        ]),
        // One printed row, "10:00~12:00、13:00~15:30": one unit in two windows, hence two sessions.
        Block(date: CivilDate(2024, 10, 25), weekday: .friday, group: "5组", room: yanqihuHall.name, rows: [
            ("校部各院系（雁栖湖校区）", t(10, 0), t(12, 0)),
            ("校部各院系（雁栖湖校区）", t(13, 0), t(15, 30)),
        ]),
    ]
}

import TucaiKernel

extension School {
    public var sessionTable: SessionTable { Self.publishedTable }

    /// 各单位电子图像信息采集具体时间和地点安排表, row by row in printed order. The table prints no date
    /// and no weekday; each row's date is the day the text gives the campus of its room (文汇楼 1 栋 →
    /// 呈贡校区, 11 月 2 日; 南学楼 → 东陆校区, 11 月 3 日). Colleges that share a room-hour are printed on
    /// separate rows and so stay separate sessions. Headcounts are not printed.
    static let publishedTable: SessionTable = {
        func row(_ unit: String, _ room: String, _ start: TimeOfDay, _ end: TimeOfDay) -> Session {
            let date = room.hasPrefix("南学楼") ? dongluDay : chenggongDay
            return Session(unit, room: room, date: date, start, end)
        }
        let n204 = "南学楼 204", n206 = "南学楼 206"
        let w1413 = "文汇楼 1 栋 1413", w1414 = "文汇楼 1 栋 1414"
        let t = { (hour: Int) in TimeOfDay(hour, 0) }
        return SessionTable(sessions: [
            row("民族学与社会学学院（社会工作学院）", n204, t(9), t(10)),
            row("化学科学与工程学院", n204, t(10), t(11)),
            row("国际关系研究院·南亚东南亚研究院", n204, t(11), t(12)),
            row("政府管理学院（非全）", n204, t(13), t(15)),
            row("文学院", n204, t(15), t(16)),
            row("工商管理与旅游管理学院（会计学院/云南启迪商学院）（非全）", n206, t(9), t(11)),
            row("历史与档案学院", n206, t(11), t(12)),
            row("汉语国际教育学院", n206, t(13), t(14)),
            row("艺术与设计学院", n206, t(13), t(14)),
            row("职业与继续教育学院", n206, t(14), t(15)),
            row("昌新国际艺术学院", n206, t(14), t(15)),
            row("高等教育研究院", n206, t(15), t(16)),
            row("医学院", n206, t(15), t(16)),
            row("经济学院", w1413, t(9), t(11)),
            row("政府管理学院", w1413, t(9), t(11)),
            row("工商管理与旅游管理学院（会计学院/云南启迪商学院）", w1413, t(11), t(12)),
            row("生态与环境学院", w1413, t(11), t(12)),
            row("信息学院（含云南省电子计算中心）", w1413, t(13), t(15)),
            row("软件学院", w1413, t(15), t(16)),
            row("国际河流与生态安全研究院", w1413, t(15), t(16)),
            row("法学院", w1414, t(9), t(11)),
            row("材料与能源学院", w1414, t(9), t(11)),
            row("生命科学学院（含云南省微生物研究所）", w1414, t(11), t(12)),
            row("马克思主义学院（含中国特色社会主义理论体系研究中心）", w1414, t(13), t(14)),
            row("数学与统计学院", w1414, t(13), t(14)),
            row("物理与天文学院", w1414, t(14), t(15)),
            row("地球科学学院", w1414, t(14), t(15)),
            row("资源植物研究院", w1414, t(14), t(15)),
            row("新闻学院（南亚东南亚国际传媒学院）", w1414, t(15), t(16)),
            row("外国语学院", w1414, t(15), t(16)),
            row("体育学院（含足球学院）", w1414, t(15), t(16)),
            row("建筑与规划学院", w1414, t(15), t(16)),
        ])
    }()
}

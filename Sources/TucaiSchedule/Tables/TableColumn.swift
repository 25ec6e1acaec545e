import TucaiKernel

/// The columns of a registrar's CSV table, with the headers that name them in English and in Chinese.
/// Only date, start and end (or one time column) and units are required.
enum TableColumn: String, CaseIterable {
    case date, weekday, room, start, end, time, units, headcount, college, group, remarks, arrive

    var headers: [String] {
        switch self {
        case .date: ["date", "日期"]
        case .weekday: ["weekday", "星期"]
        case .room: ["room", "地点", "教室", "房间", "采集地点", "拍摄地点"]
        case .start: ["start", "开始", "开始时间", "起始时间"]
        case .end: ["end", "结束", "结束时间"]
        // "8:30-9:10" in one cell, as notices print it.
        case .time: ["time", "时间", "时段", "时间段", "拍摄时间", "采集时间"]
        case .units: ["units", "unit", "单位", "专业", "班级", "采集单位", "培养单位"]
        case .headcount: ["headcount", "人数", "学生人数"]
        case .college: ["college", "学院", "所属学院"]
        case .group: ["group", "组别", "组"]
        case .remarks: ["remarks", "备注"]
        // Written by the planner; read back and ignored, since it follows from the start.
        case .arrive: ["arrive", "到场", "到场时间"]
        }
    }

    static func named(_ header: String) -> TableColumn? {
        let key = header.trimmingWhitespace().lowercased()
        return allCases.first { $0.headers.contains(key) }
    }

    /// Several units in one cell are separated by semicolons. "、" stays inside a name: Lishui's
    /// "汉语言学17、172" is one printed unit.
    static func units(_ cell: String) -> [String] {
        cell.split(whereSeparator: { $0 == ";" || $0 == "；" }).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }
}

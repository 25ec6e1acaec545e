import Foundation
import Testing
import TucaiKernel
import TucaiRegistry
import TucaiSchedule

/// What the checker finds in each of the five published tables, pinned. Each problem is pinned with the
/// words of the notice that show it, so a pin cannot outlive the notice it reads.
@Suite("The checker over the five published tables")
struct PublishedTableTests {
    struct Pin: CustomStringConvertible {
        var rule: String
        var severity: ScheduleFinding.Severity
        var room: String?
        var units: [String]
        /// Printed in the notice; white space is not significant.
        var quote: String?

        init(_ rule: String, _ severity: ScheduleFinding.Severity, _ room: String?, _ units: [String], quote: String? = nil) {
            self.rule = rule; self.severity = severity; self.room = room; self.units = units; self.quote = quote
        }

        var key: String { "\(severity) \(rule) \(room ?? "-") " + units.sorted().joined(separator: "+") }
        var description: String { key }
    }

    static func key(_ finding: ScheduleFinding) -> String {
        "\(finding.severity) \(finding.rule) \(finding.room ?? "-") " + finding.units.sorted().joined(separator: "+")
    }

    static func findings(_ identifier: String) throws -> [ScheduleFinding] {
        let institution = try institutionRegistry.institution(named: identifier)
        return ScheduleChecker.check(ScheduleContext(table: institution.sessionTable, declaration: ScheduleDeclaration(institution)))
    }

    static func notice(_ identifier: String) throws -> String {
        let module = institutionRegistry.entries.first { $0.institution.identifier == identifier }!.module
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try String(contentsOf: root.appending(path: "Institutions/\(module)/Notice.txt"), encoding: .utf8)
    }

    static func stripped(_ text: String) -> String {
        String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }

    /// Every error and warning is pinned and every pin is found; notes are pinned by count.
    func verify(_ identifier: String, _ pins: [Pin], notes: Int) throws {
        let found = try Self.findings(identifier)
        let unclean = found.filter(\.makesTableUnclean).map(Self.key).sorted()
        #expect(unclean == pins.filter { $0.severity != .note }.map(\.key).sorted())
        #expect(found.filter { !$0.makesTableUnclean }.count == notes)
        for pin in pins where pin.severity == .note {
            #expect(found.contains { Self.key($0) == pin.key }, "note \(pin) not found")
        }
        let notice = Self.stripped(try Self.notice(identifier))
        for pin in pins {
            if let quote = pin.quote { #expect(notice.contains(Self.stripped(quote)), "\(identifier) notice lacks «\(quote)»") }
            for unit in pin.units { #expect(notice.contains(Self.stripped(unit).prefix(4)), "\(identifier) notice lacks \(unit)") }
        }
        for finding in found where finding.makesTableUnclean {
            #expect(!finding.message.isEmpty && finding.message.hasSuffix("."))
        }
    }

    @Test("Lishui: overlapping rows, a row that runs backwards, slots far from the median")
    func lishui() throws {
        try verify("lsu", [
            Pin("overlap", .error, "11B-103", ["社工181、182高", "文秘181、182高"], quote: "9:20-9:55"),
            Pin("overlap", .error, "11B105", ["电商171、172", "国商171、172"], quote: "9:25-10:55"),
            Pin("overlap", .error, "11B105", ["电商171、172", "旅游17、旅游专升本19"], quote: "9:25-10:55"),
            Pin("backwards", .error, "11B105", ["国贸171、172"], quote: "10:55-10:20"),
            // 54 students given 55 minutes, and 68 given 90, where the median slot runs at about 2 a minute.
            Pin("throughput", .warning, "11B-103", ["体教17"], quote: "12:30-13:25"),
            Pin("throughput", .warning, "11B105", ["电商171、172"], quote: "9:25-10:55"),
        ], notes: 0)
    }

    @Test("YNAU: a room the text does not declare, a declared room unused, a slot into lunch, two slots too short")
    func ynau() throws {
        try verify("ynau", [
            Pin("undeclared-room", .error, "C区202", YNAU.c202, quote: "逸夫楼C区202"),
            Pin("unused-room", .warning, "C区205", [], quote: "C区203、204、205、207教室"),
            Pin("across-break", .error, "C区204", ["建筑环境与能源应用工程"], quote: "11：55—12：05"),
            Pin("throughput", .warning, "C区202", ["植物保护"]),
            Pin("throughput", .warning, "C区202", ["体育教育"]),
        ], notes: 0)
    }

    @Test("UCAS: several institutes booked into one slot with no headcounts; the 雁栖湖 day split by lunch")
    func ucas() throws {
        let hall = "青年公寓6号楼三层多功能厅"
        try verify("ucas", [
            Pin("shared-slot", .warning, hall, ["理论物理研究所", "渗流流体力学研究所", "自然科学史研究所", "古脊椎动物与古人类研究所"], quote: "13:00～13:30"),
            Pin("shared-slot", .warning, hall, ["国家天文台", "过程工程研究所"]),
            Pin("shared-slot", .warning, hall, ["空间应用工程与技术中心", "文献情报中心"], quote: "16:00～16:30"),
            Pin("duplicate-unit", .note, "东区礼堂二层", ["校部各院系（雁栖湖校区）"], quote: "10:00~12:00、13:00~15:30"),
        ], notes: 1)
    }

    @Test("NCHU: clean; each hour's classes share one slot, which without headcounts is only said")
    func nchu() throws {
        let found = try Self.findings("nchu")
        #expect(found.allSatisfy { !$0.makesTableUnclean })
        let institution = try institutionRegistry.institution(named: "nchu")
        #expect(found.filter { $0.rule == "shared-slot" }.count == institution.sessionTable.sessions.count)
        #expect(found.count == institution.sessionTable.sessions.count)
    }

    @Test("YNU: colleges booked in pairs and fours into one room-hour with no headcounts")
    func ynu() throws {
        let w1413 = "文汇楼 1 栋 1413", w1414 = "文汇楼 1 栋 1414", n206 = "南学楼 206"
        try verify("ynu", [
            Pin("shared-slot", .warning, w1413, ["经济学院", "政府管理学院"], quote: "9: 00-11:00"),
            Pin("shared-slot", .warning, w1413, ["工商管理与旅游管理学院（会计学院/云南启迪商学院）", "生态与环境学院"]),
            Pin("shared-slot", .warning, w1413, ["软件学院", "国际河流与生态安全研究院"]),
            Pin("shared-slot", .warning, w1414, ["法学院", "材料与能源学院"]),
            Pin("shared-slot", .warning, w1414, ["马克思主义学院（含中国特色社会主义理论体系研究中心）", "数学与统计学院"]),
            Pin("shared-slot", .warning, w1414, ["物理与天文学院", "地球科学学院", "资源植物研究院"]),
            Pin("shared-slot", .warning, w1414, ["新闻学院（南亚东南亚国际传媒学院）", "外国语学院", "体育学院（含足球学院）", "建筑与规划学院"]),
            Pin("shared-slot", .warning, n206, ["汉语国际教育学院", "艺术与设计学院"]),
            Pin("shared-slot", .warning, n206, ["职业与继续教育学院", "昌新国际艺术学院"]),
            Pin("shared-slot", .warning, n206, ["高等教育研究院", "医学院"]),
        ], notes: 0)
    }

    enum YNAU {
        /// The C区202 block of 附件1.
        static let c202 = [
            "茶学", "计算机科学与技术", "计算机科学与技术（专升本）", "数据科学与大数据技术", "网络工程", "草业科学", "动物科学",
            "动物科学（专升本）", "蜂学", "水产养殖学", "农林经济管理（中外合作办学项目）", "粮食工程", "葡萄与葡萄酒工程",
            "食品科学与工程", "食品科学与工程（专升本）", "食品质量与安全", "食品质量与安全（专升本）", "动植物检疫",
            "动植物检疫（专升本）", "森林保护", "森林保护（专升本）", "植物保护", "植物保护（专升本）", "农业资源环境",
            "农业资源环境（专升本）", "体育教育",
        ]
    }
}

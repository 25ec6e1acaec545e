import Foundation
import Testing
import TucaiKernel
import TucaiSlips

@Suite("Slip sheets")
struct SlipSheetTests {
    static let key = [UInt8](repeating: 0x5A, count: 32)
    static let students: [(name: String, id: String, number: String, className: String)] = [
        ("张三", "530102200101011234", "2019311001", "农学2019-1"),
        ("李四", "53010220010202567X", "2019311002", "农学2019-1"),
        ("王五", "530102200103039012", "2019312001", "园艺2019-2"),
        ("赵<六>", "530102200104043456", "2019313001", "动科2019-3"),
    ]

    static func sheet() throws -> SlipSheet {
        let date = CivilDate(2023, 5, 20)
        let assignment = SessionAssignment(session: 0, source: .publishedTable, unit: "农学院", room: "南学楼 204",
                                           date: date, start: TimeOfDay(8, 30), end: TimeOfDay(9, 0))
        let slips = try students.enumerated().map { index, s in
            Slip(name: s.name, idNumber: s.id, studentNumber: s.number, className: s.className, college: "农学与生物技术学院",
                 session: index == 3 ? nil : Slip.session(assignment), room: index == 3 ? nil : assignment.room,
                 sequenceNumber: index == 0 ? "17" : nil,
                 token: try SlipToken.sign(campaign: "ynau-undergraduate-2023", studentNumber: s.number, key: key))
        }
        return SlipSheet(school: "云南农业大学", campaign: "2023届本科毕业生图像信息采集", slips: slips)
    }

    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test("every student's masked ID number is on the sheet, and no full one")
    func idNumbersMasked() throws {
        let html = try Self.sheet().html()
        for s in Self.students {
            #expect(html.contains(Masked.number(s.id)), "\(s.name)")
            #expect(!html.contains(s.id), "\(s.name)'s full ID number")
            #expect(!html.contains(String(s.id.dropFirst(4).prefix(10))), "\(s.name)'s birth date and order code")
        }
        #expect(html.contains("5301**********1234"))
    }

    @Test("one section per class, each after the first breaking to a new page, slips in the given order")
    func pagePerClass() throws {
        let sheet = try Self.sheet()
        let html = try sheet.html()
        #expect(sheet.classes.map(\.className) == ["农学2019-1", "园艺2019-2", "动科2019-3"])
        #expect(Self.count("<section class=\"class-sheet\">", in: html) == 3)
        #expect(Self.count(".class-sheet + .class-sheet { break-before: page; }", in: html) == 1)
        #expect(Self.count("<article class=\"slip\">", in: html) == 4)
        #expect(Self.count("<svg ", in: html) == 4)
        for className in ["农学2019-1", "园艺2019-2", "动科2019-3"] {
            #expect(Self.count("班级 <b>\(className)</b>", in: html) == 1)
        }
        let first = try #require(html.range(of: "2019311001"))
        let second = try #require(html.range(of: "2019311002"))
        let third = try #require(html.range(of: "2019312001"))
        #expect(first.lowerBound < second.lowerBound && second.lowerBound < third.lowerBound)
    }

    @Test("labels, school, session, room and a held sequence number are printed; names are escaped")
    func contents() throws {
        let html = try Self.sheet().html()
        for label in ["姓名", "身份证号", "学号", "班级", "场次", "地点", "拍摄序号"] { #expect(html.contains(label), "\(label)") }
        #expect(html.contains("<title>云南农业大学 2023届本科毕业生图像信息采集 拍摄凭条</title>"))
        #expect(html.contains("5月20日（周六）08:30–09:00"))
        #expect(Self.count("南学楼 204", in: html) == 3)
        #expect(Self.count("拍摄序号", in: html) == 1)
        #expect(html.contains("<div class=\"sequence\"><span>拍摄序号</span><b>17</b></div>"))
        #expect(html.contains("赵&lt;六&gt;"))
        #expect(!html.contains("赵<六>"))
        // Self-contained: nothing fetched when printed offline.
        #expect(!html.contains("http://") || Self.count("http://", in: html) == Self.count("xmlns=\"http://www.w3.org/2000/svg\"", in: html))
        #expect(!html.contains("https://"))
        #expect(!html.contains("<link") && !html.contains("<script") && !html.contains("src="))
    }
}

import Foundation
import Testing
import TucaiKernel
import TucaiSchedule

@Suite("Reading a registrar's CSV table")
struct SessionTableReaderTests {
    static func read(_ text: String) -> TableReading { SessionTableReader.read(text, file: "t.csv") }

    @Test("a table Excel saved as GBK reads like its UTF-8 twin")
    func gbkFile() throws {
        let text = "日期,地点,开始,结束,单位,人数\n2022-11-19,C区203,8:30,9:30,动物医学,195\n"
        let url = FileManager.default.temporaryDirectory.appending(path: "gbk-\(UUID().uuidString).csv")
        try #require(Transcoding.convert(Data(text.utf8), from: "UTF-8", to: "GB18030")).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let reading = try SessionTableReader.read(contentsOf: url)
        #expect(reading.table.sessions.map(\.units) == [["动物医学"]])
        #expect(reading.table.sessions.first?.headcount == 195)
    }

    @Test("a malformed time costs its row only, and names the line and the column")
    func malformedTime() {
        let reading = Self.read("""
            date,room,start,end,units,headcount
            2022-11-19,C区203,08:30,09:30,动物医学,195
            2022-11-19,C区203,9：3O,09:40,动物医学（专升本）,30
            2022-11-19,C区203,09:40,09:55,车辆工程,53
            """)
        #expect(reading.table.sessions.map(\.units) == [["动物医学"], ["车辆工程"]])
        #expect(reading.lines == [2, 4])
        #expect(reading.problems.count == 1)
        let problem = reading.problems[0]
        #expect(problem.line == 3 && problem.severity == .error)
        #expect(problem.message.contains("'start'") && problem.message.contains("9：3O"))
    }

    @Test("a full-width colon and stray spaces are read, as notices print them")
    func fullWidthColon() {
        let reading = Self.read("date,start,end,units\n2022-11-19,9：30,14:   30,茶学\n")
        #expect(reading.problems.isEmpty)
        #expect(reading.table.sessions.first?.window == TimeWindow(TimeOfDay(9, 30), TimeOfDay(14, 30)))
    }

    @Test("a header without a required column reads no rows and says which column is missing")
    func missingColumn() {
        let reading = Self.read("date,room,end,units\n2022-11-19,C区203,09:30,动物医学\n")
        #expect(reading.table.sessions.isEmpty)
        #expect(reading.problems.count == 1)
        #expect(reading.problems[0].line == 1)
        #expect(reading.problems[0].message.contains("start"))
    }

    @Test("a row short of cells: kept without its optional cells, left out without its required ones")
    func shortRows() {
        let reading = Self.read("""
            date,room,start,end,units,headcount
            2022-11-19,C区203,08:30,09:30,动物医学
            2022-11-19,C区203,09:30
            2022-11-19,C区203,09:40,09:55,车辆工程,53
            """)
        #expect(reading.table.sessions.map(\.units) == [["动物医学"], ["车辆工程"]])
        #expect(reading.table.sessions[0].headcount == nil)
        #expect(reading.problems.map(\.line) == [2, 3])
        #expect(reading.problems[0].message.contains("headcount") && reading.problems[0].message.contains("kept"))
        #expect(reading.problems[1].message.contains("left out"))
    }

    @Test("a negative headcount is an error on its line; the row stays, without a headcount")
    func negativeHeadcount() {
        let reading = Self.read("date,room,start,end,units,headcount\n2022-11-19,C区203,08:30,09:30,动物医学,-195\n")
        #expect(reading.table.sessions.count == 1)
        #expect(reading.table.sessions[0].headcount == nil)
        #expect(reading.problems.map(\.line) == [2])
        #expect(reading.problems[0].message.contains("negative"))
    }

    @Test("Chinese headers, a 时间 column, 人数 with 人, dates with 年月日, weekdays")
    func chineseHeaders() {
        let reading = Self.read("""
            日期,星期,地点,时间,专业,人数,学院,备注
            2022年11月19日,星期六,C区202,8：30—9：10,茶学,127人,茶学院,含专升本
            """)
        #expect(reading.problems.isEmpty)
        let session = reading.table.sessions[0]
        #expect(session.date == CivilDate(2022, 11, 19))
        #expect(session.printedWeekday == .saturday)
        #expect(session.room == "C区202")
        #expect(session.window == TimeWindow(TimeOfDay(8, 30), TimeOfDay(9, 10)))
        #expect(session.headcount == 127 && session.college == "茶学院" && session.remarks == ["含专升本"])
    }

    @Test("quoted cells keep commas, quotes and line breaks, and later lines keep their numbers")
    func quoting() {
        let reading = Self.read("\u{FEFF}date,start,end,units,remarks\r\n"
            + "2022-11-19,08:30,09:00,\"农学;园艺\",\"first line\nsecond, with \"\"quotes\"\"\"\r\n"
            + "2022-11-19,09:00,09:xx,茶学,\r\n")
        #expect(reading.table.sessions.count == 1)
        #expect(reading.table.sessions[0].units == ["农学", "园艺"])
        #expect(reading.table.sessions[0].remarks == ["first line\nsecond, with \"quotes\""])
        #expect(reading.problems.map(\.line) == [4])
    }

    @Test("a quote never closed is an error on the line it opens; the rows before it are kept")
    func unclosedQuote() {
        let reading = Self.read("""
            date,start,end,units
            2022-11-19,08:30,09:00,茶学
            2022-11-19,09:00,09:30,"农学;园艺
            2022-11-19,09:30,10:00,林学
            2022-11-19,10:00,10:30,园林
            """)
        #expect(reading.table.sessions.map(\.units) == [["茶学"]])
        #expect(reading.lines == [2])
        #expect(reading.problems.map(\.line) == [3])
        #expect(reading.problems.first?.severity == .error)
        #expect(reading.problems.first?.message.hasPrefix("quote opened on line 3 is never closed") == true)

        let units = UnitListReader.read("unit,headcount\n茶学,127\n\"农学,53\n林学,40\n", file: "u.csv")
        #expect(units.units.map(\.name) == ["茶学"])
        #expect(units.problems.count == 1)
        #expect(units.problems.first?.hasPrefix("u.csv:3: quote opened on line 3 is never closed") == true)
    }

    @Test("English weekdays, full or abbreviated, read as the Chinese ones do")
    func englishWeekdays() {
        let printed = ["Saturday", "Sat", "sat.", "SUNDAY", "Thurs", "Tue", "星期六"]
        let rows = printed.enumerated().map { "2022-11-19,\($0.element),08:\(10 + $0.offset),08:\(11 + $0.offset),U\($0.offset)" }
        let reading = Self.read("date,weekday,start,end,units\n" + rows.joined(separator: "\n"))
        #expect(reading.problems.isEmpty, "\(reading.problems)")
        #expect(reading.table.sessions.map(\.printedWeekday) == [.saturday, .saturday, .saturday, .sunday, .thursday, .tuesday, .saturday])
        // Two letters could be Tuesday or Thursday: not a weekday, and said so.
        let short = Self.read("date,weekday,start,end,units\n2022-11-19,Th,08:30,09:00,茶学\n")
        #expect(short.table.sessions.first?.printedWeekday == nil)
        #expect(short.problems.map(\.line) == [2])
    }

    @Test("a time column beside a lone start (or end) column: the time column is read, every row kept")
    func timeWithOneOfStartAndEnd() {
        for lone in ["start", "end"] {
            let reading = Self.read("""
                date,time,\(lone),units
                2022-11-19,08:30-09:10,08:30,茶学
                2022-11-19,09:10-09:40,,农学
                """)
            #expect(reading.table.sessions.map(\.window) == [TimeWindow(TimeOfDay(8, 30), TimeOfDay(9, 10)),
                                                            TimeWindow(TimeOfDay(9, 10), TimeOfDay(9, 40))])
            #expect(reading.problems.filter(\.makesTableUnclean).isEmpty, "\(reading.problems)")
        }
    }

    @Test("what the writer writes, the reader reads back unchanged")
    func roundTrip() {
        let table = SessionTable(sessions: [
            Session(units: ["汉语言学17、172"], room: "11B107", date: CivilDate(2020, 9, 13), printedWeekday: .sunday,
                    start: TimeOfDay(12, 55), end: TimeOfDay(13, 40), headcount: 80, college: "民族学院", remarks: ["a, \"b\""]),
            Session(units: ["粮食工程", "泰语"], room: "C区203", date: CivilDate(2022, 11, 19), start: TimeOfDay(13, 0),
                    end: TimeOfDay(13, 10), headcount: 38),
        ])
        let reading = Self.read(SessionTableWriter.csv(table, arrivalLead: 15))
        #expect(reading.problems.filter(\.makesTableUnclean).isEmpty)
        #expect(reading.table.sessions == table.sessions)
    }
}

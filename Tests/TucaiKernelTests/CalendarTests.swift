import Testing
import TucaiKernel

@Suite("Dates and times")
struct CalendarTests {
    @Test("weekdays agree with the dates the notices print", arguments: [
        (CivilDate(2020, 11, 2), Weekday.monday),   // YNU 呈贡: 2020 年 11 月 2 日（星期一）
        (CivilDate(2020, 11, 3), .tuesday),          // YNU 东陆
        (CivilDate(2022, 11, 19), .saturday),        // YNAU
        (CivilDate(2024, 10, 21), .monday),          // UCAS 1组
        (CivilDate(2022, 10, 21), .friday),          // NCHU
        (CivilDate(2020, 9, 13), .sunday),           // Lishui
        (CivilDate(1970, 1, 1), .thursday),
        (CivilDate(2000, 2, 29), .tuesday),
    ])
    func weekday(date: CivilDate, weekday: Weekday) {
        #expect(date.weekday == weekday)
    }

    @Test("day numbers round-trip across leap years and centuries")
    func dayNumbers() {
        for n in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(CivilDate(dayNumber: n).dayNumber == n)
        }
        #expect(CivilDate(2024, 2, 28).adding(days: 1) == CivilDate(2024, 2, 29))
        #expect(CivilDate(2023, 2, 28).adding(days: 1) == CivilDate(2023, 3, 1))
        #expect(CivilDate(2022, 12, 31).adding(days: 1) == CivilDate(2023, 1, 1))
    }

    @Test("ISO dates parse, impossible ones do not")
    func isoDates() {
        #expect(CivilDate(iso: "2022-11-19") == CivilDate(2022, 11, 19))
        #expect(CivilDate(iso: "2023-02-29") == nil)
        #expect(CivilDate(iso: "2024-02-29") == CivilDate(2024, 2, 29))
        #expect(CivilDate(iso: "2022-13-01") == nil)
        #expect(CivilDate(iso: "2022/11/19") == nil)
    }

    @Test("a stored month reads back as written, by its bytes or by splitting")
    func storedMonths() {
        for year in [1999, 2023, 2100] {
            for month in 1...12 {
                let written = YearMonth(year, month)
                #expect(YearMonth(stored: written.description) == written)
            }
        }
        #expect(YearMonth(stored: "2023-6") == YearMonth(2023, 6))
        #expect(YearMonth(stored: "2023-13") == YearMonth(2023, 13), "the month is the store's to keep, not to judge")
        #expect(YearMonth(stored: "12023-06") == YearMonth(12023, 6))
        for text in ["2023/06", "2023-0x", "2023-06-01", "", "二〇二三-06", "2023+06"] {
            #expect(YearMonth(stored: text) == nil, "\(text)")
        }
    }

    @Test("times parse as notices write them", arguments: [
        ("9:00", 540), ("09:00", 540), ("9：30", 570), ("9: 00", 540), ("14:   30", 870), ("13：55", 835),
    ])
    func timesParse(text: String, minutes: Int) {
        #expect(TimeOfDay(parsing: text)?.minutes == minutes)
    }

    @Test("malformed times are rejected", arguments: ["9：3O", "25:00", "9:60", "930", "", "9:0", "a:bc"])
    func malformedTimes(text: String) {
        #expect(TimeOfDay(parsing: text) == nil)
    }

    @Test("weekdays read in both printed forms")
    func chineseWeekdays() {
        #expect(Weekday(chinese: "星期六") == .saturday)
        #expect(Weekday(chinese: "周一") == .monday)
        #expect(Weekday(chinese: "星期天") == .sunday)
        #expect(Weekday(chinese: "周八") == nil)
    }

    @Test("a moment is Beijing time: 08:30 on 2022-11-19 is 00:30 UTC")
    func moments() {
        let moment = Moment(CivilDate(2022, 11, 19), TimeOfDay(8, 30))
        #expect(moment.unixSeconds == 1_668_817_800)
        #expect(moment.description == "2022-11-19T08:30+08:00")
    }

    /// Dates and times as stores write them are read from their bytes; each must read back as written, and
    /// what the bytes cannot decide still reads as the text parser says.
    @Test("stored dates and times read back as written")
    func storedDatesAndTimesReadBack() {
        let start = CivilDate(1999, 12, 25).dayNumber
        for n in 0..<(366 * 3) {
            let day = CivilDate(dayNumber: start + n)
            #expect(CivilDate(iso: day.description) == day)
        }
        for bad in ["2023-02-29", "2022-13-01", "2022-00-10", "2022-11-00", "2022/11/19", "2022-1a-19"] { #expect(CivilDate(iso: bad) == nil, "\(bad)") }
        #expect(CivilDate(iso: " 2022-11-19") == CivilDate(2022, 11, 19))
        #expect(CivilDate(iso: "2022-11-19 ") == CivilDate(2022, 11, 19))
        for minutes in 0..<(24 * 60) {
            let time = TimeOfDay(minutes / 60, minutes % 60)
            #expect(TimeOfDay(parsing: time.description) == time)
        }
        #expect(TimeOfDay(parsing: "8:05") == TimeOfDay(8, 5))
        for bad in ["24:00", "12:60", "1a:00", "12:5x", ":1234"] { #expect(TimeOfDay(parsing: bad) == nil, "\(bad)") }
    }
}

import Foundation
import Testing
import TucaiKernel

@Suite("CSV records")
struct CSVRecordsTests {
    @Test("quoted commas, doubled quotes and line breaks survive; each record keeps the line it starts on")
    func quoting() {
        let parsed = CSVRecords.parse("a,b\r\n\"x, y\",\"line\nbreak\"\r\n\"say \"\"hi\"\"\",z\n")
        #expect(parsed.records.map(\.fields) == [["a", "b"], ["x, y", "line\nbreak"], ["say \"hi\"", "z"]])
        #expect(parsed.records.map(\.line) == [1, 2, 4])
        #expect(parsed.unclosedQuoteLine == nil)
    }

    @Test("a byte-order mark, blank lines and a missing final newline change nothing")
    func edges() {
        let parsed = CSVRecords.parse("\u{FEFF}a,b\n\n,\n1,2")
        #expect(parsed.records.map(\.fields) == [["a", "b"], ["1", "2"]])
        #expect(parsed.records.map(\.line) == [1, 4])
    }

    @Test("a quote never closed is named by the line it opens on; the records before it stand")
    func unclosedQuote() {
        let parsed = CSVRecords.parse("a,b\n1,2\n3,\"open\n4,5\n")
        #expect(parsed.records.map(\.fields) == [["a", "b"], ["1", "2"]])
        #expect(parsed.unclosedQuoteLine == 3)
        #expect(parsed.unclosedQuoteMessage?.contains("line 3") == true)
    }

    @Test("what write produces, parse reads back field for field")
    func roundTrip() {
        let records = [["学号", "备注"], ["2019001", "含专升本, 国际学院"], ["2019002", "say \"hi\"\r\nsecond line"], ["", "x"]]
        let text = CSVRecords.write(records)
        #expect(text.hasSuffix("\r\n"))
        #expect(text.contains("\"含专升本, 国际学院\""))
        #expect(CSVRecords.parse(text).records.map(\.fields) == records)
    }
}

@Suite("Spreadsheet text")
struct SpreadsheetTextTests {
    let table = "日期,地点,开始,结束,单位,人数\n2022-11-19,逸夫楼C区203,8:30,9:30,动物医学,195\n"

    @Test("UTF-8, UTF-8 with a byte-order mark and GB18030 (Excel on Chinese Windows) read the same")
    func encodings() throws {
        let utf8 = Data(table.utf8)
        let gb18030 = try #require(Transcoding.convert(utf8, from: "UTF-8", to: "GB18030"))
        #expect(gb18030 != utf8)
        #expect(Transcoding.spreadsheetText(utf8) == table)
        #expect(Transcoding.spreadsheetText(Data([0xEF, 0xBB, 0xBF]) + utf8) == table)
        #expect(Transcoding.spreadsheetText(gb18030) == table)
    }

    @Test("bytes that are neither are refused")
    func garbage() {
        // 0xFF never occurs in UTF-8, and 0x81 0x20 is no GB18030 sequence.
        #expect(Transcoding.spreadsheetText(Data([0x61, 0xFF, 0x81, 0x20])) == nil)
    }
}

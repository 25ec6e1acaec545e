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

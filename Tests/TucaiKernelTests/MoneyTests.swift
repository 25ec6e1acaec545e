import Testing
import TucaiKernel

@Suite("Money and fees")
struct MoneyTests {
    @Test("amounts are integer fen and print as yuan")
    func printing() {
        #expect(Money.yuan(30).fen == 3000)
        #expect(Money.yuan(30).description == "30 元")
        #expect(Money(fen: 3050).description == "30.50 元")
        #expect(Money(fen: 3005).description == "30.05 元")
        #expect(Money(fen: -1500).description == "-15 元")
    }

    @Test("a fee's total is the sum of its items")
    func feeTotal() {
        let fee = Fee([.init("拍摄费", .yuan(15)), .init("上网信息网页制作费", .yuan(15))])
        #expect(fee.total == .yuan(30))
        #expect(fee.description == "30 元 (拍摄费 15 元 + 上网信息网页制作费 15 元)")
        #expect(Fee.flat(.yuan(20)).description == "20 元")
    }

    @Test("a refund due within 3 working days skips the weekend")
    func refundDeadline() {
        let rule = RefundRule(.reservedButNotCaptured, after: .campusCollectionEnds, withinWorkingDays: 3)
        // YNAU's collection ends on Saturday 2022-11-19: Mon, Tue, Wed.
        #expect(rule.deadline(collectionEnds: CivilDate(2022, 11, 19)) == CivilDate(2022, 11, 23))
        // Ending on a Wednesday: Thu, Fri, Mon.
        #expect(rule.deadline(collectionEnds: CivilDate(2022, 11, 16)) == CivilDate(2022, 11, 21))
    }

    @Test("personal numbers are masked but for their first and last four characters")
    func masking() {
        #expect(Masked.number("530102199901011234") == "5301**********1234")
        #expect(Masked.number("13812345678") == "1381***5678")
        #expect(Masked.number("1234") == "**34")
    }
}

import Testing
import TucaiKernel
import TucaiTestKit

@Suite("Expected facts")
struct ExpectedFactTests {
    let school = FakeInstitution { $0.fee = .flat(.yuan(20)) }

    @Test("a fact holds only when the policy yields the expected value")
    func holds() {
        #expect(ExpectedFact("fee", quote: "20元", { $0.fee?.total }, .yuan(20)).mismatch(in: school) == nil)
        let wrong = ExpectedFact("fee", quote: "20元", { $0.fee?.total }, .yuan(30))
        #expect(wrong.mismatch(in: school) != nil)
    }

    @Test("quotes match the notice ignoring white space, and nothing else")
    func quotes() {
        let fact = ExpectedFact("fee", quote: "每人 30 元", { $0.fee?.total }, .yuan(30))
        #expect(fact.isQuoted(in: "收费标准为每人30元（其中"))
        #expect(fact.isQuoted(in: "每人\n 30\t元"))
        #expect(!fact.isQuoted(in: "每人 20 元"))
    }
}

/// A fact cannot quote one amount and expect another.
@Suite struct ExpectedAmountTests {
    @Test func anAmountMustStandInItsQuote() {
        let right = ExpectedFact("fee", quote: "每人 30 元", { _ in Money.yuan(30) }, .yuan(30))
        let wrong = ExpectedFact("fee", quote: "每人 30 元", { _ in Money.yuan(31) }, .yuan(31))
        let fullWidth = ExpectedFact("fee", quote: "采集费用为２０元/人", { _ in Money.yuan(20) }, .yuan(20))
        let inside = ExpectedFact("fee", quote: "每人 130 元", { _ in Money.yuan(30) }, .yuan(30))
        let fen = ExpectedFact("fee", quote: "15.5元", { _ in Money(fen: 1550) }, Money(fen: 1550))
        let notAnAmount = ExpectedFact("rows", quote: "安排表", { _ in 103 }, 103)
        #expect(right.quotesItsNumber)
        #expect(!wrong.quotesItsNumber)
        #expect(fullWidth.quotesItsNumber)
        #expect(!inside.quotesItsNumber, "30 inside 130 is not the amount")
        #expect(fen.quotesItsNumber)
        #expect(notAnAmount.quotesItsNumber && notAnAmount.expectedNumber == nil)
    }
}

@Suite struct ExpectedAmountListTests {
    @Test func everyAmountOfAListMustStandInItsQuote() {
        let both = ExpectedFact("prices", quote: "现场20元/人,线上30元/人", { _ in [Money?.some(.yuan(20)), .some(.yuan(30))] }, [Money?.some(.yuan(20)), .some(.yuan(30))])
        let one = ExpectedFact("prices", quote: "现场20元/人", { _ in [Money?.some(.yuan(20)), .some(.yuan(30))] }, [Money?.some(.yuan(20)), .some(.yuan(30))])
        #expect(both.quotesItsNumber)
        #expect(!one.quotesItsNumber)
    }
}

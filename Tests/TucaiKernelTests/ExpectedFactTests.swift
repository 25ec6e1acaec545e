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

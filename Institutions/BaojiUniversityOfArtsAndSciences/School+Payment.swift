import TucaiKernel

extension Term where Kind == PaymentTimingKind {
    /// The notice says who pays and nothing about when.
    static var unstatedInNotice: PaymentTiming {
        PaymentTiming("unstatedInNotice", chinese: "⟦通知未写明缴费时间⟧", english: "when: not stated in the notice")
    }
}

extension School {
    // "费用自理": the student bears the cost. No amount, so no `fee` and no price; no channel, no payee and
    // no timing, so no rule makes the camera wait for money.
    public var paymentRoutes: [PaymentRoute] { [Self.ownCost] }

    static let ownCost = PaymentRoute(
        "费用自理", payer: .student, timing: .unstatedInNotice, price: nil, mode: .onlineSelf,
        quote: "2022 年 1月10日至23日,费用自理。"
    )
}

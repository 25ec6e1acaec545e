import TucaiKernel

extension Term where Kind == PaymentTimingKind {
    /// The school pays for the collective capture (安徽农业大学: 由学校统一支付); the notice says nothing of when
    /// or how, and no student pays, so no moment of the student's flow is tied to it.
    static var ahauSchoolPaysTimingNotStated: PaymentTiming {
        PaymentTiming("schoolPaysTimingNotStated", chinese: "学校统一支付⟦时间与方式未写⟧", english: "paid by the school; when and how not stated")
    }
}

extension School {
    // No amount is printed, so there is no `fee`: the school pays whatever it is.
    public var paymentRoutes: [PaymentRoute] { [Self.schoolPays] }

    static let schoolPays = PaymentRoute(
        "学校统一支付", payer: .school, timing: .ahauSchoolPaysTimingNotStated, price: nil, mode: .collective,
        quote: "本次集体图像采集所需费用由学校统一支付"
    )
}

import TucaiKernel

extension School {
    public var fee: Fee? { Self.captureFee }
    public var paymentRoutes: [PaymentRoute] { [Self.scanOnSite] }

    /// Called 拍摄成本费 in point 4 and 电子图像采集费用 in point 5. What it buys is not said: the 8 prints are
    /// what the agency supplies (otherRules), not what the fee includes.
    static let captureFee = Fee.flat(.yuan(20), "毕业生电子图像采集费用")

    /// At the session, by scanning a code; the notice does not say before or after the photo (`.onSite`), so the
    /// camera does not wait for it, and does not say "no other way" (not exclusive). The rule the notice does
    /// state, no e-registration without the fee, is NoRegistrationWithoutFeeRule.
    static let scanOnSite = PaymentRoute(
        "现场扫码支付", payer: .student, timing: .onSite, price: .yuan(20), channel: .scanToPay, mode: .collective,
        quote: "毕业生电子图像采集费用标准为20元/人,现场扫码支付。"
    )
}

import TucaiKernel

extension School {
    public var fee: Fee? { Self.captureFee }
    // "拍摄时" puts the payment at the station but says nothing of paying before the camera.
    public var paymentRoutes: [PaymentRoute] { [Self.atTheShoot] }

    static let atTheShoot = PaymentRoute("拍摄时扫码付款", payer: .student, timing: .onSite, price: .yuan(20), channel: .wechatPay,
                                         mode: .collective, quote: "照片摄制费用为20元/人,拍摄时请使用微信支付扫码付款")

    // The notice says who shoots (中国图片社) but not who the scanned code pays, so no collector is named.
    static let captureFee = Fee.flat(.yuan(20), "照片摄制费用")
}

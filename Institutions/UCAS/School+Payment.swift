import TucaiKernel

extension School {
    public var fee: Fee? { Self.captureFee }
    public var payer: Payer { .individual }
    public var paymentChannels: [PaymentChannel] { [.wechatPay] }
    // "拍摄时" puts the payment at the station but says nothing of paying before the camera.
    public var paymentTiming: PaymentTiming? { .onSite }

    // The notice says who shoots (中国图片社) but not who the scanned code pays, so no collector is named.
    static let captureFee = Fee.flat(.yuan(20), "照片摄制费用")
}

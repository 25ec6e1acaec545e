import TucaiKernel

extension School {
    public var fee: Fee? { Self.captureFee }
    public var paymentRoutes: [PaymentRoute] { [Self.inPlatform] }

    static let captureFee = Fee.flat(.yuan(15), "采集费用", includes: ["电子照片", "一版纸质照片"])

    /// Paid online in the mini-program after the student's details are checked and before the phone camera
    /// opens ((3) … 进行采集费用的线上支付。(4) 支付成功后 … 拍照): the standard rule payment-before-capture.
    /// The notice names no payment app beyond the mini-program, no deadline, and no "no other way".
    static let inPlatform = PaymentRoute(
        "线上支付", payer: .student, timing: .inPlatformBeforePhoto, price: .yuan(15),
        channel: .inApp("新华社广东高校图像信息采集"), mode: .onlineSelf,
        quote: "进行采集费用的线上支付。(4)支付成功后,按照小程序要求调用手机相机对本人进行拍照。"
    )
}

import TucaiKernel

extension School {
    public var fee: Fee? { Self.captureFee }
    public var paymentRoutes: [PaymentRoute] { [Self.onSite] }

    static let onSite = PaymentRoute(
        "采集当天当面支付", payer: .student, timing: .onSiteBeforeCapture, price: .yuan(30), channel: .wechatPay,
        collector: "云南省现代远程教育社会服务体系数字化连锁中心", mode: .collective, exclusive: true,
        quote: "图像采集当天采用微信支付的方式收取采集费用，请各位同学提前在微信钱包中留够足额，采集当天当面支付完成方可进行采集，不接受其他缴费方式"
    )

    static let captureFee = Fee([
        Fee.Item("网页制作及维护工本费", .yuan(15)),
        Fee.Item("照片制作、图像及文字信息采集、认证、审核费", .yuan(15)),
    ])
}

import TucaiKernel

extension School {
    public var fee: Fee? { Self.captureFee }
    public var payer: Payer { .individual }
    public var paymentChannels: [PaymentChannel] { [.wechatPay] }
    public var paymentTiming: PaymentTiming? { .onSiteBeforeCapture(exclusive: true) }
    public var collector: String? { "云南省现代远程教育社会服务体系数字化连锁中心" }

    static let captureFee = Fee([
        Fee.Item("网页制作及维护工本费", .yuan(15)),
        Fee.Item("照片制作、图像及文字信息采集、认证、审核费", .yuan(15)),
    ])
}

import TucaiKernel

extension School {
    public var fee: Fee? { Self.theFee }
    static let theFee = Fee.flat(
        .yuan(20), "图像采集费用",
        basis: "中国图片社“关于规范2014届高校毕业生图像信息采集收费的说明函”"
    )

    public var payer: Payer { .individual }

    /// WeChat or Alipay is the app that scans; the bill itself is found by typing the ID number.
    public var paymentChannels: [PaymentChannel] { [.wechatPay, .alipay, .qrLookupByIDNumber] }

    public var paymentTiming: PaymentTiming? { .byDeadline(CivilDate(2020, 9, 10)) }

    public var deferredStudentsPay: Bool { true }
}

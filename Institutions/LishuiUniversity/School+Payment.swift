import TucaiKernel

extension School {
    public var fee: Fee? { Self.theFee }
    static let theFee = Fee.flat(
        .yuan(20), "图像采集费用",
        basis: "中国图片社“关于规范2014届高校毕业生图像信息采集收费的说明函”"
    )

    /// WeChat or Alipay is the app that scans; the bill itself is found by typing the ID number, so the route's
    /// channel is the look-up and either app may carry it. The notice sets a deadline, not that the camera
    /// waits for the money, so no payment-before-capture rule is in force.
    public var paymentRoutes: [PaymentRoute] { [Self.byTheTenth] }
    static let byTheTenth = PaymentRoute(
        "个人扫码缴费", payer: .student, timing: .byDeadline, price: .yuan(20), channel: .qrLookupByIDNumber, mode: .collective,
        deadline: CivilDate(2020, 9, 10), quote: "缴费以学生个人为单位，微信或支付宝扫描右图二维码，输入身份证号,点击查询并缴费"
    )

    public var deferredStudentsPay: Stated<Bool> { .stated(true, quote: "本次不参加图像采集的毕业生也需缴费") }
}

import TucaiKernel

extension School {
    public var fee: Fee? { Self.captureFee }
    public var payer: Payer { .classCollected(by: Self.feeCollector) }
    public var collector: String? { Self.feeCollector }
    public var paymentTiming: PaymentTiming? { .byDeadline(Self.paymentDeadline) }

    static let captureFee = Fee(
        [Fee.Item("拍摄制作费", .yuan(15))],
        includes: ["8张2寸像片"],
        basis: "教学厅〔2002〕5号"
    )

    static let feeCollector = "学院教务员老师"

    // "于10月19日前" is read as "by 19 October", the day before capture starts.
    static let paymentDeadline = CivilDate(2022, 10, 19)
}

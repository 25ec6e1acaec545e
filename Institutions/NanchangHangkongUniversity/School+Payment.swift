import TucaiKernel

extension School {
    public var fee: Fee? { Self.captureFee }
    public var paymentRoutes: [PaymentRoute] { [Self.perClass] }

    static let perClass = PaymentRoute(
        "以班级为单位缴纳", payer: .classCollector, timing: .byDeadline, price: .yuan(15), collector: feeCollector, mode: .collective,
        deadline: paymentDeadline, quote: "请以班级为单位，于10月19日前将费用统一交给学院教务员老师"
    )

    static let captureFee = Fee(
        [Fee.Item("拍摄制作费", .yuan(15))],
        includes: ["8张2寸像片"],
        basis: "教学厅〔2002〕5号"
    )

    static let feeCollector = "学院教务员老师"

    // "于10月19日前" is read as "by 19 October", the day before capture starts.
    static let paymentDeadline = CivilDate(2022, 10, 19)
}

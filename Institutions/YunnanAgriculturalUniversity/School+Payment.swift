import TucaiKernel

extension School {
    public var fee: Fee? { Self.captureFee }
    public var paymentRoutes: [PaymentRoute] { [Self.inMiniProgram] }
    public var refund: RefundRule? { Self.unusedReservationRefund }

    static let captureFee = Fee(
        [Fee.Item("拍摄费", .yuan(15)), Fee.Item("上网信息网页制作费", .yuan(15))],
        basis: "云教函[2013]165号"
    )

    static let inMiniProgram = PaymentRoute(
        "小程序预约缴费", payer: .student, timing: .atReservation, price: .yuan(30), channel: .inApp(miniProgram), mode: .collective,
        quote: "选择采集时间进行预约，支付采集费用完成预约"
    )

    /// 附件2 Q4: orders still open when the campus collection is over are cancelled together.
    static let unusedReservationRefund = RefundRule(
        .reservedButNotCaptured, after: .campusCollectionEnds, withinWorkingDays: 3, toOriginalChannel: true
    )
}

import TucaiKernel

extension School {
    public var fee: Fee? { Self.captureFee }
    public var payer: Payer { .individual }
    public var paymentChannels: [PaymentChannel] { [.inApp(Self.miniProgram)] }
    public var paymentTiming: PaymentTiming? { .atReservation }
    public var refund: RefundRule? { Self.unusedReservationRefund }

    static let captureFee = Fee(
        [Fee.Item("拍摄费", .yuan(15)), Fee.Item("上网信息网页制作费", .yuan(15))],
        basis: "云教函[2013]165号"
    )

    /// 附件2 Q4: orders still open when the campus collection is over are cancelled together.
    static let unusedReservationRefund = RefundRule(
        .reservedButNotCaptured, after: .campusCollectionEnds, withinWorkingDays: 3, toOriginalChannel: true
    )
}

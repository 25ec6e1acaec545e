import TucaiKernel

extension Term where Kind == PaymentTimingKind {
    /// 哈工大: the sentence that would say how and when the fee is paid is cut off after "交采". The route's fee is
    /// the on-site shoot's, but nothing says whether it is paid at the station, before or after the photo.
    static var hitTimingCutOff: PaymentTiming {
        PaymentTiming("timingCutOff", chinese: "⟦缴费时间与方式：原文截断⟧", english: "when and how: cut off in the text")
    }
}

extension School {
    public var fee: Fee? { Self.captureFee }
    public var paymentRoutes: [PaymentRoute] { [Self.onSite] }

    /// Printed "20/人": the unit 元 was lost in extraction. `Money` counts fen, so this is read as 20 元 (2,000
    /// fen); the notice's own words do not say 元.
    static let captureFee = Fee.flat(.yuan(20), "采集费用")

    /// The fee of the on-site shoot by the capture unit. The payer is taken to be each student from "/人"
    /// (per person): the sentence stops before saying who pays whom ("交采…", the payee cut off), and the
    /// engine matches payments only from a student or a class. Channel and collector are not stated.
    static let onSite = PaymentRoute(
        "线下集中采集", payer: .student, timing: .hitTimingCutOff, basis: .perStudent, price: .yuan(20), mode: .collective,
        quote: "学校组织具有毕业生图像采集资质的采集单位入校现场拍照,采集费用20/人交采"
    )
}

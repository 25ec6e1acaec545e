import TucaiKernel

extension Term where Kind == PaymentChannelKind {
    /// WeChat, by scanning the collector's code (山西林业: 经微信扫码方式交采集人员).
    static var sxlyWeChatScan: PaymentChannel {
        PaymentChannel("wechatScan", chinese: "微信扫码", english: "WeChat, scanning the collector's code")
    }
}

extension Term where Kind == PaymentTimingKind {
    /// 山西林业: "通过采集平台支付". Paid inside the platform; whether before or after the photo is not said (the
    /// online capture's own date is still to be announced), so the camera is not made to wait for it.
    static var sxlyThroughPlatform: PaymentTiming {
        PaymentTiming("throughPlatform", chinese: "通过采集平台支付⟦先后未写⟧", english: "in the capture platform, before or after the photo not stated")
    }
}

extension School {
    /// Two prices for two routes. `Fee` sums its items, so it cannot hold two alternatives: the fee kept here is
    /// the on-site one (the collective capture this campaign runs); the online 30 元 is on its route.
    public var fee: Fee? { Self.onSiteFee }
    public var paymentRoutes: [PaymentRoute] { [Self.onSite, Self.online] }

    static let onSiteFee = Fee.flat(.yuan(20), "现场采集费用")

    /// On site, per class, after the shoot, for the number photographed. The notice also says the money is
    /// "以班为单位提前微信收取": the class gathers it from its students by WeChat beforehand; that happens inside
    /// the class, and what reaches the campaign is the leader's one payment after the class is done
    /// ("待本班学生采集完毕后…按采集人数…交采集人员"), which must equal the number actually photographed
    /// ("所交费用必须与实际采集人数一致"): the route matcher takes 20 元 times the students it covers, and the
    /// payment-after-capture rule credits only photographed students.
    static let onSite = PaymentRoute(
        "现场采集", payer: .classCollector, timing: .onSiteAfterCapture, basis: .perStudentPhotographed, price: .yuan(20),
        channel: .sxlyWeChatScan, collector: "采集人员", mode: .collective,
        quote: "待本班学生采集完毕后,各班负责人统一按采集人数将费用经微信扫码方式交采集人员,所交费用必须与实际采集人数一致"
    )

    /// Online, each student, in the platform.
    static let online = PaymentRoute(
        "线上采集", payer: .student, timing: .sxlyThroughPlatform, basis: .perStudent, price: .yuan(30),
        channel: .inApp("采集平台"), mode: .onlineSelf,
        quote: "线上采集费用:30元/人(通过采集平台支付)"
    )
}

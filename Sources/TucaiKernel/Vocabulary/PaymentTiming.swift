public enum PaymentTimingKind: TermKind { public static let noun = "payment timing" }

/// When, relative to the capture, a route's money is due.
public typealias PaymentTiming = Term<PaymentTimingKind>

extension Term where Kind == PaymentTimingKind {
    /// While booking a slot.
    public static var atReservation: PaymentTiming { PaymentTiming("atReservation", chinese: "预约时支付", english: "at reservation") }
    /// By a date before the capture (the route's `deadline`).
    public static var byDeadline: PaymentTiming { PaymentTiming("byDeadline", chinese: "截止日期前缴纳", english: "by a deadline") }
    /// At the station, before the camera.
    public static var onSiteBeforeCapture: PaymentTiming { PaymentTiming("onSiteBeforeCapture", chinese: "现场缴费后采集", english: "on site, before capture") }
    /// At the station, the notice not saying whether before or after the photo.
    public static var onSite: PaymentTiming { PaymentTiming("onSite", chinese: "现场缴费", english: "on site") }
    /// At the station once the photo is taken (a class pays for the number actually photographed).
    public static var onSiteAfterCapture: PaymentTiming { PaymentTiming("onSiteAfterCapture", chinese: "采集完毕后现场缴费", english: "on site, after capture") }
    /// Inside the capture platform, before the phone takes the photo.
    public static var inPlatformBeforePhoto: PaymentTiming {
        PaymentTiming("inPlatformBeforePhoto", chinese: "线上支付后拍照", english: "online in the platform, before the photo")
    }
}

public enum PaymentChannelKind: TermKind { public static let noun = "payment channel" }

/// How money moves.
public typealias PaymentChannel = Term<PaymentChannelKind>

extension Term where Kind == PaymentChannelKind {
    public static var wechatPay: PaymentChannel { PaymentChannel("wechatPay", chinese: "微信支付", english: "WeChat Pay") }
    public static var alipay: PaymentChannel { PaymentChannel("alipay", chinese: "支付宝", english: "Alipay") }
    public static var cash: PaymentChannel { PaymentChannel("cash", chinese: "现金", english: "cash") }
    /// A QR code at the station that the student scans to pay (ZJUT: 现场扫码支付).
    public static var scanToPay: PaymentChannel { PaymentChannel("scanToPay", chinese: "扫码支付", english: "scan a code to pay") }
    /// A QR code where the student types the ID number to look up and pay their own bill (Lishui).
    public static var qrLookupByIDNumber: PaymentChannel {
        PaymentChannel("qrLookupByIDNumber", chinese: "扫码输入身份证号缴费", english: "QR code, look up by ID number")
    }
    /// Paid inside an app or mini-program (YNAU's 高校学生图像采集; a capture platform).
    public static func inApp(_ app: String) -> PaymentChannel {
        PaymentChannel("inApp:\(app)", chinese: "\(app)内支付", english: "in the \(app) app")
    }
}

/// How money moves.
public enum PaymentChannel: Hashable, Sendable, Codable, CustomStringConvertible {
    case wechatPay
    case alipay
    case cash
    /// Paid inside a mini-program while reserving (YNAU's 高校学生图像采集).
    case inApp(String)
    /// A QR code where the student types the ID number to look up and pay their own bill (Lishui).
    case qrLookupByIDNumber

    public var description: String {
        switch self {
        case .wechatPay: "WeChat Pay"
        case .alipay: "Alipay"
        case .cash: "cash"
        case let .inApp(app): "in the \(app) app"
        case .qrLookupByIDNumber: "QR code, look up by ID number"
        }
    }
}

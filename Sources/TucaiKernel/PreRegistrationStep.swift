/// What a student must do before the capture day. An empty list means nothing: turn up.
public enum PreRegistrationStep: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Real-name authentication in an app (YNAU: 上传身份证正反面照片，输入本人名下实名认证借记卡卡号，填写银行预留手机号).
    case realNameAuthentication(app: String, requires: [String])
    /// Book a slot in an app; `paysFee` when booking takes the fee (YNAU 支付采集费用完成预约).
    case reservation(app: String, paysFee: Bool)
    /// Obtain the 学信网 image collection code and keep it on the phone (UCAS).
    case obtainCollectionCode(channels: [String])
    /// Receive a printed sequence slip and sign for it (Lishui: 学生签名后领取拍摄序号).
    case receiveSequenceSlip(from: String, signed: Bool)
    /// Pay by a deadline before the day.
    case payBy(CivilDate)

    public var description: String {
        switch self {
        case let .realNameAuthentication(app, requires):
            "real-name authentication in \(app): " + requires.joined(separator: "; ")
        case let .reservation(app, pays):
            "reserve a slot in \(app)" + (pays ? ", paying the fee" : "")
        case let .obtainCollectionCode(channels):
            "obtain the 学信网 collection code (" + channels.joined(separator: " / ") + ")"
        case let .receiveSequenceSlip(from, signed):
            "receive the printed sequence slip from \(from)" + (signed ? ", signing for it" : "")
        case let .payBy(date):
            "pay by \(date)"
        }
    }
}

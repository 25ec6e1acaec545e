/// What a student shows at the camera so the photo is attached to the right record.
public enum Credential: String, Hashable, Sendable, Codable, CaseIterable, CustomStringConvertible {
    case residentIDCard = "2nd-generation resident ID card"
    case reservationQRCode = "reservation QR code"
    case collectionCode = "学信网 collection code"
    case sequenceSlip = "printed sequence slip"
    case studentCard = "student card"
    case onSiteReservation = "on-site reservation with staff"

    public var chinese: String {
        switch self {
        case .residentIDCard: "第二代居民身份证"
        case .reservationQRCode: "预约二维码"
        case .collectionCode: "学信网图像采集码"
        case .sequenceSlip: "拍摄序号"
        case .studentCard: "学生证"
        case .onSiteReservation: "现场预约"
        }
    }

    public var description: String { rawValue }

    /// Reads a credential as event files write it: the case name or the Chinese.
    public init?(named text: String) {
        let t = text.trimmingWhitespace()
        if let c = Credential.allCases.first(where: { "\($0)" == t || $0.chinese == t || $0.caseName == t }) {
            self = c
        } else {
            return nil
        }
    }

    public var caseName: String {
        switch self {
        case .residentIDCard: "residentIDCard"
        case .reservationQRCode: "reservationQRCode"
        case .collectionCode: "collectionCode"
        case .sequenceSlip: "sequenceSlip"
        case .studentCard: "studentCard"
        case .onSiteReservation: "onSiteReservation"
        }
    }
}

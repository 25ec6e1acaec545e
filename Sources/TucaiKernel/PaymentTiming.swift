/// When the fee is due.
public enum PaymentTiming: Hashable, Sendable, Codable, CustomStringConvertible {
    /// While booking a slot.
    case atReservation
    /// At the station, before the camera; `exclusive` when nothing else is accepted
    /// (YNU: 采集当天当面支付完成方可进行采集，不接受其他缴费方式).
    case onSiteBeforeCapture(exclusive: Bool)
    /// At the station, order unspecified.
    case onSite
    /// By a date before the campaign.
    case byDeadline(CivilDate)

    public var description: String {
        switch self {
        case .atReservation: "at reservation"
        case let .onSiteBeforeCapture(exclusive): "on site, before capture" + (exclusive ? "; no other way accepted" : "")
        case .onSite: "on site"
        case let .byDeadline(date): "by \(date)"
        }
    }

    /// Whether the station must see the fee paid before it photographs.
    public var requiredBeforeCapture: Bool {
        switch self {
        case .onSite: false
        default: true
        }
    }
}

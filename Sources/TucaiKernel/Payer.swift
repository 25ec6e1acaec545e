/// Who hands over the money.
public enum Payer: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Each student pays for themself.
    case individual
    /// A class's fees are collected and handed over in one sum (NCHU: 以班级为单位…统一交给学院教务员老师).
    case classCollected(by: String)

    public var description: String {
        switch self {
        case .individual: "each student individually"
        case let .classCollected(by): "collected per class, handed to \(by)"
        }
    }
}

/// How the capture sequence number (拍摄序号) that ties a photo to a student arises.
public enum SequenceNumbering: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Issued when the student swipes the ID card at the station (NCHU: 刷完身份证后即生成“拍摄序号”).
    case onIDCardSwipe
    /// Printed in advance by the agency and handed out by the college (Lishui).
    case prePrinted(by: String, distributedBy: String)
    /// Issued when the station scans a code that already identifies the student (reservation QR, 学信网 code).
    case onCodeScan
    /// By student number within the class.
    case byStudentNumberWithinClass

    public var description: String {
        switch self {
        case .onIDCardSwipe: "issued on ID-card swipe"
        case let .prePrinted(by, distributedBy): "pre-printed by \(by), handed out by \(distributedBy)"
        case .onCodeScan: "issued when the code is scanned"
        case .byStudentNumberWithinClass: "by student number within class"
        }
    }
}

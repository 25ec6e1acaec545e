import TucaiKernel

/// What one student's slip says: who they are, when and where to come, and the token the station scans.
/// Made from plain values, so that a sheet can be printed from any source, not only a campaign store.
public struct Slip: Hashable, Sendable {
    public let name: String
    /// The resident ID number as `Masked.number` shows it, or nil when the roster has none. The slip is
    /// handed around, left on desks and photographed; the station checks the card itself.
    public let maskedID: String?
    public let studentNumber: String
    public let className: String
    public let college: String?
    /// When to come ("5月20日（周六）08:30–09:00"), or nil when no session is assigned yet.
    public let session: String?
    public let room: String?
    /// The 拍摄序号 issued beforehand, where the school numbers before the day.
    public let sequenceNumber: String?
    /// The signed token (`SlipToken.sign`) the QR code carries.
    public let token: String

    /// Takes the ID number whole and keeps it masked, so that no caller can put a full number on a slip.
    public init(name: String, idNumber: String?, studentNumber: String, className: String, college: String? = nil,
                session: String? = nil, room: String? = nil, sequenceNumber: String? = nil, token: String) {
        self.name = name
        maskedID = idNumber.map(Masked.number)
        self.studentNumber = studentNumber; self.className = className; self.college = college
        self.session = session; self.room = room; self.sequenceNumber = sequenceNumber; self.token = token
    }

    /// A session as a slip words it: the date with its weekday, then the hours. The year is left to the
    /// sheet's title, so that the line fits beside the QR code.
    public static func session(_ assignment: SessionAssignment) -> String {
        let date = assignment.date
        return "\(date.chineseMonthDay)（周\(date.weekday.chineseNumeral)）\(assignment.start)–\(assignment.end)"
    }
}

/// How students line up inside a session.
public enum SessionOrdering: Hashable, Sendable, Codable, CustomStringConvertible {
    /// In the order of the sequence numbers the station issued; jumping the queue is forbidden.
    case bySequenceNumber
    /// Class by class, by student number within a class (Lishui: 以班级为单位、以学号为拍摄顺序).
    case byStudentNumberWithinClass
    /// A queue kept by the unit's own marshal (YNU: 按次序排队).
    case queue
    /// In the order of reservations.
    case byReservation

    public var description: String {
        switch self {
        case .bySequenceNumber: "by sequence number, no queue-jumping"
        case .byStudentNumberWithinClass: "class by class, by student number within class"
        case .queue: "in a queue kept by the unit"
        case .byReservation: "by reservation time"
        }
    }
}

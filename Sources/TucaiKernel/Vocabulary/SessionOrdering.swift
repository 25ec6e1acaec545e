public enum SessionOrderingKind: TermKind { public static let noun = "queue order" }

/// How students line up inside a session.
public typealias SessionOrdering = Term<SessionOrderingKind>

extension Term where Kind == SessionOrderingKind {
    /// In the order of the sequence numbers the station issued; jumping the queue is forbidden.
    public static var bySequenceNumber: SessionOrdering {
        SessionOrdering("bySequenceNumber", chinese: "按拍摄序号", english: "by sequence number, no queue-jumping")
    }
    /// Class by class, by student number within a class (Lishui: 以班级为单位、以学号为拍摄顺序).
    public static var byStudentNumberWithinClass: SessionOrdering {
        SessionOrdering("byStudentNumberWithinClass", chinese: "以班级为单位按学号", english: "class by class, by student number within class")
    }
    /// A queue kept by the unit's own marshal (YNU: 按次序排队).
    public static var queue: SessionOrdering { SessionOrdering("queue", chinese: "按次序排队", english: "in a queue kept by the unit") }
    public static var byReservation: SessionOrdering { SessionOrdering("byReservation", chinese: "按预约时间", english: "by reservation time") }
    /// In the order students signed the list at the station (ZJUT: 严格按照登记顺序等候拍照).
    public static var bySignUpOrder: SessionOrdering { SessionOrdering("bySignUpOrder", chinese: "按登记顺序", english: "in the order signed up at the station") }
    /// In the order the ID cards were read; no changing places after the swipe (安徽农业大学).
    public static var byIDCardSwipe: SessionOrdering {
        SessionOrdering("byIDCardSwipe", chinese: "按刷身份证顺序", english: "in the order the ID cards were read, no changing places")
    }
    /// The class leader calls the roll in shooting order (山西林业: 根据实际拍摄顺序，负责点名采集).
    public static var rollCallByClassLeader: SessionOrdering {
        SessionOrdering("rollCallByClassLeader", chinese: "班级负责人点名", english: "roll call by the class leader, in shooting order")
    }
}

/// How the student checks the photo on 学信网 after capture.
public struct Verification: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Timing: Hashable, Sendable, Codable, CustomStringConvertible {
        /// Check within this many days of capture (YNU: 采集完 40 日内).
        case within(days: Int)
        /// Check once this many days have passed (YNAU: 拍照40天以后).
        case after(days: Int)
        public var description: String {
            switch self {
            case let .within(days): "within \(days) days of capture"
            case let .after(days): "from \(days) days after capture"
            }
        }
    }

    public var site: String
    public var timing: Timing?
    /// Days to report a wrong photo (YNU: 一周内).
    public var objectionWindowDays: Int?
    /// Whether not checking, or not objecting, counts as accepting the photo.
    public var silenceIsAcceptance: Stated<Bool>
    public var reportTo: String?
    /// The day the registry's records for a graduating cohort lock (月, 日 of the graduation year): a photo rejected
    /// on 学信网 must be retaken before it. National practice is 1 July; a school or year that differs says so.
    public var recordsLockMonth = 7
    public var recordsLockDay = 1

    /// The last day a rejected photo can be retaken for a cohort graduating in `graduationYear`.
    public func lastRetakeDay(graduationYear: Int) -> CivilDate {
        CivilDate(graduationYear, recordsLockMonth, recordsLockDay).adding(days: -1)
    }

    /// The last day a photo rejected on `day` can be retaken: within the objection window where the school
    /// gives one (YNU: 一周内), and always before the records lock. The window is read as the time the school
    /// allows to act on a wrong photo once it is known wrong; a school whose notice sets a retake deadline of its
    /// own says so through its make-up route's deadline, which the engine also applies.
    public func retakeDeadline(rejectedOn day: CivilDate, graduationYear: Int) -> CivilDate {
        let lock = lastRetakeDay(graduationYear: graduationYear)
        guard let objectionWindowDays else { return lock }
        return min(lock, day.adding(days: objectionWindowDays))
    }

    public init(site: String = "学信网 https://www.chsi.com.cn", timing: Timing?, objectionWindowDays: Int? = nil,
                silenceIsAcceptance: Stated<Bool> = .notStated, reportTo: String? = nil) {
        self.site = site; self.timing = timing; self.objectionWindowDays = objectionWindowDays
        self.silenceIsAcceptance = silenceIsAcceptance; self.reportTo = reportTo
    }

    public var description: String {
        var parts = ["on \(site)"]
        if let timing { parts.append(timing.description) }
        if let objectionWindowDays { parts.append("objections within \(objectionWindowDays) days") }
        if silenceIsAcceptance.isYes { parts.append("silence counts as acceptance") }
        if let reportTo { parts.append("errors to \(reportTo)") }
        return parts.joined(separator: "; ")
    }
}

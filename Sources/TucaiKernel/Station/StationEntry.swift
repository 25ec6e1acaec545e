/// One line of a capture station's log: what the station saw (a scan, a camera file) and what it or its
/// operator decided. The log is kept beside the students' histories, not instead of them: a history says what
/// became of a student, the log says in which order a station met students and frames, which is what finds an
/// off-by-one shift after the fact (`tucai reconcile`'s scan × frame × payment check).
public struct StationEntry: Hashable, Sendable, CustomStringConvertible {
    /// What happened at the station.
    public enum Kind: String, Sendable, CaseIterable {
        /// A student identified at the camera (and numbered, where the school numbers at the scan).
        case scan
        /// A scan or command the station refused, with the reason.
        case refused
        /// Money taken at the station for the student waiting.
        case payment
        /// A camera file bound to the student waiting.
        case bound
        /// A camera file that was bound to no one: no student waiting, payment due, or a failed photo.
        case unbound
        /// A second photo of the student just photographed, which becomes the chosen one.
        case retake
        /// The last binding undone by the operator.
        case undone
        /// The student waiting was released without a photo (they left the queue).
        case released
        /// A drift guard fired: the station stopped and asked the operator.
        case flag
        /// What the operator chose after a flag.
        case choice
    }

    public var station: String
    /// Seconds since 1970-01-01T00:00:00Z: the station orders scans and frames within a minute, finer than a
    /// `Moment`.
    public var unixSeconds: Int
    public var kind: Kind
    public var student: String?
    /// The camera's frame number, read from the file's name (IMG_0123.JPG, capt0004.jpg).
    public var frame: Int?
    /// The camera's own clock (EXIF DateTimeOriginal), read as Beijing time, in seconds since 1970.
    public var cameraSeconds: Int?
    /// The file as stored after binding, or as the camera named it when unbound.
    public var file: String?
    /// Lowercase hex SHA-256 of the camera file, where there is one.
    public var sha256: String?
    /// The reason, the number, the receipt: one line for people, never a full ID number.
    public var note: String

    public init(station: String, unixSeconds: Int, kind: Kind, student: String? = nil, frame: Int? = nil,
                cameraSeconds: Int? = nil, file: String? = nil, sha256: String? = nil, note: String = "") {
        self.station = station; self.unixSeconds = unixSeconds; self.kind = kind; self.student = student
        self.frame = frame; self.cameraSeconds = cameraSeconds; self.file = file; self.sha256 = sha256; self.note = note
    }

    /// The entry's time on Beijing's clock.
    public var moment: Moment { Moment(unixSeconds: unixSeconds) }

    /// "2022-11-19T08:30:05+08:00".
    public static func clock(_ unixSeconds: Int) -> String {
        let moment = Moment(unixSeconds: unixSeconds)
        let second = ((unixSeconds % 60) + 60) % 60
        return "\(moment.date)T\(moment.time):\(second < 10 ? "0" : "")\(second)+08:00"
    }

    public var description: String {
        "\(Self.clock(unixSeconds)) \(station) \(kind.rawValue)" + (student.map { " \($0)" } ?? "")
            + (frame.map { " frame \($0)" } ?? "") + (note.isEmpty ? "" : ": \(note)")
    }
}

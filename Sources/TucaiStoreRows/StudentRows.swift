import TucaiDigest
import TucaiKernel

/// How a student is laid out in a campaign database, whatever the database: the roster's data and the
/// eligibility in `students`, written once; the current state in `states`, the row each later step rewrites.
/// Column names and positions are the same in SQLite and PostgreSQL, and these functions are the only code that
/// turns a `StudentRecord` into columns and back.
public enum StudentRows {
    public static let studentColumns = [
        "student_number", "name", "id_number", "college", "major", "class_name", "level", "enrolment_year",
        "program_length", "expected_graduation", "previous_capture", "graduates_on_time", "graduating_early", "roster_line",
        "eligibility", "eligibility_reason",
    ]
    public static let stateColumns = [
        "stage", "notified", "pre_registered", "session_index", "session_source",
        "session_unit", "session_room", "session_date", "session_start", "session_end", "paid_fen", "fee_settled",
        "credential", "sequence_series", "sequence_value", "photo_path", "photo_sha256", "photo_taken_at",
        "photo_make_up_route", "export_batch", "verification_open", "verification_ends", "closed", "missed",
        "make_up_route", "make_up_place", "make_up_on_campus", "make_up_deadline", "deferred", "refund_fen",
        "refund_due", "refund_reason",
    ]
    /// Columns SQLite's later migrations added come last, after the state's, so the positions read below stay put.
    public static let laterStudentColumns = ["categories", "id_sealed", "id_lookup"]

    /// `SELECT` of every column `read` takes, in its order, from `students` joined to `states`.
    public static let select = "SELECT ordinal, " + (studentColumns + stateColumns + laterStudentColumns).joined(separator: ", ")
        + " FROM students JOIN states USING (ordinal)"
    /// The filter as a condition on the `states` columns, true exactly when `read` would give a record the filter
    /// admits: a capture is read only when its path, digest and moment are all there.
    public static func condition(_ filter: StudentFilter) -> String {
        switch filter {
        case .withoutPhoto: "(photo_path IS NULL OR photo_sha256 IS NULL OR photo_taken_at IS NULL)"
        }
    }

    /// The columns `bindNew` binds, in its order.
    public static let insertedColumns = studentColumns + laterStudentColumns

    /// Binds every column of a new `students` row, from parameter 1: the roster's data and the eligibility,
    /// written once. The ID number goes in sealed, with its lookup hash; the clear column stays NULL.
    public static func bindNew(_ record: StudentRecord, to statement: some RowBinding, key: IDNumberKey) {
        let s = record.student
        statement.bind(1, s.studentNumber); statement.bind(2, s.name); statement.bind(3, nil as String?)
        statement.bind(4, s.college); statement.bind(5, s.major); statement.bind(6, s.className)
        statement.bind(7, s.level?.rawValue); statement.bind(8, s.enrolmentYear); statement.bind(9, s.programLength)
        statement.bind(10, s.expectedGraduation.map { "\($0)" }); statement.bind(11, s.previousCapture?.description)
        statement.bind(12, s.graduatesOnTime); statement.bind(13, s.graduatingEarly); statement.bind(14, record.rosterLine)
        statement.bind(15, record.eligibility.kind); statement.bind(16, record.eligibility.reason)
        statement.bind(17, s.categories.isEmpty ? nil : s.categories.map(\.id).joined(separator: ","))
        statement.bind(18, s.idNumber.map { key.seal($0, for: s.studentNumber) }); statement.bind(19, s.idNumber.map(key.lookupHash))
    }

    /// Binds the `stateColumns` of `groups`, in order, from parameter `first`: every one by default.
    public static func bindState(_ record: StudentRecord, to statement: some RowBinding, from first: Int32, only groups: StateColumns = .all) {
        let state = record.state
        var i = first
        func next() -> Int32 { defer { i += 1 }; return i }
        if groups.contains(.stage) { statement.bind(next(), record.stage.rawValue) }
        if groups.contains(.notified) { statement.bind(next(), state.notified) }
        if groups.contains(.preRegistered) { statement.bind(next(), state.preRegistered) }
        if groups.contains(.assignment) {
            let a = state.assignment
            statement.bind(next(), a?.session); statement.bind(next(), a?.source.rawValue); statement.bind(next(), a?.unit)
            statement.bind(next(), a?.room); statement.bind(next(), a?.date.description)
            statement.bind(next(), a.map { "\($0.start)" }); statement.bind(next(), a.map { "\($0.end)" })
        }
        if groups.contains(.paid) { statement.bind(next(), state.paid.fen) }
        if groups.contains(.feeSettled) { statement.bind(next(), state.feeSettled) }
        if groups.contains(.credential) { statement.bind(next(), state.credential?.id) }
        if groups.contains(.sequence) { statement.bind(next(), state.sequenceNumber?.series); statement.bind(next(), state.sequenceNumber?.value) }
        if groups.contains(.capture) {
            let c = state.capture
            statement.bind(next(), c?.path); statement.bind(next(), c.map { PhotoCapture.storedDigest($0.sha256) }); statement.bind(next(), c?.at.unixSeconds)
            statement.bind(next(), c?.makeUpRoute)
        }
        if groups.contains(.exportBatch) { statement.bind(next(), state.exportBatch) }
        if groups.contains(.verificationOpen) { statement.bind(next(), state.verificationOpen) }
        if groups.contains(.verificationEnds) { statement.bind(next(), state.verificationEnds?.description) }
        if groups.contains(.closed) { statement.bind(next(), state.closed) }
        if groups.contains(.missed) { statement.bind(next(), state.missed) }
        if groups.contains(.makeUp) {
            let m = state.makeUp
            statement.bind(next(), m?.route); statement.bind(next(), m?.place); statement.bind(next(), m.map { $0.onCampus ? 1 : 0 })
            statement.bind(next(), m?.deadline?.description)
        }
        if groups.contains(.deferred) { statement.bind(next(), state.deferred) }
        if groups.contains(.refund) {
            let r = state.refund
            statement.bind(next(), r?.amount.fen); statement.bind(next(), r?.due.description); statement.bind(next(), r?.reason)
        }
    }

    /// The kernel's credentials by identifier, made once: `Credential.standard` makes them anew on each call.
    private static let standardCredentials = Dictionary(uniqueKeysWithValues: Credential.standard.map { ($0.id, $0) })

    /// The record in a row of `select`; a sealed ID number that does not open with `key` is refused.
    public static func read(_ s: some RowValues, key: IDNumberKey) throws(UnreadableRow) -> StudentRecord {
        let number = s.text(1) ?? ""
        var idNumber = s.text(3)
        if let sealed = s.text(Int32(2 + studentColumns.count + stateColumns.count)) {
            guard let opened = key.unseal(sealed, for: number) else {
                throw UnreadableRow("the ID number of student \(number) does not open with the key \(key.path) (altered, or moved from another row)")
            }
            idNumber = opened
        }
        func date(_ column: Int32) -> CivilDate? { s.text(column).flatMap { CivilDate(iso: $0) } }
        func time(_ column: Int32) -> TimeOfDay? { s.text(column).flatMap { TimeOfDay(parsing: $0) } }
        let expected = s.text(10).flatMap(YearMonth.init(stored:))
        let student = Student(
            studentNumber: number, name: s.text(2) ?? "", idNumber: idNumber, college: s.text(4),
            major: s.text(5), className: s.text(6), level: s.text(7).flatMap(DegreeLevel.init(rawValue:)),
            enrolmentYear: s.int(8), programLength: s.int(9), expectedGraduation: expected, previousCapture: date(11),
            graduatesOnTime: s.bool(12), graduatingEarly: s.bool(13),
            categories: (s.text(Int32(1 + studentColumns.count + stateColumns.count)) ?? "").split(separator: ",").map { id in
                StudentCategory.named(String(id), among: StudentCategory.standard) ?? StudentCategory(String(id), chinese: String(id), english: String(id))
            })
        let eligibility = Eligibility(kind: s.text(15) ?? "", reason: s.text(16) ?? "") ?? .outOfScope(because: "unreadable eligibility")
        var state = StudentState()
        state.notified = s.bool(18); state.preRegistered = s.bool(19)
        if let index = s.int(20), let source = s.text(21).flatMap(SessionAssignment.Source.init(rawValue:)),
           let day = date(24), let start = time(25), let end = time(26) {
            state.assignment = SessionAssignment(session: index, source: source, unit: s.text(22) ?? "", room: s.text(23),
                                                 date: day, start: start, end: end)
        }
        state.paid = Money(fen: s.int(27) ?? 0); state.feeSettled = s.bool(28)
        state.credential = s.text(29).flatMap { standardCredentials[$0] ?? Credential.parse($0, among: Credential.standard) ?? Credential.stored($0) }
        if let series = s.text(30), let value = s.int(31) { state.sequenceNumber = SequenceNumber(series: series, value: value) }
        if let path = s.text(32), let sha = s.text(33), let taken = s.int(34) {
            state.capture = PhotoCapture(path: path, sha256: PhotoCapture.digest(fromStored: sha), at: Moment(unixSeconds: taken), makeUpRoute: s.text(35))
        }
        state.exportBatch = s.text(36); state.verificationOpen = s.bool(37); state.verificationEnds = date(38)
        state.closed = s.bool(39); state.missed = s.bool(40)
        if let route = s.text(41) {
            state.makeUp = MakeUpAssignment(route: route, place: s.text(42) ?? "", onCampus: s.int(43) == 1, deadline: date(44))
        }
        state.deferred = s.bool(45)
        if let fen = s.int(46), let due = date(47) { state.refund = Refund(amount: Money(fen: fen), due: due, reason: s.text(48) ?? "") }
        return StudentRecord(ordinal: s.int(0) ?? 0, student: student, eligibility: eligibility, rosterLine: s.int(14), state: state)
    }
}

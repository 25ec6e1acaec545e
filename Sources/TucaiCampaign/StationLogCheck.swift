import TucaiKernel

/// The after-the-fact check over the stations' logs: scans × camera frames × payments. A student who leaves
/// the queue after the scan shifts every later photo by one (notices warn of it: 如有一人错位即可能导致所有照片
/// 错位); the station asks the operator at once, but an operator who answered wrongly, or a station
/// run offline and merged, leaves the shift in the records. Each finding names the students affected.
///
/// What it finds, per station, in the order the log recorded:
/// - a photo whose camera time (EXIF) falls after another student was scanned at that station, later than the
///   student it is bound to: the photo may show that other student, and each binding after it, up to the
///   first photo taken in its own student's turn again, is suspect too;
/// - camera frames out of order or seen twice, and frames missing between two the station saw (a photo that
///   never reached the hot folder);
/// - money taken at a station for a student who then has no photo and was not released.
public enum StationLogCheck {
    public struct Finding: Sendable, Equatable {
        public var station: String
        /// The students concerned, the one the photo is bound to first.
        public var students: [String]
        public var frame: Int?
        public var note: String
    }

    public static func findings(_ entries: [StationEntry], records: [StudentRecord]) -> [Finding] {
        findings(entries, captured: Set(records.filter { $0.state.capture != nil }.map(\.number)))
    }

    /// `captured` need hold only the photographed students among those the log names (`studentsNamed`).
    public static func findings(_ entries: [StationEntry], captured: Set<String>) -> [Finding] {
        var findings: [Finding] = []
        for station in orderedStations(entries) {
            let log = entries.filter { $0.station == station }
            findings += shifts(in: log, station: station)
            findings += frames(in: log, station: station)
            findings += unpaidPhotos(in: log, station: station, captured: captured)
        }
        return findings
    }

    /// The students the log names, the only ones whose photos the check asks about.
    public static func studentsNamed(in entries: [StationEntry]) -> Set<String> {
        Set(entries.compactMap(\.student))
    }

    private static func orderedStations(_ entries: [StationEntry]) -> [String] {
        var seen = Set<String>()
        return entries.map(\.station).filter { seen.insert($0).inserted }
    }

    /// A scan of someone at this station: accepted, or set aside by a drift flag ("second scan (T) …").
    private static func scannedStudent(_ entry: StationEntry) -> String? {
        switch entry.kind {
        case .scan: return entry.student
        case .flag where entry.note.hasPrefix("second scan ("):
            return entry.note.dropFirst("second scan (".count).prefix { $0 != ")" }.description
        default: return nil
        }
    }

    private static func shifts(in log: [StationEntry], station: String) -> [Finding] {
        var findings: [Finding] = []
        var scans: [(student: String, seconds: Int)] = []
        var shifted = false
        for entry in log {
            if let student = scannedStudent(entry) { scans.append((student, entry.unixSeconds)); continue }
            guard entry.kind == .bound || entry.kind == .retake, let student = entry.student else { continue }
            guard let own = scans.lastIndex(where: { $0.student == student }) else { continue }
            let shot = entry.cameraSeconds ?? entry.unixSeconds
            // Someone else identified at this station after this student and before the shutter.
            if let other = scans[(own + 1)...].last(where: { $0.student != student && $0.seconds <= shot }) {
                findings.append(Finding(station: station, students: [student, other.student], frame: entry.frame,
                                        note: "photo \(entry.file ?? "-") bound to \(student) was taken at \(StationEntry.clock(shot)), "
                                            + "after \(other.student) was scanned (\(StationEntry.clock(other.seconds))): it may show \(other.student)"))
                shifted = true
            } else if shifted, entry.cameraSeconds == nil {
                findings.append(Finding(station: station, students: [student], frame: entry.frame,
                                        note: "photo \(entry.file ?? "-") follows a shifted photo and has no camera time to clear it"))
            } else {
                shifted = false
            }
        }
        return findings
    }

    private static func frames(in log: [StationEntry], station: String) -> [Finding] {
        var findings: [Finding] = []
        var seen: [Int: String] = [:]
        var previous: Int?
        for entry in log where entry.kind == .bound || entry.kind == .retake || entry.kind == .unbound {
            guard let frame = entry.frame else { continue }
            if let first = seen[frame] {
                findings.append(Finding(station: station, students: [entry.student, first].compactMap { $0 }, frame: frame,
                                        note: "frame \(frame) seen twice (\(first == "" ? "unbound" : "first bound to \(first)"))"))
            }
            if let last = previous {
                if frame < last, !(last >= 9_000 && frame < 1_000) {
                    findings.append(Finding(station: station, students: entry.student.map { [$0] } ?? [], frame: frame,
                                            note: "frame \(frame) came after frame \(last)"))
                } else if frame > last + 1 {
                    findings.append(Finding(station: station, students: entry.student.map { [$0] } ?? [], frame: frame,
                                            note: "frames \(last + 1)" + (frame - 1 > last + 1 ? "-\(frame - 1)" : "") + " never reached the station"))
                }
            }
            seen[frame] = entry.student ?? ""
            previous = frame
        }
        return findings
    }

    private static func unpaidPhotos(in log: [StationEntry], station: String, captured: Set<String>) -> [Finding] {
        var released = Set<String>()
        for entry in log where entry.kind == .released { if let s = entry.student { released.insert(s) } }
        return log.filter { $0.kind == .payment }.compactMap { entry in
            guard let student = entry.student, !captured.contains(student), !released.contains(student) else { return nil }
            return Finding(station: station, students: [student], frame: nil,
                           note: "paid at the station (\(entry.note)) and has no photo: photograph, release or refund")
        }
    }
}

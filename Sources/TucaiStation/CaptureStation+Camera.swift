import Foundation
import TucaiKernel
import TucaiPhoto
import TucaiDigest

extension CaptureStation {
    /// Handles a file the tethered camera wrote into the hot folder: nil while it is not ready to be taken (still
    /// being written, or the operator has a question to answer first); `settled` says the file has stopped
    /// growing, so one that is still no complete JPEG is set aside rather than waited for.
    public func handle(cameraFile path: String, settled: Bool = false) -> Outcome? {
        guard question == nil else { return nil }
        guard let bytes = FileManager.default.contents(atPath: path).map(Array.init) else { return nil }
        let camera: CameraFile
        do {
            camera = try CameraFile(bytes)
            guard camera.isComplete else {
                guard settled else { return nil }
                return try setAside(path: path, because: "not a complete JPEG (\(bytes.count) bytes, no end marker)", flag: true)
            }
        } catch {
            guard settled else { return nil }
            return try? setAside(path: path, because: "not a JPEG the station can read: \(error)", flag: true)
        }
        do {
            let name = (path as NSString).lastPathComponent
            let frame = CameraFrame.number(inFileName: name)
            let shot = camera.dateTimeOriginal.flatMap(Self.exifSeconds)
            var backwards: [String] = []
            if let frame, let last = lastFrame, CameraFrame.runsBackwards(frame, after: last) {
                backwards.append("frame \(frame) comes after frame \(last)")
            }
            if let shot, let last = lastCameraSeconds, shot < last {
                backwards.append("the camera's time \(StationEntry.clock(shot)) is before the last photo's \(StationEntry.clock(last))")
            }
            if !backwards.isEmpty {
                let reason = backwards.joined(separator: "; ")
                question = .suspectFile(path: path, reason: reason)
                try log(.flag, student: waiting?.student, frame: frame, cameraSeconds: shot, file: name, sha256: camera.sha256, note: "runs backwards: \(reason)")
                return report(.flag, "\(name) runs backwards: \(reason). " + question!.prompt)
            }
            return try bind(path: path, checked: true)
        } catch {
            let name = (path as NSString).lastPathComponent
            let kept = FileManager.default.fileExists(atPath: path) ? "stays in the hot folder" : "is kept in \(configuration.photos)/unbound/"
            return report(.refused, "the campaign's store failed: \(error); nothing was recorded and \(name) \(kept)")
        }
    }

    /// Binds the camera file at `path` to the student waiting, after the guards: someone is waiting, nothing is
    /// due, and the registration photo made from it passes every criterion of the school's spec.
    func bind(path: String, checked: Bool) throws -> Outcome {
        let name = (path as NSString).lastPathComponent
        guard let bytes = FileManager.default.contents(atPath: path).map(Array.init), let camera = try? CameraFile(bytes) else {
            return try setAside(path: path, because: "the camera file can no longer be read", flag: true)
        }
        guard let waiting else {
            return try setAside(path: path, because: "a photo with no student waiting at the camera", flag: true)
        }
        guard waiting.due == .zero else {
            return try setAside(path: path, because: "a photo before payment: \(waiting.student) (#\(waiting.ticket)) still owes \(waiting.due)", flag: true)
        }
        let photo: RegistrationPhoto
        do {
            photo = try RegistrationPhoto.make(from: bytes, spec: workflow.institution.registrationPhoto)
        } catch {
            return try setAside(path: path, because: "no registration photo can be made from it (\(error)): take it again", flag: false)
        }
        guard photo.passes else {
            let reasons = photo.refusals.map { "\($0.criterion): \($0.reason)" }.joined(separator: "; ")
            return try setAside(path: path, because: "photo refused for \(waiting.student) — \(reasons): take it again", flag: false)
        }
        let frame = CameraFrame.number(inFileName: name)
        let shot = camera.dateTimeOriginal.flatMap(Self.exifSeconds)
        let base = freeName("\(configuration.station)-\(Self.compact(day))-\(waiting.ticket)-\(waiting.student)")
        let destination = configuration.photos + "/" + base + ".jpg"
        try Self.write(photo.jpeg, to: configuration.photos + "/registration/" + base + ".jpg")
        try Self.move(path, to: destination)
        var result: Outcome?
        do {
            try engine.batch {
                _ = try engine.refresh(student: waiting.student)
                let moment = Moment(unixSeconds: now)
                let steps: [WorkflowStep] = waiting.retake
                    ? [.unbindPhoto(reason: "retaken at station \(configuration.station)"), .capture(path: destination, sha256: camera.sha256)]
                    : [.capture(path: destination, sha256: camera.sha256)]
                let visit = try engine.perform(steps, student: waiting.student, moment: moment)
                if let refusal = visit.refusal {
                    try Self.move(destination, to: unboundPath(for: name))
                    try? FileManager.default.removeItem(atPath: configuration.photos + "/registration/" + base + ".jpg")
                    result = try refuse("photo not bound: " + (refusal.rule.map { "[\($0)] " } ?? "") + refusal.reason
                                        + (refusal.detail.map { " (\($0))" } ?? ""), student: waiting.student)
                    return
                }
                try log(waiting.retake ? .retake : .bound, student: waiting.student, frame: frame, cameraSeconds: shot, file: base + ".jpg",
                        sha256: camera.sha256, note: "#\(waiting.ticket) from \(name)")
            }
        } catch {
            try? Self.move(destination, to: unboundPath(for: name))
            throw error
        }
        if let result { return result }
        noteFrame(frame, shot)
        lastBound = (waiting.student, waiting.ticket, base + ".jpg")
        self.waiting = nil
        return report(.ok, "\(waiting.retake ? "retake" : "photo") \(base).jpg bound to \(waiting.student) (#\(waiting.ticket)); "
                      + "registration photo \(photo.qualityFit)")
    }

    /// Moves a camera file out of the hot folder into `unbound/`, logged with the reason: kept, never deleted.
    func setAside(path: String, because reason: String, flag: Bool) throws -> Outcome {
        let name = (path as NSString).lastPathComponent
        let bytes = FileManager.default.contents(atPath: path).map(Array.init) ?? []
        let camera = try? CameraFile(bytes)
        let frame = CameraFrame.number(inFileName: name)
        let shot = camera?.dateTimeOriginal.flatMap(Self.exifSeconds)
        let target = unboundPath(for: name)
        try Self.move(path, to: target)
        try log(.unbound, student: waiting?.student, frame: frame, cameraSeconds: shot, file: "unbound/" + (target as NSString).lastPathComponent,
                sha256: camera?.sha256 ?? SHA256.hex(bytes), note: reason)
        noteFrame(frame, shot)
        return report(flag ? .flag : .refused, "\(name): \(reason)")
    }

    private func noteFrame(_ frame: Int?, _ shot: Int?) {
        if let frame { lastFrame = frame }
        if let shot { lastCameraSeconds = max(lastCameraSeconds ?? shot, shot) }
    }

    func unboundPath(for name: String) -> String {
        let stem = (name as NSString).deletingPathExtension
        var candidate = configuration.photos + "/unbound/\(configuration.station)-\(Self.compact(day))-\(stem).jpg"
        var n = 2
        while FileManager.default.fileExists(atPath: candidate) {
            candidate = configuration.photos + "/unbound/\(configuration.station)-\(Self.compact(day))-\(stem)-\(n).jpg"
            n += 1
        }
        return candidate
    }

    /// `base`, or `base-r2`, `base-r3`… when a retake already used it: both files are kept.
    private func freeName(_ base: String) -> String {
        var candidate = base, n = 2
        while FileManager.default.fileExists(atPath: configuration.photos + "/" + candidate + ".jpg") {
            candidate = "\(base)-r\(n)"
            n += 1
        }
        return candidate
    }

    static func compact(_ date: CivilDate) -> String { date.description.replacingOccurrences(of: "-", with: "") }

    /// EXIF's "2022:11:19 08:30:05", which cameras write in local time, read on Beijing's clock.
    static func exifSeconds(_ text: String) -> Int? {
        let parts = text.split(separator: " ")
        guard parts.count == 2 else { return nil }
        let date = parts[0].split(separator: ":"), time = parts[1].split(separator: ":")
        guard date.count == 3, time.count == 3, let y = Int(date[0]), let m = Int(date[1]), let d = Int(date[2]),
              let h = Int(time[0]), let mi = Int(time[1]), let s = Int(time[2]), (1...12).contains(m), (1...31).contains(d),
              (0...23).contains(h), (0...59).contains(mi), (0...60).contains(s) else { return nil }
        return Moment(CivilDate(y, m, d), TimeOfDay(h, mi)).unixSeconds + s
    }

    /// Writes the file whole or not at all, on disk before the binding that names it commits.
    static func write(_ bytes: [UInt8], to path: String) throws {
        let temporary = path + ".part"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else {
            throw StationFileError(message: "\(temporary): cannot write")
        }
        let fd = open(temporary, O_RDONLY)
        if fd >= 0 { fsync(fd); close(fd) }
        guard rename(temporary, path) == 0 else { throw StationFileError(message: "\(path): cannot write (\(String(cString: strerror(errno))))") }
    }

    /// A rename, or a copy and delete across file systems (a hot folder on a camera's card).
    static func move(_ source: String, to destination: String) throws {
        if rename(source, destination) == 0 { return }
        guard errno == EXDEV, let bytes = FileManager.default.contents(atPath: source) else {
            throw StationFileError(message: "\(source): cannot move to \(destination) (\(String(cString: strerror(errno))))")
        }
        try write(Array(bytes), to: destination)
        try FileManager.default.removeItem(atPath: source)
    }
}

struct StationFileError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

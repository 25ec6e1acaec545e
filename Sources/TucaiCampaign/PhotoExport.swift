import Foundation
import TucaiKernel
import TucaiDigest

/// The batch of registration photos handed over for submission to the registry: every student photographed and
/// not yet exported, their registration photo (the 480×640 file the station made beside the camera's) named as the
/// policy says, an index, and a manifest of SHA-256 digests.
///
/// The whole export is one store transaction: stations keep working on other files but cannot change a student
/// between the moment their photo is read and the moment they are marked (a station's `undo` or `retake` waits for
/// the export, then applies to the new state). The batch folder is written as `<batch>.part`, renamed when whole,
/// and the transaction commits right after: an export killed before the rename leaves no batch and no student
/// marked; one killed between the rename and the commit leaves a batch no student is marked for, whose students
/// the next export takes again (a batch is never missing for a student marked).
public struct PhotoExport {
    public struct Result: Sendable {
        public var batch: String
        public var folder: String
        public var exported: [String] = []
        /// Students photographed whose registration photo cannot be found or read, with the reason: not exported.
        public var missing: [(student: String, reason: String)] = []
    }

    let engine: CampaignEngine

    public init(engine: CampaignEngine) { self.engine = engine }

    /// Where the station put the registration photo made from `capture`'s camera file.
    public static func registrationPhoto(of capture: PhotoCapture) -> String {
        let url = URL(fileURLWithPath: capture.path)
        return url.deletingLastPathComponent().appendingPathComponent("registration").appendingPathComponent(url.lastPathComponent).path
    }

    public func run(into folder: String, batch: String, at moment: Moment) throws -> Result {
        try engine.batch { try export(into: folder, batch: batch, at: moment) }
    }

    private func export(into folder: String, batch: String, at moment: Moment) throws -> Result {
        let naming = engine.workflow.institution.exportNaming
        var result = Result(batch: batch, folder: folder + "/" + batch)
        // Read again what other writers (stations) changed since the engine was loaded, under this transaction's lock.
        for record in engine.records where record.state.capture != nil || record.state.exportBatch == nil { try engine.refresh(student: record.number, numbering: false) }
        let due = engine.records.filter { $0.eligibility.isInScope && $0.state.capture != nil && $0.state.exportBatch == nil }
        guard !due.isEmpty else { return result }
        let part = result.folder + ".part"
        try? FileManager.default.removeItem(atPath: part)
        try FileManager.default.createDirectory(atPath: part + "/photos", withIntermediateDirectories: true)
        var index = ["学号,姓名,身份证号,文件,sha256"]
        var manifest: [String] = []
        var names = Set<String>()
        for record in due {
            let capture = record.state.capture!
            let source = Self.registrationPhoto(of: capture)
            guard let bytes = FileManager.default.contents(atPath: source) else {
                result.missing.append((record.number, "no registration photo at \(source)")); continue
            }
            guard let name = naming.fileName(for: record.student) else {
                result.missing.append((record.number, "the roster gives no \(naming.key == .idNumber ? "身份证号" : "学号") to name the file by")); continue
            }
            guard names.insert(name.uppercased()).inserted else {
                result.missing.append((record.number, "another student's photo already has the name \(Masked.idNumbers(in: name))")); continue
            }
            let digest = SHA256.hex(Array(bytes))
            guard FileManager.default.createFile(atPath: part + "/photos/" + name, contents: bytes) else {
                throw ExportFailure("\(part)/photos: cannot write \(Masked.idNumbers(in: name))")
            }
            index.append([record.number, record.student.name, record.student.idNumber ?? "", "photos/" + name, digest].map(csvField).joined(separator: ","))
            manifest.append("\(digest)  photos/\(name)")
            result.exported.append(record.number)
        }
        guard !result.exported.isEmpty else { try? FileManager.default.removeItem(atPath: part); return result }
        for number in result.exported { try engine.perform([.export(batch: batch)], student: number, moment: moment) }
        let notice = "This export carries full resident ID numbers (身份证号) in its file names and index.csv, as the submission "
            + "requires: keep it where only the registrar can read it, and delete it once submitted.\n"
        try write(notice, to: part + "/README.txt")
        try write(index.joined(separator: "\r\n") + "\r\n", to: part + "/index.csv")
        try write(manifest.joined(separator: "\n") + "\n", to: part + "/manifest.sha256")
        try? FileManager.default.removeItem(atPath: result.folder)
        guard rename(part, result.folder) == 0 else { throw ExportFailure("\(result.folder): cannot finish the batch (\(String(cString: strerror(errno))))") }
        return result
    }

    private func write(_ text: String, to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else { throw ExportFailure("\(path): cannot write") }
    }

    private func csvField(_ text: String) -> String {
        text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}

public struct ExportFailure: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}

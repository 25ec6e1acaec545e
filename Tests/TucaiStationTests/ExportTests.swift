import Foundation
import Testing
import TucaiCampaign
@testable import TucaiCommands
import TucaiKernel
import TucaiDigest

/// The batch for submission, after a capture day at 云南大学's station: one registration photo per photographed
/// student, named by 身份证号, a manifest whose digests are the files', and nothing exported twice.
@Suite struct ExportTests {
    func export(_ day: CaptureDay, into folder: String, batch: String) -> (status: Int32, out: String) {
        var out = ""
        let console = Console(out: { out += $0 }, error: { out += $0 })
        return (Tucai.run(["export", day.config.database.path, "--out", folder, "--batch", batch], console: console), out)
    }

    @Test func aBatchHoldsEachPhotographedStudentOnceWithMatchingDigests() throws {
        let day = try CaptureDay(example: "ynu-2021.json")
        let station = try day.station()
        func photograph(_ record: StudentRecord, receipt: String) throws {
            #expect(station.handle(line: record.student.idNumber!).kind == .ok)
            #expect(station.handle(line: "pay \(receipt)").kind == .ok)
            #expect(station.handle(cameraFile: try day.shoot())?.kind == .ok)
        }
        for (i, record) in day.students.prefix(3).enumerated() { try photograph(record, receipt: "WX\(i)") }
        let folder = day.folder + "/exports"
        let first = export(day, into: folder, batch: "b1")
        #expect(first.status == 0, "\(first.out)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder + "/b1/photos").sorted()
        #expect(files == day.students.prefix(3).map { $0.student.idNumber!.uppercased() + ".jpg" }.sorted())
        let manifest = try String(contentsOfFile: folder + "/b1/manifest.sha256", encoding: .utf8).split(separator: "\n")
        #expect(manifest.count == 3)
        for line in manifest {
            let parts = line.split(separator: " ", omittingEmptySubsequences: true)
            let bytes = try #require(FileManager.default.contents(atPath: folder + "/b1/" + parts[1]))
            #expect(SHA256.hex(Array(bytes)) == String(parts[0]), "the manifest's digest is the file's")
        }
        #expect(try String(contentsOfFile: folder + "/b1/index.csv", encoding: .utf8).contains(day.students[0].student.idNumber!))
        #expect(try day.store.students().filter { $0.state.exportBatch == "b1" }.count == 3)
        #expect(!first.out.contains(day.students[0].student.idNumber!), "the command's own output masks ID numbers")

        // Nothing new: no second batch. One more student photographed: the next batch holds that one alone.
        let again = export(day, into: folder, batch: "b2")
        #expect(again.status == 0 && again.out.contains("nothing to export") && !FileManager.default.fileExists(atPath: folder + "/b2"))
        try photograph(day.students[3], receipt: "WX3")
        let third = export(day, into: folder, batch: "b3")
        #expect(third.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/b3/photos") == [day.students[3].student.idNumber!.uppercased() + ".jpg"])
    }

    /// The YNAU example run up to its export (a smaller roster drawn from the same table and seed): the simulated
    /// station leaves a camera file and a registration photo for each photo, and the registrar's export hands
    /// over one per photographed student, with digests that match; the run then finishes without exporting again.
    @Test func theExampleRunUntilItsExportHandsOverOnePhotoPerPhotographedStudent() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "tucai-until-export-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let config = folder + "/ynau-2023.json"
        try #"{"institution": "ynau", "cohort": {"level": "undergraduate", "graduationYear": 2023}, "database": "ynau-2023.sqlite", "seed": 2023, "students": 30}"#
            .write(toFile: config, atomically: true, encoding: .utf8)
        func tucai(_ arguments: String...) -> (status: Int32, out: String) {
            var out = ""
            let console = Console(out: { out += $0 + "\n" }, error: { out += $0 + "\n" })
            return (Tucai.run(Array(arguments), console: console), out)
        }
        let run = tucai("campaign", "run", config, "--until", "export")
        #expect(run.status == 0, "\(run.out)")
        let store = try CampaignDatabase.named(folder + "/ynau-2023.sqlite").open(create: false)
        let photographed = try store.students().filter { $0.state.capture != nil }
        try #require(photographed.count >= 15)
        #expect(photographed.allSatisfy { $0.state.exportBatch == nil }, "the export is left to the registrar")
        for record in photographed {
            let capture = record.state.capture!
            let camera = try #require(FileManager.default.contents(atPath: capture.path), "\(record.number): no camera file at \(capture.path)")
            #expect(SHA256.hex(Array(camera)) == capture.sha256, "the capture records its camera file's digest")
            #expect(FileManager.default.fileExists(atPath: PhotoExport.registrationPhoto(of: capture)))
        }

        let export = tucai("export", config, "--out", folder + "/exports", "--batch", "b1")
        #expect(export.status == 0, "\(export.out)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder + "/exports/b1/photos")
        #expect(files.count == photographed.count)
        #expect(Set(files) == Set(photographed.map { $0.student.idNumber!.uppercased() + ".jpg" }))
        let manifest = try String(contentsOfFile: folder + "/exports/b1/manifest.sha256", encoding: .utf8).split(separator: "\n")
        #expect(manifest.count == photographed.count)
        for line in manifest {
            let parts = line.split(separator: " ", omittingEmptySubsequences: true)
            let bytes = try #require(FileManager.default.contents(atPath: folder + "/exports/b1/" + parts[1]))
            #expect(SHA256.hex(Array(bytes)) == String(parts[0]))
        }

        let rest = tucai("campaign", "run", config)
        #expect(rest.status == 0, "\(rest.out)")
        #expect(try store.students().filter { $0.state.capture != nil }.allSatisfy { $0.state.exportBatch == "b1" },
                "the rest of the run verifies and closes what the registrar exported, and exports nothing again")
    }
}

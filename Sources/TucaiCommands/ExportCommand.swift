import Foundation
import TucaiCampaign
import TucaiKernel

/// `tucai export <campaign> --out DIR`
struct ExportCommand: Command {
    static let name = "export"
    static let abstract = "Write the registration photos not yet exported as a batch for submission: photos, index.csv, manifest.sha256."
    static let arguments = "<config.json | campaign.sqlite> --out DIR [--batch NAME]"
    static let discussion = """
        Takes every student in scope who is photographed and not yet in an export: their registration photo
        (the 480×640 file the capture station made, photos/registration/…) is copied into DIR/<batch>/photos/,
        named as the school's policy says (by default 身份证号.jpg), listed in index.csv (学号, 姓名, 身份证号, file,
        SHA-256) and in manifest.sha256 ('sha256sum -c manifest.sha256' checks it). The batch folder appears
        whole or not at all, and its students are then recorded as exported, so running again adds only what is
        new. This is the one output that carries full resident ID numbers: keep it where only the registrar can
        read it. A photographed student whose registration photo is missing is listed and not exported (exit 1).

        Options:
          --out DIR      the folder the batch is written into (created when missing)
          --batch NAME   the batch's name (default export-<date>-<time>, Beijing time)

        Example: tucai export Examples/ynu-2021.json --out /secure/exports
        """

    var campaign: String
    var out: String
    var batch: String?

    init(arguments: inout Arguments) throws {
        guard let out = try arguments.option("out") else { throw UsageError("missing --out <folder>") }
        self.out = out
        batch = try arguments.option("batch")
        if let batch, batch.isEmpty || batch.count > 64 || !batch.unicodeScalars.allSatisfy({ $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-_.".unicodeScalars.contains($0)) }) || batch.hasPrefix(".") {
            throw UsageError("--batch '\(batch)': use up to 64 letters, digits, '-', '_' and '.'")
        }
        campaign = try arguments.positional("campaign")
    }

    func run(_ console: Console) throws {
        let opened = try OpenedCampaign(campaign, create: false)
        let engine = try CampaignEngine(workflow: opened.workflow, cohort: opened.cohort, store: opened.store)
        let now = Moment(unixSeconds: Int(Date().timeIntervalSince1970))
        let seconds = Int(Date().timeIntervalSince1970) % 60
        let name = batch ?? "export-\(now.date)-\(String(format: "%02d%02d%02d", now.time.minutes / 60, now.time.minutes % 60, seconds))"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        if FileManager.default.fileExists(atPath: out + "/" + name) { throw CommandFailure("\(out)/\(name): a batch of that name exists; name another with --batch") }
        let result: PhotoExport.Result
        do { result = try PhotoExport(engine: engine).run(into: out, batch: name, at: now) } catch let failure as ExportFailure {
            throw CommandFailure(failure.description)
        }
        if result.exported.isEmpty {
            console.out("nothing to export: every photographed student is in an earlier batch" + (result.missing.isEmpty ? "" : " or listed below"))
        } else {
            console.out("\(result.folder): \(result.exported.count) registration photos, index.csv, manifest.sha256 — it carries full ID numbers")
        }
        for missing in result.missing { console.error("not exported: \(missing.student): \(missing.reason)") }
        if !result.missing.isEmpty { throw CommandFailure("\(result.missing.count) photographed students not exported (listed above)") }
    }
}

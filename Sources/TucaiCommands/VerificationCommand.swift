import Foundation
import TucaiCampaign
import TucaiKernel

/// `tucai verification …`
struct VerificationCommand: CommandGroup {
    static let name = "verification"
    static let abstract = "Bring in what students and 学信网 report about the registered photos."
    static var subcommands: [any Command.Type] { [Import.self] }

    /// `tucai verification import <campaign> results.csv`
    struct Import: Command {
        static let name = "import"
        static let abstract = "Read verification results: rejected photos go back to a make-up route with a deadline before the records lock."
        static let arguments = "<config.json | campaign.sqlite> results.csv [--date YYYY-MM-DD]"
        static let discussion = """
            results.csv (UTF-8, with or without BOM) has a header with 学号 (student_number) and 结果 (result), and
            optionally 日期 (date). 结果 is one of 照片无误 (accepted), 照片有误 (photo wrong), 与录取照片不符 (mismatch
            with the admission photo), 信息有误 (personal data wrong). A photo wrong or mismatched is taken back
            (the history keeps it) and the student sent to the school's first make-up route, by its deadline or the
            day before the registry's records lock (1 July of the graduation year), whichever is first. Wrong
            personal data is listed for the registrar to correct. Each row is applied once: importing the file
            again changes nothing. Rows that cannot be applied are listed, one line each, and the exit code is 1.

            Options:
              --date D   the day the results arrived, for rows without 日期 (default: today, Beijing time)

            Example: tucai verification import Examples/ynau-2023.json results.csv
            """

        var campaign: String
        var file: String
        var date: CivilDate?

        init(arguments: inout Arguments) throws {
            if let text = try arguments.option("date") {
                guard let day = CivilDate(iso: text) else { throw UsageError("--date '\(text)': write a date as 2023-01-05") }
                date = day
            }
            let words = try arguments.positionals()
            guard words.count == 2 else { throw UsageError("give the campaign and the results file") }
            campaign = words[0]; file = words[1]
        }

        func run(_ console: Console) throws {
            let opened = try OpenedCampaign(campaign, create: false)
            let lock = try CampaignWriter.lock(campaign, database: opened.database.lockName, wait: false, console: console)
            defer { lock.release() }
            let engine = try CampaignEngine(workflow: opened.workflow, cohort: opened.cohort, store: opened.store)
            let today = date ?? Moment(unixSeconds: Int(Date().timeIntervalSince1970)).date
            let folder = opened.database.folder
            let tally: VerificationImport.Tally
            do {
                tally = try VerificationImport(engine: engine, graduationYear: opened.cohort.graduationYear)
                    .run(file: file, source: InputRow.source(file, campaignFolder: folder.isEmpty ? "." : folder), today: today)
            } catch let failure as ImportFailure {
                throw CommandFailure(failure.description)
            }
            let deadlines = Set(tally.retakes.compactMap(\.deadline)).sorted()
            console.out("\(file): \(tally.accepted) accepted, \(tally.retakes.count) photos rejected and sent to a make-up"
                        + (deadlines.isEmpty ? "" : " (by " + deadlines.map(\.description).joined(separator: ", ") + ")")
                        + ", \(tally.personalData.count) with personal data to correct"
                        + (tally.alreadyImported > 0 ? ", \(tally.alreadyImported) rows imported before" : ""))
            if !tally.personalData.isEmpty { console.out("personal data to correct: " + tally.personalData.joined(separator: " ")) }
            for line in tally.refused { console.error(line) }
            if !tally.refused.isEmpty { throw CommandFailure("\(tally.refused.count) rows not applied (listed above; 'tucai reconcile' lists them too)") }
        }
    }
}

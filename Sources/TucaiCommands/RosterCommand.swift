import Foundation
import TucaiCampaign
import TucaiKernel
import TucaiRoster
import TucaiDigest

/// `tucai roster …`
struct RosterCommand: CommandGroup {
    static let name = "roster"
    static let abstract = "Import a roster into a campaign."
    static var subcommands: [any Command.Type] { [Import.self] }

    /// `tucai roster import <campaign> <roster.csv>`
    struct Import: Command {
        static let name = "import"
        static let abstract = "Check a roster CSV row by row and store its good rows, with each student's eligibility."
        static let arguments = "<config.json | campaign.sqlite> <roster.csv> [--wait]"
        static let discussion = """
            The roster is RFC 4180 CSV in UTF-8, UTF-8 with a BOM, or GB18030/GBK as Excel saves it on Chinese
            Windows; columns are found by their Chinese or English headers (学号, 姓名, 身份证号, 学院, 专业,
            班级, 学历层次, 入学年份, 学制, …). Each bad row is reported as 'file:line: field: reason' and the good
            rows are stored; importing the same file again changes nothing. With a config file, its database is
            created when missing. The exit code is 1 when any row was not imported. While another process
            runs the campaign, the import says so and exits 1; --wait waits for it to end.

            Example: tucai roster import Examples/ynau-2023.json roster.csv
            """

        var campaign: String
        var roster: String
        var wait: Bool

        /// Problems held before they are recorded: a stretch's worth even when every row of it is bad.
        static let problemsHeld = 100_000

        init(arguments: inout Arguments) throws {
            wait = arguments.flag("wait")
            let words = try arguments.positionals()
            guard words.count == 2 else {
                throw UsageError(words.count < 2 ? "expected a campaign and a roster file" : "expected two arguments, got \(words.count)")
            }
            campaign = words[0]; roster = words[1]
        }

        func run(_ console: Console) throws {
            // Opened before the campaign is, which may create its database: a missing roster leaves none.
            let source: RosterSource
            do { source = try RosterSource(path: roster) } catch {
                throw CommandFailure("\(roster): cannot read the file")
            }
            let lock = try CampaignWriter.lock(campaign, database: try CampaignWriter.database(of: campaign), wait: wait, console: console)
            defer { lock.release() }
            let opened = try OpenedCampaign(campaign, create: true)
            // No engine: the import holds one batch of the campaign, not the campaign.
            let starts = try CampaignEngine.claim(opened.store, workflow: opened.workflow, cohort: opened.cohort)
            let defaults = RosterDefaults(level: nil, graduationYear: opened.cohort.graduationYear, referenceDate: starts,
                                          categories: StudentCategory.standard + opened.workflow.institution.studentCategories)
            // Read in stretches, never whole: the stream reads the file once first, for its encoding, its duplicate
            // numbers and its digest, and then again as it yields the rows to store.
            let hasher = SHA256.Hasher()
            let file = try RosterStream(source, defaults: defaults, observer: { hasher.update($0) })
            let digest = hasher.hex()
            let rosterSource = InputRow.source(URL(fileURLWithPath: roster).path, campaignFolder: opened.database.folder)
            // Bad rows are few, and recorded once the import is done as before; a file of little else records
            // them as they come, so that they do not fill the memory the stream saves.
            var problems: [RosterProblem] = []
            // Ten thousand students a transaction: a commit waits for the disk, and the rows of a batch are few
            // megabytes; a killed import keeps the batches committed and the next one adds the rest.
            let tally = try RosterImport(workflow: opened.workflow, store: opened.store, captureStarts: starts)
                .run(file, at: CampaignTimeline(workflow: opened.workflow).rosterImport, batchSize: 10_000, problems: { stretch in
                    for problem in stretch { console.error(problem.description) }
                    problems += stretch
                    guard problems.count >= Self.problemsHeld else { return }
                    try CampaignRun.recordRejectedRows(problems, source: rosterSource, digest: digest, in: opened.store)
                    problems = []
                })
            for conflict in tally.conflicts { console.error(conflict.description) }
            try CampaignRun.recordRejectedRows(problems + tally.conflicts, source: rosterSource, digest: digest, in: opened.store)
            let kinds = tally.importedByEligibility
            console.out("""
                \(roster): \(file.rowCount) rows (\(file.encoding)) = \(tally.imported) imported + \(tally.unchanged) already stored\
                \(tally.conflicts.isEmpty ? "" : " + \(tally.conflicts.count) stored with other particulars") + \(file.rejectedRowCount) rejected
                imported: \(tally.imported) = \(kinds["inScope", default: 0]) in scope + \(kinds["excluded", default: 0]) excluded \
                + \(kinds["exempt", default: 0]) exempt + \(kinds["outOfScope", default: 0]) out of scope
                campaign: \(try opened.store.studentCount()) students
                database: \(opened.database)
                """)
            let notImported = file.rejectedRowCount + tally.conflicts.count
            if notImported > 0 {
                throw CommandFailure("\(notImported) row\(notImported == 1 ? " was" : "s were") not imported (listed above); the others are stored")
            }
        }
    }
}

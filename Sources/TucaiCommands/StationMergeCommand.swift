import Foundation
import TucaiKernel
import TucaiSQLite
import TucaiStation

extension StationCommand {
    /// `tucai station merge <campaign> FILE.sqlite`
    struct Merge: Command {
        static let name = "merge"
        static let abstract = "Bring back into the campaign what a station did on its own copy ('tucai station offline')."
        static let arguments = "<config.json | campaign.sqlite> FILE.sqlite [--wait]"
        static let discussion = """
            Every student the station checked in, numbered, charged or photographed on the copy since it was made
            is replayed through the campaign's rules, one transaction per student; then the money the copy kept
            as owed back and the copy's station log are added. Merging the same copy again changes nothing; a
            copy the station went on using brings only what is new.

            Nothing is settled for the registrar: a student photographed at two stations, a sequence number the
            copy gave that another student holds in the campaign, or a step the rules refuse leaves that student
            as the campaign has them, prints one line, is listed by 'tucai reconcile', and the exit code is 1.
            While another process runs the campaign, the merge says so and exits 1; --wait waits for it to end.

            Example: tucai station merge Examples/ynu-2021.json /media/usb/ynu-B.sqlite
            """

        var campaign: String
        var copy: String
        var wait: Bool

        init(arguments: inout Arguments) throws {
            wait = arguments.flag("wait")
            let words = try arguments.positionals()
            guard words.count == 2 else {
                throw UsageError(words.count < 2 ? "expected a campaign and the station's copy" : "expected two arguments, got \(words.count)")
            }
            campaign = words[0]; copy = words[1]
        }

        func run(_ console: Console) throws {
            let (origin, digest) = try OfflineOrigin.read(forCopy: copy)
            let copied = try SQLiteCampaignStore(path: copy, create: false)
            let lock = try CampaignWriter.lock(campaign, database: try CampaignWriter.database(of: campaign), wait: wait, console: console)
            defer { lock.release() }
            let opened = try OpenedCampaign(campaign, create: false)
            guard case let .sqlite(database) = opened.database else {
                throw CommandFailure("\(campaign): on a server; a station's copy merges into the SQLite campaign it was copied from")
            }
            // Another database of the same campaign (a restored backup, a second copy) has another history:
            // the copy's points say nothing about it.
            guard Self.samePath(origin.database, database) else {
                throw CommandFailure("\(copy): copied from \(origin.database), not from \(database); merge it into the database it came from")
            }
            guard Self.samePath(copied.path, database) == false else {
                throw CommandFailure("\(copy): is the campaign's own database, not a station's copy")
            }
            let merge = try StationMerge(workflow: opened.workflow, cohort: opened.cohort, store: opened.store)
            let outcome = try merge.merge(StationMerge.Copy(
                path: copy, origin: origin, digest: digest, identity: try copied.identity(), events: try copied.events(),
                payments: try copied.payments(), log: try copied.stationEntries()))
            console.out(Masked.idNumbers(in: Self.summary(outcome, copy: copy, origin: origin, into: database)))
            let conflicts = outcome.conflicts.count
            if conflicts > 0 {
                throw CommandFailure("\(copy): \(conflicts) student\(conflicts == 1 ? "" : "s") not merged (\(outcome.conflicts.map(\.kind.rawValue).uniqued().joined(separator: ", "))); "
                                     + "'tucai reconcile \(campaign)' lists \(conflicts == 1 ? "it" : "them")")
            }
        }

        static func summary(_ outcome: StationMerge.Outcome, copy: String, origin: OfflineOrigin, into database: String) -> String {
            var lines = ["merged \(copy) (station \(origin.station), copied \(StationEntry.clock(origin.copiedAt))) into \(database)"]
            lines.append("students   \(outcome.students) merged (\(outcome.events) events)"
                         + (outcome.alreadyMerged > 0 ? ", \(outcome.alreadyMerged) merged before and unchanged since" : ""))
            lines.append("payments   \(outcome.payments) recorded" + (outcome.keptOwedBack > 0 ? ", \(outcome.keptOwedBack) of them kept as owed back" : ""))
            lines.append("log        \(outcome.logEntries) entries added")
            for line in outcome.skipped { lines.append("skipped    " + line) }
            lines.append("conflicts  \(outcome.conflicts.count)")
            for conflict in outcome.conflicts { lines.append("  " + conflict.description) }
            if outcome.changedNothing, outcome.conflicts.isEmpty { lines.append("nothing new in the copy since it was made or last merged") }
            return lines.joined(separator: "\n")
        }

        static func samePath(_ a: String, _ b: String) -> Bool {
            func resolved(_ path: String) -> String { (StationCommand.absolute(path) as NSString).resolvingSymlinksInPath }
            return resolved(a) == resolved(b)
        }
    }
}

private extension Array where Element: Hashable {
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}

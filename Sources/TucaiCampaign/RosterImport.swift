import TucaiKernel
import TucaiRoster

/// Stores a roster's good rows in a campaign, batch by batch, each student with the eligibility the
/// institution's rules give and the reason. It holds no more of the campaign than one batch: a row whose
/// student is already stored is compared with the stored record, read from the store (unchanged, or a conflict
/// that keeps the stored one), so a million-row roster imports into a million-student campaign in the memory of
/// a batch, and, read from a `RosterStream`, in the memory of a batch and a stretch of the file. Each batch is
/// one transaction; a killed import keeps the batches committed, and the next adds the rest.
public struct RosterImport {
    public typealias Tally = CampaignEngine.ImportTally

    let workflow: Workflow
    let store: any CampaignStore
    let captureStarts: CivilDate

    public init(workflow: Workflow, store: any CampaignStore, captureStarts: CivilDate) {
        self.workflow = workflow; self.store = store; self.captureStarts = captureStarts
    }

    /// `known`, when given, is the caller's memory of every stored student (the engine's): a row it knows is
    /// compared without asking the store, and a student it does not know yet the store holds was added by another
    /// writer during the import, which fails it. `stored` receives each batch's new records once committed.
    public func run(_ entries: [RosterEntry], file: String, at: Moment, batchSize: Int,
                    known: ((String) -> StudentRecord?)? = nil, stored: (([StudentRecord]) -> Void)? = nil,
                    progress: (Int) -> Void = { _ in }) throws -> Tally {
        var given = false
        return try run(file: file, at: at, batchSize: batchSize, known: known, stored: stored, progress: progress) { () -> [RosterEntry]? in
            defer { given = true }
            return given ? nil : entries
        }
    }

    /// The same for a roster read stretch by stretch: `problems` receives each stretch's problems as it is read,
    /// before its rows are stored, and the import holds one stretch and one batch at a time. Batches are
    /// `batchSize` rows whatever the stretches, as for a roster read whole.
    public func run(_ stream: RosterStream, at: Moment, batchSize: Int, problems: ([RosterProblem]) throws -> Void = { _ in },
                    known: ((String) -> StudentRecord?)? = nil, stored: (([StudentRecord]) -> Void)? = nil,
                    progress: (Int) -> Void = { _ in }) throws -> Tally {
        try run(file: stream.source.name, at: at, batchSize: batchSize, known: known, stored: stored, progress: progress) {
            guard let stretch = try stream.next() else { return nil }
            try problems(stretch.problems)
            return stretch.entries
        }
    }

    /// Stores the entries `next` gives until it gives nil, `batchSize` to a transaction; a batch that a
    /// stretch's end cuts is completed from the next one.
    private func run(file: String, at: Moment, batchSize: Int, known: ((String) -> StudentRecord?)?,
                     stored: (([StudentRecord]) -> Void)?, progress: (Int) -> Void,
                     next: () throws -> [RosterEntry]?) throws -> Tally {
        let batchSize = max(1, batchSize)
        var tally = Tally()
        var done = 0
        func store(_ batch: ArraySlice<RosterEntry>) throws {
            var added: [StudentRecord] = []
            var batchTally = Tally()
            try self.store.transaction {
                batchTally = Tally()
                var new: [(record: StudentRecord, event: CampaignEvent)] = []
                new.reserveCapacity(batch.count)
                for entry in batch {
                    if let known, let existing = known(entry.student.studentNumber) {
                        compare(entry.student, line: entry.line, with: existing, file: file, into: &batchTally)
                        continue
                    }
                    let eligibility = workflow.institution.eligibility(of: entry.student, captureStarts: captureStarts)
                    let record = StudentRecord(student: entry.student, eligibility: eligibility, rosterLine: entry.line)
                    new.append((record, CampaignEvent(entry.student.studentNumber, at: at, .imported(eligibility))))
                }
                // A record is most of a kilobyte: the batch goes to the store once, and its ordinals come back.
                added = []
                added.reserveCapacity(stored == nil ? 0 : new.count)
                for (offset, ordinal) in try self.store.insert(new).enumerated() {
                    if let ordinal {
                        batchTally.imported += 1
                        batchTally.importedByEligibility[new[offset].record.eligibility.kind, default: 0] += 1
                        if stored != nil {
                            var record = new[offset].record
                            record.ordinal = ordinal
                            added.append(record)
                        }
                        continue
                    }
                    let number = new[offset].record.number
                    guard known == nil, let existing = try self.store.student(number: number) else {
                        throw StoreError.failed("student \(number) appeared in the store during the import")
                    }
                    compare(new[offset].record.student, line: new[offset].record.rosterLine ?? 0, with: existing, file: file, into: &batchTally)
                }
            }
            stored?(added)
            tally.imported += batchTally.imported
            tally.unchanged += batchTally.unchanged
            tally.conflicts += batchTally.conflicts
            tally.importedByEligibility.merge(batchTally.importedByEligibility, uniquingKeysWith: +)
            done += batch.count
            progress(done)
        }
        var carried: [RosterEntry] = []
        while let entries = try next() {
            var rest = entries[...]
            if !carried.isEmpty {
                let taken = rest.prefix(batchSize - carried.count)
                carried += taken
                rest = rest.dropFirst(taken.count)
                guard carried.count == batchSize else { continue }
                try store(carried[...])
                carried = []
            }
            while rest.count >= batchSize {
                try store(rest.prefix(batchSize))
                rest = rest.dropFirst(batchSize)
            }
            carried = Array(rest)
        }
        if !carried.isEmpty { try store(carried[...]) }
        return tally
    }

    private func compare(_ student: Student, line: Int, with stored: StudentRecord, file: String, into tally: inout Tally) {
        if stored.student == student {
            tally.unchanged += 1
        } else {
            tally.conflicts.append(RosterProblem(
                file: file, line: line, field: "学号",
                reason: "student \(student.studentNumber) is already stored with other particulars"
                    + (stored.rosterLine.map { " (from line \($0))" } ?? "") + "; the stored record is kept"))
        }
    }
}

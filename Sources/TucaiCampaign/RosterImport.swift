import TucaiKernel
import TucaiRoster

/// Stores a roster's good rows in a campaign, batch by batch, each student with the eligibility the
/// institution's rules give and the reason. It holds no more of the campaign than one batch: a row whose
/// student is already stored is compared with the stored record, read from the store (unchanged, or a conflict
/// that keeps the stored one), so a million-row roster imports into a million-student campaign in the memory of
/// a batch, and, read from a `RosterStream`, in the memory of two batches and a stretch of the file. Each batch is
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
        // A batch at a time: a record is most of a kilobyte, the entry's student a fraction of it.
        var rest = entries[...]
        let record = recording, size = max(1, batchSize)
        return try run(file: file, at: at, batchSize: batchSize, known: known, stored: stored, progress: progress) { () -> [StudentRecord]? in
            guard !rest.isEmpty else { return nil }
            defer { rest = rest.dropFirst(size) }
            return rest.prefix(size).map(record)
        }
    }

    /// The same for a roster read stretch by stretch: `problems` receives each stretch's problems, once for each
    /// stretch and in the file's order, before any of its rows is stored. Batches are `batchSize` rows whatever the
    /// stretches, as for a roster read whole. The next batch is read, checked and given its eligibility on another
    /// thread while this one stores the last (`ReadAhead`), so the import holds a stretch and two batches; the
    /// stream is the caller's again when this returns or throws.
    public func run(_ stream: RosterStream, at: Moment, batchSize: Int, problems: ([RosterProblem]) throws -> Void = { _ in },
                    known: ((String) -> StudentRecord?)? = nil, stored: (([StudentRecord]) -> Void)? = nil,
                    progress: (Int) -> Void = { _ in }) throws -> Tally {
        let record = recording, size = max(1, batchSize), file = stream.source.name
        var stretch: ArraySlice<RosterEntry> = []
        // A batch, filled across stretches, with the problems of each stretch read to fill it. It ends early after
        // a stretch with problems, so that a file of little else hands them over a stretch at a time.
        let ahead = ReadAhead { () throws -> (records: [StudentRecord], problems: [[RosterProblem]])? in
            var records: [StudentRecord] = [], read: [[RosterProblem]] = []
            records.reserveCapacity(size)
            while records.count < size {
                if stretch.isEmpty {
                    // Let go of the last stretch's entries before reading the next.
                    stretch = []
                    guard let next = try stream.next() else { break }
                    read.append(next.problems)
                    stretch = next.entries[...]
                }
                let taken = min(size - records.count, stretch.count)
                records.append(contentsOf: stretch.prefix(taken).lazy.map(record))
                stretch = stretch.dropFirst(taken)
                if read.last?.isEmpty == false { break }
            }
            return records.isEmpty && read.isEmpty ? nil : (records, read)
        }
        defer { ahead.finish() }
        return try run(file: file, at: at, batchSize: batchSize, known: known, stored: stored, progress: progress) {
            guard let batch = try ahead.next() else { return nil }
            for stretch in batch.problems { try problems(stretch) }
            return batch.records
        }
    }

    /// A roster row as it is stored: its student, with the eligibility the institution's rules give. It does not
    /// use the store, so it can run on the thread that reads ahead.
    private var recording: @Sendable (RosterEntry) -> StudentRecord {
        let institution = workflow.institution, captureStarts = captureStarts
        return { entry in
            StudentRecord(student: entry.student, eligibility: institution.eligibility(of: entry.student, captureStarts: captureStarts),
                          rosterLine: entry.line)
        }
    }

    /// Stores the records `next` gives until it gives nil, `batchSize` to a transaction; a batch that a
    /// stretch's end cuts is completed from the next one.
    private func run(file: String, at: Moment, batchSize: Int, known: ((String) -> StudentRecord?)?,
                     stored: (([StudentRecord]) -> Void)?, progress: (Int) -> Void,
                     next: () throws -> [StudentRecord]?) throws -> Tally {
        let batchSize = max(1, batchSize)
        var tally = Tally()
        var done = 0
        func store(_ batch: ArraySlice<StudentRecord>) throws {
            var added: [StudentRecord] = []
            var batchTally = Tally()
            try self.store.transaction {
                batchTally = Tally()
                var new: [(record: StudentRecord, event: CampaignEvent)] = []
                new.reserveCapacity(batch.count)
                for record in batch {
                    if let known, let existing = known(record.number) {
                        compare(record.student, line: record.rosterLine ?? 0, with: existing, file: file, into: &batchTally)
                        continue
                    }
                    new.append((record, CampaignEvent(record.number, at: at, .imported(record.eligibility))))
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
        var carried: [StudentRecord] = []
        while let records = try next() {
            var rest = records[...]
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

import Foundation
import TucaiKernel
import TucaiDigest

/// What students and 学信网 reported about the registered photos, read from a CSV file (学号 or student_number,
/// 结果 or result, optional 日期 or date): each photo rejected is taken back and its student sent to a make-up route
/// with a deadline within the school's objection window and before the registry's records lock; wrong personal
/// data is listed for the registrar to correct.
/// Each row is recorded with its outcome in the transaction that applies it, so importing the same file again
/// changes nothing, and every row that did not go in is listed by `tucai reconcile`.
public struct VerificationImport {
    public struct Tally: Sendable {
        public var accepted = 0
        /// Students sent to a make-up, with their deadline.
        public var retakes: [(student: String, deadline: CivilDate?)] = []
        public var personalData: [String] = []
        public var alreadyImported = 0
        public var refused: [String] = []
    }

    let engine: CampaignEngine
    let graduationYear: Int

    public init(engine: CampaignEngine, graduationYear: Int) { self.engine = engine; self.graduationYear = graduationYear }

    public func run(file path: String, source: String, today: CivilDate) throws -> Tally {
        guard let data = FileManager.default.contents(atPath: path) else { throw ImportFailure("\(path): cannot read the file") }
        guard let text = String(data: data, encoding: .utf8) else { throw ImportFailure("\(path): not UTF-8 text") }
        let table = CSVRecords.parse(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        if let message = table.unclosedQuoteMessage { throw ImportFailure("\(path): \(message)") }
        guard let header = table.records.first else { throw ImportFailure("\(path): empty; the header needs 学号 and 结果") }
        let names = header.fields.map { $0.trimmingWhitespace() }
        func column(_ aliases: [String]) -> Int? { names.firstIndex { aliases.contains($0) } }
        guard let numberColumn = column(["学号", "student_number"]), let resultColumn = column(["结果", "result", "核验结果"]) else {
            throw ImportFailure("\(path):\(header.line): the header needs 学号 (student_number) and 结果 (result); it has \(names.joined(separator: ", "))")
        }
        let dateColumn = column(["日期", "date"])
        let digest = SHA256.hex(data)
        let recorded = Set(try engine.store.inputRows().filter { $0.source == source && $0.digest == digest }.map(\.line))
        let verification = engine.workflow.institution.verification
        let rules = verification ?? Verification(timing: nil)
        var tally = Tally()
        for row in table.records.dropFirst() {
            if recorded.contains(row.line) { tally.alreadyImported += 1; continue }
            func field(_ index: Int?) -> String { index.flatMap { row.fields.indices.contains($0) ? row.fields[$0].trimmingWhitespace() : nil } ?? "" }
            let number = field(numberColumn), said = field(resultColumn)
            var refusal: String?
            var moment = Moment(today, TimeOfDay(12))
            if let dateText = dateColumn.map(field), !dateText.isEmpty {
                if let date = CivilDate(iso: dateText) { moment = Moment(date, TimeOfDay(12)) } else {
                    refusal = "field '日期': '\(Masked.idNumbers(in: String(dateText.prefix(30))))' is not a date (2023-01-05)"
                }
            }
            let result = VerificationResult.named(said)
            if refusal == nil, result == nil {
                refusal = "field '结果': '\(Masked.idNumbers(in: String(said.prefix(30))))' is none of " + VerificationResult.standard.map(\.chinese).joined(separator: ", ")
            }
            try engine.batch {
                if refusal == nil, let result {
                    guard engine.position(of: number) != nil else {
                        refusal = "field '学号': no student \(Masked.idNumbers(in: number)) in this campaign"
                        try engine.store.record(InputRow(source: source, digest: digest, line: row.line, refusal: refusal))
                        return
                    }
                    if result.rejectsPhoto, let current = engine.record(number: number)?.state.capture, current.at.date > moment.date {
                        // A photo taken after the rejection is the retake: the row was met already (a results file
                        // that grew, or was saved again, repeats its earlier rows).
                        tally.alreadyImported += 1
                    } else if result.rejectsPhoto {
                        let visit = try engine.perform([.rejectPhoto(result), .routeToMakeUp(.retake(by: rules.retakeDeadline(rejectedOn: moment.date, graduationYear: graduationYear)))], student: number, moment: moment)
                        if let refused = visit.refusal {
                            refusal = refused.reason + (refused.detail.map { " (\($0))" } ?? "")
                        } else {
                            tally.retakes.append((number, engine.record(number: number)?.state.makeUp?.deadline))
                        }
                    } else if result == .personalDataWrong {
                        tally.personalData.append(number)
                    } else {
                        tally.accepted += 1
                    }
                }
                try engine.store.record(InputRow(source: source, digest: digest, line: row.line, refusal: refusal))
            }
            if let refusal { tally.refused.append("\(path):\(row.line): \(refusal)") }
        }
        return tally
    }
}

public struct ImportFailure: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}

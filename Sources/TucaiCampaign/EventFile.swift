import Foundation
import TucaiKernel
import TucaiDigest

/// A CSV file of station or payment events to replay into a campaign (RFC 4180, UTF-8 with or without a
/// BOM). Its header says which kind it is:
///
/// - payments: `payment_id`, `student_number` or `class`, `amount_fen`, `paid_at`, optional `channel`
/// - check-ins: `student_number`, `credential`, `checked_in_at`, optional `sequence_number`
/// - captures: `student_number`, `photo_path`, `sha256`, `captured_at`
///
/// Headers may also be written in Chinese (支付单号, 学号, 班级, 金额（分）, 支付时间, 渠道, 证件, 签到时间, 拍摄序号,
/// 照片路径, 拍摄时间). Times are Beijing time, "2022-11-19 08:41" or "2022-11-19T08:41:05", optionally ending "+08:00";
/// another zone is refused. No field may hold a control character (stores separate fields with one).
public struct EventFile {
    enum Kind: String { case payments, checkIns = "check-ins", captures }

    struct Row {
        var line: Int
        var fields: [String: String]
    }

    let url: URL
    /// SHA-256 of the file's bytes, so a file changed after its rows were replayed is noticed.
    let digest: String
    let kind: Kind
    let rows: [Row]

    static let aliases: [String: String] = [
        "支付单号": "payment_id", "学号": "student_number", "班级": "class", "金额（分）": "amount_fen", "金额(分)": "amount_fen",
        "支付时间": "paid_at", "渠道": "channel", "证件": "credential", "签到时间": "checked_in_at", "拍摄序号": "sequence_number",
        "照片路径": "photo_path", "拍摄时间": "captured_at",
    ]

    /// One line naming the file and, when there is one, the line.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The years any campaign's events may fall in, when the reader is not told the campaign's own
    /// (`CampaignConfig.eventYears`): a payment dated 1970 or 9999 is a broken export.
    static let plausibleYears = 2000...2100

    /// The largest payment a file may hold, in fen (1,000,000 元: a school paying for a whole campaign). Sums
    /// of payments stay far from overflowing, and a mistyped amount is refused rather than owed back.
    static let largestAmountFen = 100_000_000

    /// Reads a config's event files, refusing events dated outside the campaign's years.
    public static func read(for config: CampaignConfig) throws(CampaignRunFailure) -> [EventFile] {
        do {
            return try config.events.map { url throws(Failure) in try EventFile(url: url, years: config.eventYears) }
        } catch {
            throw CampaignRunFailure(error.description)
        }
    }

    init(url: URL, years: ClosedRange<Int> = EventFile.plausibleYears) throws(Failure) {
        self.url = url
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw Failure(description: "\(url.path): cannot read the file") }
        digest = SHA256.hex(data)
        guard let text = Transcoding.spreadsheetText(data) else {
            throw Failure(description: "\(url.path): neither UTF-8 nor GB18030 text; save the events as CSV")
        }
        let parsed = CSVRecords.parse(text)
        if let line = parsed.unclosedQuoteLine, let message = parsed.unclosedQuoteMessage {
            throw Failure(description: "\(url.path):\(line): \(message)")
        }
        let records = parsed.records
        guard let header = records.first else { throw Failure(description: "\(url.path): empty file, expected a header line") }
        let names = header.fields.map { Self.aliases[$0.trimmingWhitespace()] ?? $0.trimmingWhitespace().lowercased() }
        if names.contains("payment_id") { kind = .payments }
        else if names.contains("credential") { kind = .checkIns }
        else if names.contains("sha256") { kind = .captures }
        else {
            throw Failure(description: "\(url.path):1: not an event file: the header names none of payment_id (payments), "
                          + "credential (check-ins) or sha256 (captures)")
        }
        let required: [String] = switch kind {
        case .payments: ["payment_id", "amount_fen", "paid_at"]
        case .checkIns: ["student_number", "credential", "checked_in_at"]
        case .captures: ["student_number", "photo_path", "sha256", "captured_at"]
        }
        if let missing = required.first(where: { !names.contains($0) }) {
            throw Failure(description: "\(url.path):1: \(kind.rawValue) file without the column '\(missing)'")
        }
        if kind == .payments, !names.contains("student_number"), !names.contains("class") {
            throw Failure(description: "\(url.path):1: payments file without 'student_number' or 'class'")
        }
        rows = records.dropFirst().compactMap { record in
            guard record.fields.contains(where: { !$0.trimmingWhitespace().isEmpty }) else { return nil }
            var fields: [String: String] = [:]
            for (name, value) in zip(names, record.fields) { fields[name] = value.trimmingWhitespace() }
            return Row(line: record.line, fields: fields)
        }
        if let failure = Self.outOfRange(rows, kind: kind, years: years, file: url.path) { throw failure }
    }

    /// The first row whose time lies outside `years` or whose amount is beyond any payment, as one line with
    /// the count of further such rows. Such a value is a broken export (an epoch of zero, a placeholder
    /// 9999-12-31, a time zone taken for a year, an amount in 元 pasted into fen … times ten thousand): the
    /// file is refused before anything is stored, rather than its rows sorted among the campaign's.
    /// A time that is not a time at all is left to the replay, which reports it and goes on.
    static func outOfRange(_ rows: [Row], kind: Kind, years: ClosedRange<Int>, file: String) -> Failure? {
        let timeField = switch kind {
        case .payments: "paid_at"
        case .checkIns: "checked_in_at"
        case .captures: "captured_at"
        }
        var first: String?
        var more = 0
        for row in rows {
            var reason: String?
            if let text = row.fields[timeField], let moment = Moment(iso: text), !years.contains(moment.date.year) {
                reason = "field '\(timeField)': '\(text)' is outside the campaign's years, \(years.lowerBound) to \(years.upperBound)"
            } else if kind == .payments, let text = row.fields["amount_fen"], let fen = Int(text), fen > largestAmountFen {
                reason = "field 'amount_fen': \(fen) fen is more than any payment of a campaign (at most \(largestAmountFen) fen, "
                    + "\(largestAmountFen / 100) 元)"
            } else if kind == .payments, let text = row.fields["amount_fen"], Int(text) == nil,
                      !text.isEmpty, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) {
                reason = "field 'amount_fen': \(text.prefix(24))\(text.count > 24 ? "…" : "") fen is more than any payment of a campaign "
                    + "(at most \(largestAmountFen) fen, \(largestAmountFen / 100) 元)"
            }
            guard let reason else { continue }
            if first == nil { first = "\(file):\(row.line): " + reason } else { more += 1 }
        }
        guard let first else { return nil }
        return Failure(description: first + (more == 0 ? "" : " (and \(more) more row\(more == 1 ? "" : "s") out of range)")
                       + "; nothing was replayed")
    }
}

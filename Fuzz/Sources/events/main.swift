// Fuzzes the event-file reader, `EventFile(url:)` (payments, check-ins, captures; UTF-8 or GB18030 CSV), and
// what the replay does with each row before it touches a store: the control-character check, reading the
// row's time, and putting the rows in time order. The reader takes a file, so each input is written to one
// scratch file in /dev/shm (or the temporary folder).
//
// Invariants: the reader returns a file or throws a failure, never crashes; the failure is one line beginning
// with the path, and a line it names is one the file has. A file's kind is the one its header names, and every
// row it keeps starts on a line after the header that the file has, in order, with only columns of the header
// and values trimmed.
import Foundation
import FuzzSupport
@testable import TucaiCampaign
import TucaiKernel

enum EventsFuzz {
    static let url: URL = {
        let folder = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        atexit { unlink(EventsFuzz.url.path) }
        return URL(fileURLWithPath: folder).appending(path: "tucai-fuzz-events-\(getpid()).csv")
    }()

    static func test(_ bytes: [UInt8]) {
        do { try Data(bytes).write(to: url) } catch { fatalError("cannot write \(url.path): \(error)") }
        let file: EventFile
        do {
            file = try EventFile(url: url)
        } catch {
            let message = error.description
            Fuzz.check(Fuzz.isOneLine(message), "failure of more than one line: \(message.debugDescription)")
            Fuzz.check(message.hasPrefix(url.path + ":"), "failure without the file: \(message)")
            if let line = Fuzz.line(in: message, after: url.path) {
                let lines = Transcoding.spreadsheetText(Data(bytes)).map { Fuzz.lineCount(text: $0) } ?? Fuzz.lineCount(bytes: bytes)
                Fuzz.check((1...lines).contains(line), "failure names line \(line) of \(lines): \(message)")
            }
            return
        }
        guard let text = Transcoding.spreadsheetText(Data(bytes)) else { fatalError("invariant broken: read a file that is not text") }
        let lines = Fuzz.lineCount(text: text)
        let header = CSVRecords.parse(text).records.first!
        let names = Set(header.fields.map { EventFile.aliases[$0.trimmingWhitespace()] ?? $0.trimmingWhitespace().lowercased() })
        let kindColumn = switch file.kind { case .payments: "payment_id"; case .checkIns: "credential"; case .captures: "sha256" }
        Fuzz.check(names.contains(kindColumn), "a \(file.kind) file whose header lacks \(kindColumn)")
        var previous = header.line
        for row in file.rows {
            Fuzz.check(row.line > previous && row.line <= lines, "row on line \(row.line) after line \(previous), of \(lines)")
            previous = row.line
            Fuzz.check(Set(row.fields.keys).isSubset(of: names), "row \(row.line) has a column the header lacks")
            Fuzz.check(row.fields.values.allSatisfy { $0 == $0.trimmingWhitespace() }, "row \(row.line) has an untrimmed value")
        }
        // The replay's first pass over the rows, as `EventReplay.run` makes it.
        let timeField = switch file.kind { case .payments: "paid_at"; case .checkIns: "checked_in_at"; case .captures: "captured_at" }
        var moments: [Moment] = []
        for row in file.rows {
            if let (field, scalar) = EventReplay.controlCharacter(in: row) {
                Fuzz.check(row.fields[field]!.unicodeScalars.contains(scalar), "control character not in its field")
                _ = EventReplay.codePoint(scalar)
                continue
            }
            if let moment = row.fields[timeField].flatMap({ Moment(iso: $0) }) { moments.append(moment) }
        }
        let order = moments.indices.sorted { (moments[$0], $0) < (moments[$1], $1) }
        Fuzz.check(order.count == moments.count, "sorting lost rows")
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    EventsFuzz.test(Fuzz.bytes(data, size))
    return 0
}

Fuzz.run(fuzz)

import Foundation
import TucaiKernel

/// Reads a roster file as registrars produce it: Excel's "CSV" (GBK on Chinese Windows), "CSV UTF-8" (with a
/// byte-order mark) or plain UTF-8 from another system; RFC 4180 quoting; columns found by their Chinese or
/// English headers in any order. Every row is checked and either becomes an entry or gets a problem with its
/// line; only a file that is unusable as a whole throws.
///
/// A million rows are read in about a third of a second (see `tucai-bench roster`), which shapes the code:
/// the CSV is scanned as bytes, GB18030 cells are decoded one by one (`GB18030Decoder`) instead of the file
/// first, a large file is read as two halves on two threads, each building its entries in place in the
/// final array (`RosterEntryStorage`), and duplicates across the file are found afterwards in cache-sized
/// buckets (`RepeatedKeys`). The whole file is one stretch of a `RosterStream`, which reads files too long to
/// hold in stretches with the same parser.
public enum RosterFile {
    /// Reads a roster: decodes (UTF-8, UTF-8 with BOM, GB18030/GBK), parses RFC 4180 CSV, maps columns by
    /// Chinese or English header, checks every row. Throws only when the file as a whole is unusable
    /// (unreadable, undecodable at a byte -> give the line, no header row, a required column missing).
    public static func read(contentsOf url: URL, defaults: RosterDefaults) throws(RosterError) -> Roster {
        try collect(RosterStream(RosterSource(contentsOf: url), defaults: defaults, stretchBytes: .max,
                                 parallelThreshold: parallelThreshold, observer: nil))
    }

    public static func read(data: Data, name: String, defaults: RosterDefaults) throws(RosterError) -> Roster {
        try read(data: data, name: name, defaults: defaults, parallelThreshold: parallelThreshold)
    }

    /// Stretches at least this large are read on two threads.
    static let parallelThreshold = 1 << 20

    /// `parallelThreshold` and `stretchBytes` let tests read the same bytes in different ways and compare.
    static func read(data: Data, name: String, defaults: RosterDefaults, parallelThreshold: Int,
                     stretchBytes: Int = .max) throws(RosterError) -> Roster {
        let result: Result<Roster, RosterError> = data.withUnsafeBytes { raw in
            let source = RosterSource(bytes: raw.bindMemory(to: UInt8.self), name: name)
            do throws(RosterError) {
                return .success(try collect(RosterStream(source, defaults: defaults, stretchBytes: stretchBytes,
                                                         parallelThreshold: parallelThreshold, observer: nil)))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Every stretch of `stream` in one roster. A file of one stretch keeps its array as it is.
    static func collect(_ stream: RosterStream) throws(RosterError) -> Roster {
        var entries: [RosterEntry] = []
        var problems: [RosterProblem] = []
        while let stretch = try stream.next() {
            if entries.isEmpty { entries = stretch.entries } else { entries += stretch.entries }
            problems += stretch.problems
        }
        return Roster(entries: entries, problems: problems, encoding: stream.encoding, rowCount: stream.rowCount,
                      blankRowCount: stream.blankRowCount, ignoredColumns: stream.ignoredColumns)
    }
}

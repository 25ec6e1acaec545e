import Foundation
import Testing
import TucaiKernel
@testable import TucaiRoster

@Suite struct RosterStreamTests {
    /// A reading as text to compare: the error, or the encoding, the counts, the ignored columns, every entry
    /// with its line and every problem in order.
    static func outcome(_ read: () throws(RosterError) -> Roster) -> String {
        do {
            let roster = try read()
            var text = "\(roster.encoding) rows \(roster.rowCount) blank \(roster.blankRowCount) rejected \(roster.rejectedRowCount)"
                + " ignored \(roster.ignoredColumns)\n"
            for entry in roster.entries { text += "\(entry.line): \(entry.student)\n" }
            for problem in roster.problems { text += "\(problem)\n" }
            return text
        } catch {
            return "error: \(error)\n"
        }
    }

    /// The file read through a `RosterStream` in stretches of `stretchBytes`, with what every stretch must be on
    /// its own checked as it comes: problems in line order, lines after the previous stretch's, every row an entry
    /// or rejected. Also gives how many stretches there were and the bytes the observer saw.
    static func streamed(_ path: String, name: String, stretchBytes: Int, parallelThreshold: Int,
                         keysInMemory: Int) throws(RosterError) -> (roster: Roster, stretches: Int, observed: Data) {
        var observed = Data()
        let stream = try RosterStream(RosterSource(path: path, name: name), defaults: graduation2023, stretchBytes: stretchBytes,
                                      parallelThreshold: parallelThreshold, keysInMemory: keysInMemory,
                                      observer: { observed.append(contentsOf: $0) })
        var entries: [RosterEntry] = [], problems: [RosterProblem] = []
        var stretches = 0
        var lastLine = 0
        while let stretch = try stream.next() {
            stretches += 1
            let lines = stretch.entries.map(\.line) + stretch.problems.map(\.line)
            #expect(lines.allSatisfy { $0 > lastLine }, "\(name): stretch \(stretches) goes back to an earlier line")
            #expect(stretch.problems.map(\.line) == stretch.problems.map(\.line).sorted(), "\(name): stretch \(stretches)")
            #expect(stretch.entries.count + stretch.rejectedRowCount == stretch.rowCount, "\(name): stretch \(stretches)")
            lastLine = lines.max() ?? lastLine
            entries += stretch.entries
            problems += stretch.problems
        }
        #expect(try stream.next() == nil)
        let roster = Roster(entries: entries, problems: problems, encoding: stream.encoding, rowCount: stream.rowCount,
                            blankRowCount: stream.blankRowCount, ignoredColumns: stream.ignoredColumns)
        #expect(roster.rejectedRowCount == stream.rejectedRowCount)
        return (roster, stretches, observed)
    }

    /// Every roster of the corpus, read whole and read in stretches of many sizes (some shorter than a row, so
    /// rows and quoted cells cross every boundary; with and without two threads per stretch; with the keys in
    /// memory and on disk): the same encoding, entries, problems and counts, or the same error.
    @Test(arguments: RosterCorpus.cases.map(\.name))
    func streamingReadsLikeTheWholeFile(name: String) throws {
        let bytes = try #require(RosterCorpus.cases.first { $0.name == name }?.bytes)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tucai-roster-stream-\(getpid())-\(name)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(name).path
        try bytes.write(to: URL(fileURLWithPath: path))

        let whole = Self.outcome { () throws(RosterError) in try RosterFile.read(data: bytes, name: name, defaults: graduation2023) }
        let readings: [(stretchBytes: Int, parallelThreshold: Int, keysInMemory: Int)] = [
            (64, .max, .max), (700, 0, 0), (4_099, 256, 1_000), (65_536, 1 << 14, .max), (.max, 0, .max),
        ]
        // Stretches shorter than a row cost a reading per row: only for the small files.
        for reading in readings where reading.stretchBytes >= 700 || bytes.count < 64 << 10 {
            var stretches = 0
            var observed = Data()
            let streamed = Self.outcome { () throws(RosterError) in
                let result = try Self.streamed(path, name: name, stretchBytes: reading.stretchBytes,
                                               parallelThreshold: reading.parallelThreshold, keysInMemory: reading.keysInMemory)
                stretches = result.stretches
                observed = result.observed
                return result.roster
            }
            #expect(streamed == whole, "\(name) in stretches of \(reading.stretchBytes) bytes")
            if !streamed.hasPrefix("error"), reading.stretchBytes < bytes.count / 4 {
                #expect(stretches > 1, "\(name) in stretches of \(reading.stretchBytes) bytes was read in \(stretches)")
                #expect(observed == bytes, "\(name): the observer saw each byte once, in order")
            }
        }
        #expect(!whole.isEmpty)
    }

    /// The corpus holds what the comparison above needs to mean something: each encoding, repeats of both
    /// kinds, errors of each kind.
    @Test func theCorpusCoversWhatStretchesCouldBreak() throws {
        var outcomes: [String: String] = [:]
        for (name, bytes) in RosterCorpus.cases {
            outcomes[name] = Self.outcome { () throws(RosterError) in try RosterFile.read(data: bytes, name: name, defaults: graduation2023) }
        }
        #expect(outcomes["mixed-gb18030.csv"]?.hasPrefix("GB18030") == true)
        #expect(outcomes["gbk-late.csv"]?.hasPrefix("GB18030") == true)
        #expect(outcomes["synthetic-bom.csv"]?.hasPrefix("UTF-8 with BOM") == true)
        #expect(outcomes["ignored-bad-byte.csv"]?.hasPrefix("UTF-8 rows") == true)
        #expect(outcomes["neither-late.csv"]?.contains("neither UTF-8 nor GB18030") == true)
        #expect(outcomes["gbk-bad-late.csv"]?.contains("neither UTF-8 nor GB18030") == true)
        #expect(outcomes["bom-then-gbk-late.csv"]?.contains("byte-order mark") == true)
        let mixed = try #require(outcomes["mixed.csv"])
        #expect(mixed.contains("student number S2019-CS-"), "a repeated number that packs into no key")
        #expect(mixed.contains("student number 2019"), "a repeated number that packs into a key")
        #expect(mixed.contains("the same identity number is also on line"))
        #expect(mixed.contains("the header has 7 (an unquoted comma"))
        #expect(outcomes["mixed-unterminated.csv"]?.contains("is never closed") == true)
        #expect(outcomes["mixed-no-final-newline.csv"] != mixed)
    }

    /// Keys past the memory limit go to a temporary file and come back with the same repeats a dictionary finds.
    @Test func keysSpilledToDiskFindTheSameRepeats() throws {
        var generator = SplitMix64(seed: 3)
        let spill = KeySpill(file: "r.csv", memoryLimit: 4_096)
        var firstLines: [UInt64: Int] = [:], firstTexts: [String: Int] = [:]
        var expected: [Int: Int] = [:]
        for line in 2..<40_000 {
            if generator.below(10) == 0 {
                let text = "S-\(generator.below(2_000))-长号"
                spill.append(text: text, line: line)
                if let first = firstTexts[text] { expected[line] = first } else { firstTexts[text] = line }
            } else {
                let key = UInt64(1 + generator.below(30_000))
                spill.append(key: key, line: line)
                if let first = firstLines[key] { expected[line] = first } else { firstLines[key] = line }
            }
        }
        #expect(spill.spilling)
        let repeats = try spill.repeats()
        #expect(repeats.count > 5_000)
        #expect(Dictionary(uniqueKeysWithValues: repeats.map { ($0.line, $0.firstLine) }) == expected)
        #expect(repeats.map(\.line) == repeats.map(\.line).sorted())
    }
}

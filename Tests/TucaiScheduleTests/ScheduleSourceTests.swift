import Foundation
import Testing
import TucaiKernel
import TucaiRegistry
import TucaiSchedule

/// Files a user names on the command line: a mistake in naming one is one line, never a raw system error.
@Suite("Files named on the command line")
struct ScheduleSourceTests {
    static func temporaryFile(_ name: String, _ text: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appending(path: "tucai-schedule-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appending(path: name)
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test("a missing units file or table is '<path>: cannot read the file'")
    func missingFile() {
        let path = FileManager.default.temporaryDirectory.appending(path: "tucai-no-such-\(UUID().uuidString).csv").path
        do {
            _ = try UnitListReader.read(contentsOf: URL(fileURLWithPath: path))
            Issue.record("a missing units file was read")
        } catch {
            #expect(error.message == "\(path): cannot read the file")
        }
        do {
            _ = try SessionTableReader.read(contentsOf: URL(fileURLWithPath: path))
            Issue.record("a missing table was read")
        } catch {
            #expect(error.message == "\(path): cannot read the file")
        }
        do {
            _ = try ScheduleSource.load(path, registry: institutionRegistry)
            Issue.record("a missing table loaded")
        } catch {
            #expect(error.message == "\(path): cannot read the file")
        }
    }

    @Test("--against a CSV is refused: a table declares nothing, so every check against it would be clean")
    func againstCSV() throws {
        let table = "date,room,start,end,units\n2022-11-19,C区202,08:30,09:10,茶学\n"
        let checked = try Self.temporaryFile("plan.csv", table)
        let other = try Self.temporaryFile("other.csv", table)
        do {
            _ = try ScheduleSource.load(checked.path, against: other.path, registry: institutionRegistry)
            Issue.record("--against a CSV was accepted")
        } catch {
            #expect(error.message.hasPrefix("--against \(other.path):"))
            #expect(!error.message.contains("\n"))
        }
        // Against an institution the same table is checked, and C区202 is not among YNAU's rooms.
        let source = try ScheduleSource.load(checked.path, against: "ynau", registry: institutionRegistry)
        #expect(source.findings.contains { $0.rule == "undeclared-room" })
    }
}

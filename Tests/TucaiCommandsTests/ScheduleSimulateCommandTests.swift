import Foundation
import Testing
import TucaiCommands
import TucaiKernel

@Suite("tucai schedule simulate")
struct ScheduleSimulateCommandTests {
    /// Few runs: these tests read the command's output, not the figures the simulation tests pin.
    @Test func theTextFitsAHundredColumnsAndRanksTheSlots() {
        let run = CommandRun("schedule", "simulate", "ynau", "--runs", "3", "--seed", "2")
        #expect(run.status == 0, "\(run.errors)")
        let widest = run.output.split(whereSeparator: \.isNewline).map { String($0).displayColumns }.max() ?? 0
        #expect(widest <= 100)
        #expect(run.output.contains("longest queues, top 5 by 90th-percentile wait:"))
        #expect(run.output.contains("\n5. C区"))
    }

    @Test func theCSVHasARowPerSlot() {
        let run = CommandRun("schedule", "simulate", "ynau", "--runs", "2", "--format", "csv")
        #expect(run.status == 0)
        // CSV rows end in CR LF, one Character to Swift.
        let lines = run.output.split(whereSeparator: \.isNewline)
        #expect(lines.first?.hasPrefix("date,room,start,end,units,headcount,photographed_per_run,median_wait_min,p90_wait_min") == true)
        // YNAU's 103 rows are 103 slots: no two share a room-window.
        #expect(lines.count == 1 + 103)
    }

    @Test func theChartBandsTheSlotsPastTheMark() throws {
        let file = FileManager.default.temporaryDirectory.appending(path: "tucai-queue-\(UUID().uuidString).svg")
        let run = CommandRun("schedule", "simulate", "ynau", "--runs", "3", "--mark", "20", "--svg", file.path)
        #expect(run.status == 0)
        let svg = try String(contentsOf: file, encoding: .utf8)
        #expect(svg.contains("simulated 90th-percentile wait over 20 min"))
        #expect(svg.contains("fill=\"#f39c12\""))
        let none = CommandRun("schedule", "simulate", "ynau", "--runs", "3", "--mark", "600", "--svg", file.path)
        #expect(none.status == 0)
        #expect(try !String(contentsOf: file, encoding: .utf8).contains("#f39c12"))
    }

    @Test(arguments: [
        (["--runs", "0"], "--runs must be a whole number of runs from 1 to 1000, not '0'"),
        (["--no-show", "1.5"], "--no-show must be a probability from 0.0 to 1.0, not '1.5'"),
        (["--jitter", "nan"], "--jitter must be a fraction of the mean photograph from 0.0 to 1.0, not 'nan'"),
        (["--seed", "-1"], "--seed must be a whole number from 0 to 18446744073709551615, not '-1'"),
        (["--format", "json"], "--format must be one of text, csv, not 'json'"),
    ])
    func anOptionOutOfRangeIsAUsageError(options: [String], message: String) {
        let run = CommandRun(["schedule", "simulate", "ynau"] + options)
        #expect(run.status == 2)
        #expect(run.output.isEmpty)
        #expect(run.errors.contains(message))
    }

    @Test func aBadRowIsOneLineNamingItsFieldAndExitsOne() throws {
        let table = try temporaryFile("date,room,start,end,units,headcount\n2022-11-19,R1,09:00,09:2x,A,30\n", name: "table.csv")
        let run = CommandRun("schedule", "simulate", table.path)
        #expect(run.status == 1)
        #expect(run.output.isEmpty)
        let lines = run.errors.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.contains("table.csv:2: field 'end'") == true)
    }
}

import Foundation

// tucai-bench: Tucai's benchmarks. Timing lives here, never in tests: the machines are shared and noisy.
//   swift run -c release tucai-bench [schedule|roster|campaign|commands|photo|station|postgres|all]
// Each suite prints medians of repeated runs and ratios against a baseline measured in the same run.

let suite = CommandLine.arguments.dropFirst().first ?? "all"
switch suite {
case "schedule": ScheduleBenchmarks.run()
case "campaign": CampaignBenchmarks.run(arguments: Array(CommandLine.arguments.dropFirst(2)))
case "roster": RosterBenchmarks.run()
case "photo": PhotoBenchmarks.run()
case "station": StationBenchmarks.run(arguments: Array(CommandLine.arguments.dropFirst(2)))
case "postgres": PostgresBenchmarks.run(arguments: Array(CommandLine.arguments.dropFirst(2)))
case "commands": CommandBenchmarks.run(arguments: Array(CommandLine.arguments.dropFirst(2)))
// The in-run baseline of `commands`, which starts it as a process of its own.
case "ceiling": CommandBenchmarks.ceiling(arguments: Array(CommandLine.arguments.dropFirst(2)))
case "read-ceiling": ParseBaselines.readCeiling(arguments: Array(CommandLine.arguments.dropFirst(2)))
case "parse": ParseBaselines.parse(arguments: Array(CommandLine.arguments.dropFirst(2)))
case "all":
    ScheduleBenchmarks.run()
    RosterBenchmarks.run()
    CampaignBenchmarks.run(arguments: [])
    PhotoBenchmarks.run()
    StationBenchmarks.run(arguments: [])
default:
    FileHandle.standardError.write(Data("usage: tucai-bench [schedule|roster|campaign|commands|photo|station|postgres|all]\n".utf8))
    exit(2)
}

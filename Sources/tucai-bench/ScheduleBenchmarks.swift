enum ScheduleBenchmarks { static func run() { print("schedule benchmarks: not built yet") } }

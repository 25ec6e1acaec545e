enum CampaignBenchmarks { static func run(arguments: [String]) { print("campaign benchmarks: not built yet") } }

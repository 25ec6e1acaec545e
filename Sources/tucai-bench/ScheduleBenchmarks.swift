import Foundation
import TucaiKernel
import TucaiRegistry
import TucaiSchedule

/// Planning time and gap to the lower bound, for YNAU's own units and for seeded random instances, with
/// registrar-style first-fit measured in the same run as the yardstick.
enum ScheduleBenchmarks {
    struct Instance {
        var name: String
        var problem: PlanningProblem
    }

    static func run() {
        print("schedule benchmarks: planner (minimum bin slack) against first-fit in table order")
        print("median of \(repetitions) runs each; bound = ceil(service minutes / rooms) and gap = makespan - bound, in open")
        print("minutes per room; grid = the first 5-minute step at which the room-windows hold every slot, each its students'")
        print("minutes rounded up to the grid (no slot shorter than its students need): no plan of these slots ends sooner\n")
        var instances = [Instance]()
        if let ynau = try? institutionRegistry.institution(named: "ynau"),
           let problem = try? PlanningProblem.posed(by: ynau.sessionTable, declaration: ScheduleDeclaration(ynau)) {
            instances.append(Instance(name: "YNAU 103 units/4 rooms", problem: problem))
        }
        for (units, rooms) in [(100, 4), (300, 10), (3000, 60)] {
            instances.append(Instance(name: "random \(units)/\(rooms) seed 1",
                                      problem: RandomInstance.make(units: units, rooms: rooms, seed: 1)))
        }
        let header = ["instance", "bound", "grid", "planner", "gap", "gap %", "time ms", "first-fit", "gap", "gap %", "time ms",
                      "gap ratio", "time ratio"]
        var rows = [header]
        for instance in instances {
            rows.append(measure(instance))
        }
        print(render(rows))
        print("\nGap over seeds 1-20 (planner; first-fit), worst and mean:")
        var seedRows = [["instance", "worst gap", "worst %", "mean %", "worst past grid", "short slots", "first-fit worst %", "first-fit mean %"]]
        for (units, rooms) in [(100, 4), (300, 10), (3000, 60)] {
            var planned = [Double](), baseline = [Double](), worst = 0, pastGrid = 0, short = 0, slots = 0
            for seed in 1...20 {
                let problem = RandomInstance.make(units: units, rooms: rooms, seed: UInt64(seed))
                if let plan = try? Planner.plan(problem) {
                    planned.append(plan.gapPercent); worst = max(worst, plan.gap)
                    pastGrid = max(pastGrid, plan.makespan - (plan.capacityBound ?? plan.makespan))
                    slots += plan.table.sessions.count
                    short += plan.table.sessions.count { Double($0.minutes) < problem.rate.minutes(for: $0.headcount ?? 0) - 1e-9 }
                }
                if let plan = FirstFitBaseline.plan(problem) { baseline.append(plan.gapPercent) }
            }
            seedRows.append(["random \(units)/\(rooms)", "\(worst)", percent(planned.max() ?? .nan), percent(mean(planned)),
                             "+\(pastGrid)", "\(short) of \(slots)", percent(baseline.max() ?? .nan), percent(mean(baseline))])
        }
        print(render(seedRows))
    }

    static let repetitions = 7

    static func measure(_ instance: Instance) -> [String] {
        var plan: SchedulePlan?
        let plannerTime = median(repetitions) { plan = try? Planner.plan(instance.problem) }
        var baseline: SchedulePlan?
        let baselineTime = median(repetitions) { baseline = FirstFitBaseline.plan(instance.problem) }
        guard let plan, let baseline else { return [instance.name, "failed"] + Array(repeating: "", count: 11) }
        let ratio = plan.gap > 0 ? String(format: "%.1f×", Double(baseline.gap) / Double(plan.gap)) : "∞"
        return [instance.name, "\(plan.lowerBound)", plan.capacityBound.map { "\($0)" } ?? "-", "\(plan.makespan)", "+\(plan.gap)",
                percent(plan.gapPercent), milliseconds(plannerTime), "\(baseline.makespan)", "+\(baseline.gap)",
                percent(baseline.gapPercent), milliseconds(baselineTime), ratio, String(format: "%.1f×", plannerTime / baselineTime)]
    }

    static func median(_ runs: Int, _ body: () -> Void) -> Double {
        var times = [Double]()
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return times.sorted()[runs / 2]
    }

    static func mean(_ values: [Double]) -> Double { values.isEmpty ? .nan : values.reduce(0, +) / Double(values.count) }
    static func percent(_ value: Double) -> String { String(format: "%.2f%%", value) }
    static func milliseconds(_ seconds: Double) -> String { String(format: "%.1f", seconds * 1000) }

    static func render(_ rows: [[String]]) -> String {
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                column == 0 ? cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[column] - cell.count) + cell
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}

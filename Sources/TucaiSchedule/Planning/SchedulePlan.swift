import Foundation
import TucaiKernel

/// A planned session table with how close it came to the lower bound.
public struct SchedulePlan: Sendable {
    public var problem: PlanningProblem
    public var table: SessionTable
    /// Open minutes (see `OpenTime`) by which the rooms could at best have finished.
    public var lowerBound: Int
    /// The first grid minute at which the room-windows have room for every slot, each its students' minutes
    /// rounded up to the grid: no plan whose slots are all long enough ends sooner. Nil for plans not made by
    /// `Planner`.
    public var capacityBound: Int?
    /// Open minutes by which the last session ends.
    public var makespan: Int
    /// Days added after the declared ones because the units did not fit.
    public var addedDays: Int
    /// Target ends tried before one packed.
    public var targetsTried: Int

    public var gap: Int { makespan - lowerBound }
    public var gapPercent: Double { lowerBound > 0 ? 100 * Double(gap) / Double(lowerBound) : 0 }
    /// The days, windows and rooms the plan was planned into, added days and rooms included: what its
    /// table is checked against and drawn over.
    public var declaration: ScheduleDeclaration { ScheduleDeclaration(plannedInto: problem) }
    /// The plan as the checker should see it: against what it was planned into, its slots judged at the
    /// rate it was planned at, where any slot shorter than its students need is too short.
    public var checkingContext: ScheduleContext {
        ScheduleContext(table: table, declaration: declaration, givenRate: problem.rate.studentsPerMinute)
    }
    public var lastEnd: Moment? { table.sessions.map { Moment($0.date, $0.end) }.max() }
    public var lowerBoundEnd: Moment {
        DatedWindow.moment(Int(problem.openTime.time(atOpen: Double(lowerBound)).rounded()))
    }

    init(problem: PlanningProblem, sessions: [Session], lowerBound: Int, addedDays: Int, targetsTried: Int) {
        self.problem = problem; self.lowerBound = lowerBound; self.addedDays = addedDays; self.targetsTried = targetsTried
        table = SessionTable(sessions: sessions)
        let lastEnd = sessions.map { $0.date.dayNumber * 1440 + $0.end.minutes }.max() ?? 0
        makespan = problem.openTime.open(before: lastEnd)
    }
}

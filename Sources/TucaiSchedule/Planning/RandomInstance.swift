import Foundation
import TucaiKernel

/// Seeded random planning problems for the benchmark and the tests: headcounts uniform in a range, every
/// room open in the same windows every day, enough days for everyone.
public enum RandomInstance {
    public static func make(units count: Int, rooms roomCount: Int, seed: UInt64, headcounts: ClosedRange<Int> = 20...200,
                            rate: Double = 3,
                            windows: [TimeWindow] = [TimeWindow(TimeOfDay(8, 30), TimeOfDay(12, 0)),
                                                     TimeWindow(TimeOfDay(13, 0), TimeOfDay(16, 30))],
                            firstDay: CivilDate = CivilDate(2024, 11, 4)) -> PlanningProblem {
        var generator = SplitMix64(seed: seed)
        let units = (0..<count).map { index in
            PlanningUnit(String(format: "U%04d", index + 1), headcount: generator.next(in: headcounts),
                         college: "C\(index / 10 + 1)")
        }
        let students = units.reduce(0) { $0 + $1.headcount }
        let perDay = Double(windows.reduce(0) { $0 + $1.minutes }) * rate * Double(roomCount)
        let days = Int((Double(students) / perDay).rounded(.up)) + 1
        let dated = (0..<days).flatMap { day in windows.map { DatedWindow(firstDay.adding(days: day), $0) } }
        let rooms = (0..<roomCount).map { PlanningRoom("R\($0 + 1)", windows: dated) }
        return PlanningProblem(units: units, rooms: rooms, rate: ServiceRate(rate))
    }
}

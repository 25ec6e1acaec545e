import Foundation
import TucaiKernel

/// Students a room photographs per minute, and where the figure comes from.
public struct ServiceRate: Hashable, Sendable, CustomStringConvertible {
    public enum Basis: Hashable, Sendable {
        /// Given on the command line or by a benchmark.
        case given
        /// The median of the students-per-minute of a table's slots.
        case slotMedian(slots: Int)
        /// All students of a table over all its minutes.
        case total(students: Int, minutes: Int)
    }

    public var studentsPerMinute: Double
    public var basis: Basis

    public init(_ studentsPerMinute: Double, basis: Basis = .given) {
        self.studentsPerMinute = studentsPerMinute; self.basis = basis
    }

    /// The checker's yardstick: the median slot. A median ignores the few slots that are wrong, which are
    /// exactly the ones the checker is looking for.
    public static func slotMedian(of table: SessionTable) -> ServiceRate? { slotMedian(of: Slot.slots(in: table)) }

    public static func slotMedian(of slots: [Slot]) -> ServiceRate? {
        let rates = slots.compactMap(\.throughput).sorted()
        guard !rates.isEmpty else { return nil }
        let middle = rates.count / 2
        let median = rates.count % 2 == 1 ? rates[middle] : (rates[middle - 1] + rates[middle]) / 2
        return ServiceRate(median, basis: .slotMedian(slots: rates.count))
    }

    /// The planner's rate: every student the table seats over the minutes it keeps its rooms busy, each
    /// room's booked time counted once, so that overlapping rows do not count twice and a row printed
    /// backwards adds its students but no time. The planner cuts its slots from one continuous queue per
    /// room, so what it needs is what a room serves over the day, weighted by students. A median of slots
    /// would weigh a 16-student row like a 195-student one, and small rows are padded to the 5-minute grid,
    /// which drags the median below what the rooms were actually asked to do (YNAU: 3.10 against 3.25).
    /// Nil unless every row gives a headcount.
    public static func total(of table: SessionTable) -> ServiceRate? {
        guard let students = table.headcount, students > 0 else { return nil }
        var minutes = 0
        let sane = table.sessions.filter { $0.minutes > 0 }
        let places = Dictionary(grouping: sane) { "\($0.date)|\($0.room.map(Room.normalized) ?? "")" }
        for rows in places.values {
            var reached = 0
            for window in rows.map(\.window).sorted(by: { $0.start < $1.start }) {
                let start = max(window.start.minutes, reached)
                if window.end.minutes > start { minutes += window.end.minutes - start; reached = window.end.minutes }
            }
        }
        guard minutes > 0 else { return nil }
        return ServiceRate(Double(students) / Double(minutes), basis: .total(students: students, minutes: minutes))
    }

    /// Minutes `students` need at this rate.
    public func minutes(for students: Int) -> Double { Double(students) / studentsPerMinute }

    public var formatted: String { String(format: "%.2f", studentsPerMinute) }

    public var description: String {
        switch basis {
        case .given: "\(formatted) students/min (given)"
        case let .slotMedian(slots): "\(formatted) students/min (median of \(slots) slots)"
        case let .total(students, minutes): "\(formatted) students/min (\(students) students in \(minutes) booked room-minutes)"
        }
    }
}

import Foundation
import TucaiKernel

/// A seeded discrete-event simulation of a capture day run to a session table: students come to their
/// slot's room, some not at all, and each room photographs one student at a time, first come first served
/// across all the slots that share it.
///
/// The model, every part of it a parameter:
/// - Arrivals: a slot's students come at an even pace across a window as long as the slot (or `spread`
///   minutes), moved `lead` minutes earlier, each at a uniformly random moment in it. Notices ask a class to
///   be there a quarter of an hour early (YNAU, NCHU, Lishui: 15 minutes), and a registrar who gives a slot
///   of 20 minutes expects its students over those 20 minutes, not all in its first second.
/// - No-shows: each student stays away with probability `noShow`, independently.
/// - Service: a room photographs `rate` students a minute on average; each photograph takes 1/rate minutes
///   times a factor uniform in [1 - jitter, 1 + jitter] (0 is a fixed time), or an exponential time.
/// - Opening: a room starts work at the start of a sitting, a run of its slots each starting no later than
///   the one before ends; before that (before the morning's first slot, after lunch) students line up but
///   nobody is photographed. Inside a sitting an idle photographer calls whoever is at the door.
/// - Wait: from a student's arrival, or the sitting's opening if later, to the start of their photograph.
///   Lining up before the room opens is what the notice asks for, not what the table costs.
public struct CaptureDaySimulation: Sendable {
    public enum Arrivals: Hashable, Sendable {
        /// Uniform over `spread` minutes (the slot's length when nil) starting `lead` minutes before the slot.
        case spread(lead: Int, spread: Int?)
        /// Each slot's arrival times, minutes after midnight, in the order of `Slot.slots(in:)`; a slot with
        /// fewer times than students sends only those. For worked examples.
        case given([[Double]])
    }

    public enum ServiceTimes: Hashable, Sendable {
        /// 1/rate minutes times a factor uniform in [1 - jitter, 1 + jitter]; jitter 0 is a fixed time.
        case jittered(Double)
        case exponential
    }

    public var rate: ServiceRate
    public var arrivals: Arrivals
    public var service: ServiceTimes
    public var noShow: Double
    public var seed: UInt64
    public var runs: Int

    /// The defaults a registrar would assume: a 15-minute lead spread over the slot, photographs within half
    /// their mean either way, one student in twenty absent.
    public init(rate: ServiceRate, arrivals: Arrivals = .spread(lead: 15, spread: nil), service: ServiceTimes = .jittered(0.5),
                noShow: Double = 0.05, seed: UInt64 = 1, runs: Int = 100) {
        self.rate = rate; self.arrivals = arrivals; self.service = service
        self.noShow = noShow; self.seed = seed; self.runs = runs
    }

    /// One student's visit in one run.
    struct Visit {
        var slot: Int
        var arrival: Double
        /// When the student may first be called: the arrival, or the sitting's opening if later.
        var callable: Double
        var service: Double
    }

    /// Simulates `runs` days of the table's slots that give a headcount (a slot without one has nobody to send).
    public func run(_ table: SessionTable) -> QueueReport {
        let slots = Slot.slots(in: table)
        let rooms = Self.rooms(of: slots)
        var waits = Array(repeating: [Double](), count: slots.count)
        var longest = Array(repeating: [(length: Int, at: Double)](), count: slots.count)
        var served = Array(repeating: 0, count: slots.count)
        var roomOf = Array(repeating: 0, count: slots.count)
        for (room, members) in rooms.enumerated() { for slot in members { roomOf[slot] = room } }
        for run in 0..<runs {
            var generator = SplitMix64(seed: seed ^ (UInt64(run) &* 0x9E37_79B9_7F4A_7C15))
            var byRoom = Array(repeating: [Visit](), count: rooms.count)
            for visit in draw(slots, rooms: rooms, using: &generator) { byRoom[roomOf[visit.slot]].append(visit) }
            for (room, members) in rooms.enumerated() {
                let inRoom = byRoom[room]
                let starts = Self.serve(inRoom)
                for (visit, start) in zip(inRoom, starts) {
                    waits[visit.slot].append(start - visit.callable)
                    served[visit.slot] += 1
                }
                let lines = Self.longestLines(inRoom, starts: starts)
                for slot in members { longest[slot].append(lines[slot] ?? (0, Double(slots[slot].window.start.minutes))) }
            }
        }
        let queues = slots.indices.compactMap { index -> SlotQueue? in
            guard let headcount = slots[index].headcount else { return nil }
            let sorted = waits[index].sorted()
            let lines = longest[index].sorted { ($0.length, $0.at) < ($1.length, $1.at) }
            let middle = lines.isEmpty ? (0, Double(slots[index].window.start.minutes)) : lines[(lines.count - 1) / 2]
            return SlotQueue(slot: slots[index], headcount: headcount,
                             photographed: runs > 0 ? Double(served[index]) / Double(runs) : 0,
                             medianWait: Self.percentile(0.5, of: sorted), p90Wait: Self.percentile(0.9, of: sorted),
                             longestLine: middle.0, longestLineAt: middle.1)
        }
        return QueueReport(simulation: self, slots: queues, unsimulated: slots.filter { $0.headcount == nil }.count)
    }

    /// Slots by room and day, each room's in order of start: one queue each.
    static func rooms(of slots: [Slot]) -> [[Int]] {
        var order = [String]()
        var members = [String: [Int]]()
        for (index, slot) in slots.enumerated() {
            // A row without a room is its own queue: nothing says it shares a door with another.
            let key = "\(slot.date)|" + (slot.room.map(Room.normalized) ?? "#\(index)")
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(index)
        }
        return order.map { key in members[key]!.sorted { (slots[$0].window.start, $0) < (slots[$1].window.start, $1) } }
    }

    /// When each slot's room opens for it: the start of its sitting.
    static func openings(_ slots: [Slot], rooms: [[Int]]) -> [Int: Int] {
        var opening = [Int: Int]()
        for members in rooms {
            var sittingStart = 0, reached = Int.min
            for slot in members {
                let window = slots[slot].window
                if window.start.minutes > reached { sittingStart = window.start.minutes }
                opening[slot] = sittingStart
                reached = max(reached, window.end.minutes)
            }
        }
        return opening
    }

    func draw(_ slots: [Slot], rooms: [[Int]], using generator: inout SplitMix64) -> [Visit] {
        let opening = Self.openings(slots, rooms: rooms)
        let mean = 1 / rate.studentsPerMinute
        var visits = [Visit]()
        for (index, slot) in slots.enumerated() {
            guard let headcount = slot.headcount else { continue }
            for student in 0..<headcount {
                // Every student draws the same three numbers whatever the parameters, so that a change of
                // one parameter leaves the others' draws where they were.
                let absent = Self.unit(&generator) < noShow
                let when = Self.unit(&generator)
                let pace = Self.unit(&generator)
                let arrival: Double
                switch arrivals {
                case let .spread(lead, spread):
                    let window = Double(spread ?? slot.minutes)
                    arrival = Double(slot.window.start.minutes - lead) + when * window
                case let .given(times):
                    guard times.indices.contains(index), student < times[index].count else { continue }
                    arrival = times[index][student]
                }
                guard !absent else { continue }
                let service: Double
                switch self.service {
                case let .jittered(jitter): service = mean * (1 - jitter + 2 * jitter * pace)
                case .exponential: service = -mean * log(1 - pace)
                }
                visits.append(Visit(slot: index, arrival: arrival, callable: max(arrival, Double(opening[index] ?? 0)), service: service))
            }
        }
        return visits
    }

    /// The start of each visit's photograph: whenever the room falls idle it calls the earliest arrival
    /// among those it may call.
    static func serve(_ visits: [Visit]) -> [Double] {
        let order = visits.indices.sorted { (visits[$0].callable, visits[$0].arrival, $0) < (visits[$1].callable, visits[$1].arrival, $1) }
        var starts = Array(repeating: 0.0, count: visits.count)
        var line = WaitingLine()
        var clock = -Double.infinity
        var next = 0
        for _ in visits.indices {
            if line.isEmpty { clock = max(clock, visits[order[next]].callable) }
            while next < order.count, visits[order[next]].callable <= clock {
                line.join(order[next], arrivedAt: visits[order[next]].arrival)
                next += 1
            }
            guard let called = line.call() else { break }
            starts[called] = clock
            clock += visits[called].service
        }
        return starts
    }

    /// For each slot, the longest line at the room's door while any of its students stood in it, and when
    /// the line first reached that. The line is everyone who has come and not yet been photographed,
    /// whichever slot they came for.
    static func longestLines(_ visits: [Visit], starts: [Double]) -> [Int: (length: Int, at: Double)] {
        // A photograph starting at the moment someone arrives is counted first: a student called the moment
        // they come never stood in line.
        var events = [(time: Double, joins: Bool, slot: Int)]()
        events.reserveCapacity(2 * visits.count)
        for (visit, start) in zip(visits, starts) {
            events.append((visit.arrival, true, visit.slot))
            events.append((start, false, visit.slot))
        }
        events.sort { $0.time < $1.time || ($0.time == $1.time && !$0.joins && $1.joins) }
        let slots = Array(Set(visits.map(\.slot))).sorted()
        let position = Dictionary(uniqueKeysWithValues: slots.enumerated().map { ($1, $0) })
        var line = 0
        var standing = Array(repeating: 0, count: slots.count)
        var longest = Array(repeating: (length: 0, at: 0.0), count: slots.count)
        for event in events {
            let slot = position[event.slot]!
            if event.joins {
                line += 1
                standing[slot] += 1
                for other in standing.indices where standing[other] > 0 && line > longest[other].length {
                    longest[other] = (line, event.time)
                }
            } else {
                line -= 1
                standing[slot] -= 1
            }
        }
        var result = [Int: (length: Int, at: Double)]()
        for (index, slot) in slots.enumerated() where longest[index].length > 0 { result[slot] = longest[index] }
        return result
    }

    /// The nearest-rank percentile: the smallest value with at least `p` of the values at or below it.
    /// Zero for no values: nobody came, so nobody waited.
    static func percentile(_ p: Double, of sorted: [Double]) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((p * Double(sorted.count)).rounded(.up))
        return sorted[min(sorted.count, max(1, rank)) - 1]
    }

    /// A value in [0, 1) from the top 53 bits.
    static func unit(_ generator: inout SplitMix64) -> Double { Double(generator.next() >> 11) / Double(UInt64(1) << 53) }
}

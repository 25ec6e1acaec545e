import TucaiKernel

/// One slot's queue over every run of a simulation.
public struct SlotQueue: Hashable, Sendable {
    public var slot: Slot
    public var headcount: Int
    /// Students photographed per run, on average: the headcount less the no-shows.
    public var photographed: Double
    /// Minutes, over every student of every run (nearest rank); zero when nobody came.
    public var medianWait: Double
    public var p90Wait: Double
    /// The middle run's longest line at the door while the slot's students stood in it, and when in that
    /// run (minutes after midnight) the line first reached it. The middle run rather than the worst, so that
    /// the figure does not grow with the number of runs.
    public var longestLine: Int
    public var longestLineAt: Double

    public var longestLineTime: TimeOfDay { TimeOfDay(minutes: Int(longestLineAt.rounded(.down))) }
}

/// What a simulated capture day shows: each slot's waits and line, and the slots where the line is worst.
public struct QueueReport: Sendable {
    public var simulation: CaptureDaySimulation
    /// In table order.
    public var slots: [SlotQueue]
    /// Slots without a headcount, which send nobody.
    public var unsimulated: Int

    /// The slots by 90th-percentile wait, longest first; equal waits by the longer line, then table order.
    /// The 90th percentile is what the tenth of a class at the back of the line lives through, which is the
    /// complaint a registrar hears; the median hides a slot whose line only builds at its end.
    public var ranked: [SlotQueue] {
        slots.enumerated().sorted { a, b in
            (-a.element.p90Wait, -a.element.longestLine, a.offset) < (-b.element.p90Wait, -b.element.longestLine, b.offset)
        }.map(\.element)
    }

    public var students: Int { slots.reduce(0) { $0 + $1.headcount } }
}

extension QueueReport: Equatable {
    /// Compares the figures, not the settings that produced them: two seeds are told apart by what they gave.
    public static func == (a: QueueReport, b: QueueReport) -> Bool { a.slots == b.slots && a.unsimulated == b.unsimulated }
}

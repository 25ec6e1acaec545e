/// When money comes back, and how fast.
public struct RefundRule: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Condition: String, Hashable, Sendable, Codable {
        /// Booked and paid but not photographed by the end of the campus collection.
        case reservedButNotCaptured
    }

    public enum Trigger: String, Hashable, Sendable, Codable {
        /// When the institution's collective capture days are over (校拍结束后).
        case campusCollectionEnds
    }

    public var condition: Condition
    public var trigger: Trigger
    /// Working days after the trigger within which the money is back (3 工作日内).
    public var withinWorkingDays: Int
    /// Back to the channel it was paid through (原路返回).
    public var toOriginalChannel: Bool

    public init(_ condition: Condition, after trigger: Trigger, withinWorkingDays: Int, toOriginalChannel: Bool = true) {
        self.condition = condition; self.trigger = trigger; self.withinWorkingDays = withinWorkingDays
        self.toOriginalChannel = toOriginalChannel
    }

    public var description: String {
        let who = condition == .reservedButNotCaptured ? "reserved but not captured" : condition.rawValue
        let when = trigger == .campusCollectionEnds ? "after the campus collection ends" : trigger.rawValue
        return "\(who): order cancelled and refunded \(when), within \(withinWorkingDays) working days"
            + (toOriginalChannel ? ", to the original channel" : "")
    }

    /// The last day the refund may arrive, counting Monday–Friday as working days (public holidays are not
    /// known to the kernel, so this is the earliest honest deadline).
    public func deadline(collectionEnds: CivilDate) -> CivilDate {
        var day = collectionEnds, counted = 0
        while counted < withinWorkingDays {
            day = day.adding(days: 1)
            if day.weekday.rawValue <= 5 { counted += 1 }
        }
        return day
    }
}

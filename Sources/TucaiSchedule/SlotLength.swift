import Foundation

/// Whether a slot's length suits its students at a rate. Against a table's own median, a slot up to one grid
/// step shorter than its students need is how notices round; against a stated rate, it is too short.
enum SlotLength: Equatable {
    /// The students would still be queueing when the slot ends; minutes they need.
    case tooShort(needed: Int)
    /// The room would stand idle for most of the slot; minutes they need.
    case tooLong(needed: Int)

    /// With `exact`, the rate is one the user or the planner states, not a median read off the table: any slot
    /// shorter than its students need at it is too short.
    static func judge(minutes: Int, students: Int, rate: ServiceRate, exact: Bool = false) -> SlotLength? {
        let needed = rate.minutes(for: students)
        let slot = Double(minutes)
        if exact ? needed > slot + 1e-9 : needed - slot > 5 && slot * 1.25 < needed { return .tooShort(needed: Int(needed.rounded(.up))) }
        if slot - needed >= max(10, needed) { return .tooLong(needed: Int(needed.rounded(.up))) }
        return nil
    }
}

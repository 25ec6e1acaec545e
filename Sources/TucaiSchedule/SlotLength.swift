import Foundation

/// Whether a slot's length suits its students at a rate. Slots are printed on a 5-minute grid, so a slot up
/// to one grid step shorter than its students need is how notices round, not a mistake.
enum SlotLength: Equatable {
    /// The students would still be queueing when the slot ends; minutes they need.
    case tooShort(needed: Int)
    /// The room would stand idle for most of the slot; minutes they need.
    case tooLong(needed: Int)

    static func judge(minutes: Int, students: Int, rate: ServiceRate) -> SlotLength? {
        let needed = rate.minutes(for: students)
        let slot = Double(minutes)
        if needed - slot > 5, slot * 1.25 < needed { return .tooShort(needed: Int(needed.rounded(.up))) }
        if slot - needed >= max(10, needed) { return .tooLong(needed: Int(needed.rounded(.up))) }
        return nil
    }
}

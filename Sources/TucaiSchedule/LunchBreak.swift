import TucaiKernel

/// Which break between two of a day's windows is lunch: one that begins between 11:00 and 14:00. Notices
/// rarely say "lunch", but a gap there always is one, and naming it lets a registrar see which it is.
enum LunchBreak {
    static let begins = TimeOfDay(11)...TimeOfDay(14)

    static func isLunch(breakStartingAt start: TimeOfDay) -> Bool { begins.contains(start) }
}

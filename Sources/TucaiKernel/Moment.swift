import Foundation

/// An instant named by its civil date and wall-clock time in Asia/Shanghai. China has kept UTC+8 without
/// daylight saving since 1991, so the offset is fixed; the zone is still named so that nothing reads the
/// server's local time by accident.
public struct Moment: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public static let timeZoneIdentifier = "Asia/Shanghai"
    public static let utcOffsetSeconds = 8 * 3600

    public var date: CivilDate
    public var time: TimeOfDay

    public init(_ date: CivilDate, _ time: TimeOfDay) { self.date = date; self.time = time }

    /// Seconds since 1970-01-01T00:00:00Z.
    public var unixSeconds: Int { date.dayNumber * 86_400 + time.minutes * 60 - Moment.utcOffsetSeconds }

    public var foundationDate: Date { Date(timeIntervalSince1970: TimeInterval(unixSeconds)) }

    public static func < (a: Moment, b: Moment) -> Bool { a.unixSeconds < b.unixSeconds }

    /// "2022-11-19T08:30+08:00".
    public var description: String { "\(date)T\(time)+08:00" }
}

/// A wall-clock time on a capture day, in minutes after midnight, China Standard Time.
public struct TimeOfDay: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var minutes: Int

    public init(minutes: Int) { self.minutes = minutes }
    public init(_ hour: Int, _ minute: Int = 0) { self.minutes = hour * 60 + minute }

    public var hour: Int { minutes / 60 }
    public var minute: Int { minutes % 60 }

    public static func < (a: TimeOfDay, b: TimeOfDay) -> Bool { a.minutes < b.minutes }
    public static func + (t: TimeOfDay, minutes: Int) -> TimeOfDay { TimeOfDay(minutes: t.minutes + minutes) }
    public static func - (a: TimeOfDay, b: TimeOfDay) -> Int { a.minutes - b.minutes }

    public var description: String {
        (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    /// Reads a time as notices and hand-made tables write it: "9:00", "09:00", "9：30" (full-width colon),
    /// "9: 00", "14:   30". Returns nil for anything else ("9：3O", "25:00").
    public init?(parsing text: String) {
        let cleaned = text.replacingFullWidthColon().filter { !$0.isWhitespace && $0 != "\u{3000}" }
        let parts = cleaned.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts[0].allSatisfy(\.isASCIIDigit), parts[1].allSatisfy(\.isASCIIDigit),
              let h = Int(parts[0]), let m = Int(parts[1]), h < 24, m < 60 else { return nil }
        self.init(h, m)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension StringProtocol {
    func replacingFullWidthColon() -> String { String(map { $0 == "：" ? ":" : $0 }) }
}

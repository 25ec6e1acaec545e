/// A day of the week, as notices print it beside a date ("星期一", "周一").
public enum Weekday: Int, CaseIterable, Sendable, Codable, CustomStringConvertible {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    /// The character notices use after 星期/周: 一 … 六, 日 (or 天).
    public var chineseNumeral: String { ["一", "二", "三", "四", "五", "六", "日"][rawValue - 1] }

    public var description: String { "星期" + chineseNumeral }

    /// Reads "星期一", "周一", "星期日", "星期天", "周日".
    public init?(chinese text: String) {
        var rest = Substring(text.trimmingWhitespace())
        if rest.hasPrefix("星期") { rest = rest.dropFirst(2) } else if rest.hasPrefix("周") { rest = rest.dropFirst() } else { return nil }
        if rest == "天" { rest = "日" }
        guard let day = Weekday.allCases.first(where: { $0.chineseNumeral == rest }) else { return nil }
        self = day
    }
}

extension StringProtocol {
    /// Trims ASCII and ideographic white space, which office exports scatter around cells.
    public func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{3000}" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}

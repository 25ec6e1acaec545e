/// Moments as stores and event files write them.
extension Moment {
    /// The moment `seconds` after 1970-01-01T00:00:00Z, read on Beijing's clock; seconds within the minute
    /// are dropped, as campaign times are kept to the minute.
    public init(unixSeconds seconds: Int) {
        let local = seconds + Moment.utcOffsetSeconds
        let day = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        self.init(CivilDate(dayNumber: day), TimeOfDay(minutes: (local - day * 86_400) / 60))
    }

    /// Reads "2022-11-19 08:30", "2022-11-19T08:30", "2022-11-19T08:30+08:00", with or without seconds, or a bare date (midnight),
    /// always on Beijing's clock; a different offset is not accepted, since event files come from stations
    /// in China.
    public init?(iso text: String) {
        var rest = Substring(text.trimmingWhitespace())
        if rest.hasSuffix("+08:00") { rest = rest.dropLast(6) }
        let parts = rest.split(whereSeparator: { $0 == "T" || $0 == " " })
        guard let first = parts.first, let date = CivilDate(iso: String(first)), parts.count <= 2 else { return nil }
        if parts.count == 1 { self.init(date, TimeOfDay(0)); return }
        // Seconds, when a station writes them, are dropped.
        let clock = parts[1].split(separator: ":", omittingEmptySubsequences: false).prefix(2).joined(separator: ":")
        guard let time = TimeOfDay(parsing: clock) else { return nil }
        self.init(date, time)
    }
}

/// Moments as stores and event files write them.
extension Moment {
    /// The moment `seconds` after 1970-01-01T00:00:00Z, read on Beijing's clock; seconds within the minute
    /// are dropped, as campaign times are kept to the minute.
    public init(unixSeconds seconds: Int) {
        let local = seconds + Moment.utcOffsetSeconds
        let day = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        self.init(CivilDate(dayNumber: day), TimeOfDay(minutes: (local - day * 86_400) / 60))
    }

    /// Reads "2022-11-19 08:30", "2022-11-19T08:30", "2022-11-19T08:30:05", "2022-11-19T08:30+08:00" (or "+0800"),
    /// or a bare date (midnight), always on Beijing's clock. Seconds, when a station writes them, must be
    /// 00-59 and are then dropped, since a `Moment` is kept to the minute. Any other zone ("Z", "+09:00") or
    /// trailing text is refused (nil) rather than read as Beijing time: event files come from stations in
    /// China, and a row stamped otherwise is reported, not silently shifted.
    public init?(iso text: String) {
        var rest = Substring(text.trimmingWhitespace())
        for zone in ["+08:00", "+0800"] where rest.hasSuffix(zone) {
            rest = rest.dropLast(zone.count)
            // A zone belongs to a time, not to a bare date.
            guard rest.contains(where: { $0 == "T" || $0 == " " }) else { return nil }
            break
        }
        let parts = rest.split(whereSeparator: { $0 == "T" || $0 == " " })
        guard let first = parts.first, let date = CivilDate(iso: String(first)), parts.count <= 2 else { return nil }
        if parts.count == 1 { self.init(date, TimeOfDay(0)); return }
        let fields = parts[1].split(separator: ":", omittingEmptySubsequences: false)
        guard fields.count == 2 || fields.count == 3 else { return nil }
        if fields.count == 3 {
            let seconds = fields[2]
            guard seconds.count == 2, seconds.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(seconds), value < 60 else { return nil }
        }
        guard let time = TimeOfDay(parsing: fields[0] + ":" + fields[1]) else { return nil }
        self.init(date, time)
    }
}

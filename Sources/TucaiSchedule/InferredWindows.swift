import TucaiKernel

extension ScheduleDeclaration {
    /// A day's windows as its table spans them, for a text that gives no hours (Lishui prints 上午/下午
    /// only in its table): the day's sessions merged, a pause of half an hour or more starting a new window.
    public static func inferredWindows(on date: CivilDate, from table: SessionTable) -> [TimeWindow] {
        let spans = table.sessions.filter { $0.date == date && $0.minutes > 0 }.map(\.window).sorted { $0.start < $1.start }
        var windows = [TimeWindow]()
        for span in spans {
            if let last = windows.last, span.start - last.end < 30 {
                windows[windows.count - 1].end = max(last.end, span.end)
            } else {
                windows.append(span)
            }
        }
        return windows
    }

    /// The declaration with every day that has no hours given the hours its table spans, and, when the
    /// text announces no days at all, the table's days, rooms and spans.
    public func fillingWindows(from table: SessionTable) -> ScheduleDeclaration {
        if captureDays.isEmpty {
            let days = table.dates.map { date in
                CaptureDay(date, windows: Self.inferredWindows(on: date, from: table),
                           rooms: table.sessions.filter { $0.date == date }.compactMap(\.room).uniqued())
            }
            return ScheduleDeclaration(captureDays: days, rooms: rooms, arrivalLeadMinutes: arrivalLeadMinutes)
        }
        let days = captureDays.map { day in
            var day = day
            if day.windows.isEmpty { day.windows = Self.inferredWindows(on: day.date, from: table) }
            return day
        }
        return ScheduleDeclaration(captureDays: days, rooms: rooms, arrivalLeadMinutes: arrivalLeadMinutes)
    }
}

extension Array where Element: Hashable {
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}

import Foundation
import TucaiKernel

/// A session table drawn as a Gantt chart in SVG: a row per room and day, a bar per session, the day's
/// windows shaded and its breaks hatched. Problems the checker found are drawn in red on the bars they
/// concern, numbered, and listed under the chart.
public struct GanttChart: Sendable {
    public var title: String
    public var subtitle: [String]
    public var table: SessionTable
    public var declaration: ScheduleDeclaration
    public var findings: [ScheduleFinding]
    /// Notes the checker made, counted but not drawn: they make no table wrong.
    public var notes: Int
    /// What the shaded windows are, for the legend; by default the published ones, or the table's span
    /// where the text gives no hours.
    public var windowLegend: String?
    /// Sessions whose simulated queue is long, drawn as a band under their bars; none outside `simulate`.
    public var queueMarks: [QueueMark] = []

    public init(title: String, subtitle: [String] = [], table: SessionTable, declaration: ScheduleDeclaration,
                findings: [ScheduleFinding] = [], windowLegend: String? = nil) {
        self.windowLegend = windowLegend
        self.title = title; self.subtitle = subtitle; self.table = table; self.declaration = declaration
        self.findings = findings.filter(\.makesTableUnclean)
        self.notes = findings.count - self.findings.count
    }

    /// Findings about a whole room or a whole day: drawn on the room's label or the day's header, not on
    /// every bar they concern.
    static let rowRules: Set<String> = ["undeclared-room", "unused-room"]
    static let dayRules: Set<String> = ["weekday", "unannounced-day"]

    static let width = 1600.0
    static let labelWidth = 240.0
    static let laneHeight = 20.0
    static let fontFamily = "'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif"

    /// A standalone SVG document of one or more charts, one under the other.
    public static func document(_ charts: [GanttChart]) -> String {
        var body = ""
        var y = 0.0
        for (index, chart) in charts.enumerated() {
            let part = chart.draw(top: y, idPrefix: "g\(index)")
            body += part.svg
            y += part.height + 24
        }
        let height = max(y, 100)
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" viewBox="0 0 \(Int(width)) \(Int(height))" font-family="\(fontFamily)" font-size="12">
            <defs>
            <pattern id="hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" fill="#f1f1f1"/><line x1="0" y1="0" x2="0" y2="8" stroke="#cfcfcf" stroke-width="3"/>
            </pattern>
            </defs>
            <rect width="100%" height="100%" fill="#ffffff"/>
            \(body)</svg>

            """
    }

    public var svg: String { Self.document([self]) }

    struct Row {
        var date: CivilDate
        var room: String?
        var label: String
        var problem: Bool
        var sessions: [Int]
        var lanes: [Int: Int] = [:]
        var laneCount = 1
    }

    /// Draws the chart from `top`; returns its SVG and height.
    func draw(top: Double, idPrefix: String) -> (svg: String, height: Double) {
        let sessions = table.sessions
        var flagged = [Int: [Int]]()   // session -> finding numbers
        for (number, finding) in findings.enumerated() where !Self.rowRules.contains(finding.rule) && !Self.dayRules.contains(finding.rule) {
            for row in finding.sessions { flagged[row, default: []].append(number + 1) }
        }
        let rows = layoutRows()
        let inferred = Set(rows.map(\.date)).contains { declaration.windows(on: $0).isEmpty }
        func numbers(_ rules: Set<String>, _ matches: (ScheduleFinding) -> Bool) -> String {
            let found = findings.indices.filter { rules.contains(findings[$0].rule) && matches(findings[$0]) }.map { "\($0 + 1)" }
            return found.isEmpty ? "" : " (" + found.joined(separator: ", ") + ")"
        }
        // One time axis for every day: the earliest and latest minute any window or session touches.
        var touched = sessions.flatMap { [$0.start.minutes, $0.end.minutes] }
        for row in rows { touched += windows(on: row.date).flatMap { [$0.start.minutes, $0.end.minutes] } }
        let first = ((touched.min() ?? 480) / 60) * 60
        let last = (((touched.max() ?? 1020) + 59) / 60) * 60
        let plot = Self.width - Self.labelWidth - 24
        func x(_ minutes: Int) -> Double { Self.labelWidth + Double(minutes - first) / Double(max(1, last - first)) * plot }

        var svg = ""
        var y = top + 8
        svg += text(12, y + 18, title, size: 18, weight: "bold")
        y += 28
        for line in subtitle {
            svg += text(12, y + 14, line, size: 13, fill: "#333")
            y += 18
        }
        y += 6
        // Legend.
        svg += "<rect x=\"12\" y=\"\(f(y))\" width=\"18\" height=\"12\" fill=\"#e3f1e3\" stroke=\"#9c9\"/>" + text(34, y + 10, windowLegend ?? (inferred ? "window (as the table spans it: the text gives no hours)" : "published window"), size: 11)
        let legend = 34 + Double(Self.columns(windowLegend ?? (inferred ? "window (as the table spans it: the text gives no hours)" : "published window"))) * 6.2 + 24
        svg += "<rect x=\"\(f(legend))\" y=\"\(f(y))\" width=\"18\" height=\"12\" fill=\"url(#hatch)\"/>" + text(legend + 22, y + 10, "break", size: 11)
        svg += "<rect x=\"\(f(legend + 80))\" y=\"\(f(y))\" width=\"18\" height=\"12\" fill=\"#fbe3e3\" stroke=\"#d00\" stroke-width=\"2\"/>" + text(legend + 102, y + 10, "problem (numbered below)", size: 11)
        if !queueMarks.isEmpty {
            let levels = Set(queueMarks.map(\.level))
            var left = legend + 102 + Double(Self.columns("problem (numbered below)")) * 6.2 + 24
            let threshold = queueMarks[0].threshold
            for level in QueueMark.Level.allCases where levels.contains(level) {
                let legend = level.legend(threshold)
                svg += "<rect x=\"\(f(left))\" y=\"\(f(y + 3))\" width=\"18\" height=\"6\" fill=\"\(level.colour)\"/>" + text(left + 22, y + 10, legend, size: 11)
                left += 22 + Double(Self.columns(legend)) * 6.2 + 24
            }
        }
        y += 22

        var currentDate: CivilDate?
        var firstOfDay = false
        var clipID = 0
        /// Sessions drawn with a number for a label, in the order numbered.
        var numbered: [(session: Session, label: String)] = []
        for row in rows {
            if row.date != currentDate {
                currentDate = row.date
                y += 4
                svg += "<rect x=\"0\" y=\"\(f(y))\" width=\"\(Int(Self.width))\" height=\"22\" fill=\"#f6f7fb\"/>"
                let dayMarks = numbers(Self.dayRules) { $0.date == row.date }
                svg += text(12, y + 16, "\(row.date) \(row.date.weekday)" + (dayMarks.isEmpty ? "" : " ✗" + dayMarks), size: 13,
                            fill: dayMarks.isEmpty ? "#111" : "#c00000", weight: "bold")
                var hour = first
                while hour <= last {
                    svg += text(x(hour), y + 16, TimeOfDay(minutes: hour).description, size: 10, fill: "#555", anchor: "middle")
                    hour += 60
                }
                firstOfDay = true
                y += 22
            }
            let height = max(34, Double(row.laneCount) * Self.laneHeight + 12)
            // Background: outside the windows white, windows green, breaks hatched.
            svg += "<rect x=\"\(f(Self.labelWidth))\" y=\"\(f(y))\" width=\"\(f(plot))\" height=\"\(f(height))\" fill=\"#ffffff\" stroke=\"#e4e4e4\"/>"
            let dayWindows = windows(on: row.date)
            for window in dayWindows {
                svg += "<rect x=\"\(f(x(window.start.minutes)))\" y=\"\(f(y))\" width=\"\(f(x(window.end.minutes) - x(window.start.minutes)))\" height=\"\(f(height))\" fill=\"#e3f1e3\"/>"
            }
            for (a, b) in zip(dayWindows, dayWindows.dropFirst()) where b.start > a.end {
                svg += "<rect x=\"\(f(x(a.end.minutes)))\" y=\"\(f(y))\" width=\"\(f(x(b.start.minutes) - x(a.end.minutes)))\" height=\"\(f(height))\" fill=\"url(#hatch)\"/>"
                if firstOfDay {
                    let kind = LunchBreak.isLunch(breakStartingAt: a.end) ? "lunch" : "break"
                    svg += text((x(a.end.minutes) + x(b.start.minutes)) / 2, y + height / 2 + 4, kind, size: 11, fill: "#777", anchor: "middle", style: "italic")
                }
            }
            firstOfDay = false
            var hour = first
            while hour <= last {
                svg += "<line x1=\"\(f(x(hour)))\" y1=\"\(f(y))\" x2=\"\(f(x(hour)))\" y2=\"\(f(y + height))\" stroke=\"#d8d8d8\" stroke-width=\"0.6\"/>"
                hour += 60
            }
            let rowMarks = numbers(Self.rowRules) { finding in
                guard let room = finding.room, let name = row.room, finding.date == nil || finding.date == row.date else { return false }
                return Room.normalized(room) == Room.normalized(name) || (declaration.room(named: room)?.isNamed(name) ?? false)
            }
            svg += text(12, y + height / 2 + 4, row.label + rowMarks, size: 12, fill: row.problem ? "#c00000" : "#111",
                        weight: row.problem ? "bold" : nil, maxWidth: Self.labelWidth - 18)

            for index in row.sessions {
                let session = sessions[index]
                let lane = Double(row.lanes[index] ?? 0)
                let top = y + 6 + lane * Self.laneHeight
                let backwards = session.minutes <= 0
                let left = x(min(session.start, session.end).minutes)
                let right = max(x(max(session.start, session.end).minutes), left + 3)
                let numbers = flagged[index] ?? []
                let fill = backwards ? "#fbe3e3" : colour(for: session)
                let stroke = numbers.isEmpty ? "stroke=\"#4a4a4a\" stroke-width=\"0.6\""
                    : "stroke=\"#d00000\" stroke-width=\"2.2\"" + (backwards ? " stroke-dasharray=\"4 2\"" : "")
                clipID += 1
                let clip = "\(idPrefix)c\(clipID)"
                let label = (backwards ? "\(session.start)→\(session.end) " : "") + (session.units.count > 3 ? "\(session.units.count) units: " : "")
                    + session.units.joined(separator: "、")
                    + (session.headcount.map { " (\($0))" } ?? "")
                let tooltip = "\(session.units.joined(separator: "、")) \(session.start)-\(session.end)"
                    + (session.headcount.map { ", \($0) students" } ?? "") + (session.room.map { ", \($0)" } ?? "")
                    + (numbers.isEmpty ? "" : "; problems " + numbers.map(String.init).joined(separator: ", "))
                svg += "<g><title>\(Self.escape(tooltip))</title>"
                svg += "<clipPath id=\"\(clip)\"><rect x=\"\(f(left))\" y=\"\(f(top))\" width=\"\(f(right - left))\" height=\"\(f(Self.laneHeight - 2))\"/></clipPath>"
                svg += "<rect x=\"\(f(left))\" y=\"\(f(top))\" width=\"\(f(right - left))\" height=\"\(f(Self.laneHeight - 2))\" rx=\"2\" fill=\"\(fill)\" \(stroke)/>"
                // A label wider than its bar would be cut to two or three characters, or none: the bar shows a
                // number instead, and the legend under the chart gives the label in full.
                if Double(Self.columns(label)) * 6.2 + 6 <= right - left {
                    svg += "<text x=\"\(f(left + 3))\" y=\"\(f(top + 13))\" font-size=\"11\" fill=\"#111\" clip-path=\"url(#\(clip))\">\(Self.escape(label))</text>"
                } else {
                    numbered.append((session, label))
                    svg += "<text x=\"\(f(left + 2))\" y=\"\(f(top + 13))\" font-size=\"10\" fill=\"#111\" font-weight=\"bold\" clip-path=\"url(#\(clip))\">\(numbered.count)</text>"
                }
                svg += "</g>"
                if let mark = queueMarks.first(where: { $0.sessions.contains(index) }) {
                    svg += "<g><title>\(Self.escape(mark.caption))</title><rect x=\"\(f(left))\" y=\"\(f(top + Self.laneHeight - 1))\" width=\"\(f(right - left))\" height=\"6\" fill=\"\(mark.level.colour)\"/></g>"
                }
                if let number = numbers.first {
                    svg += badge(left, top, number)
                }
            }
            // Red over the minutes a problem concerns: overlaps, runs into breaks or past the windows.
            for marked in problemSpans(in: row, windows: dayWindows) {
                svg += "<rect x=\"\(f(x(marked.start.minutes)))\" y=\"\(f(y + 2))\" width=\"\(f(max(2, x(marked.end.minutes) - x(marked.start.minutes))))\" height=\"\(f(height - 4))\" fill=\"#e00000\" fill-opacity=\"0.28\"/>"
            }
            y += height
        }

        if !numbered.isEmpty {
            y += 14
            svg += text(12, y + 12, "Sessions numbered on the chart (too short for their labels)", size: 13, weight: "bold")
            y += 18
            for (number, entry) in numbered.enumerated() {
                let line = "\(number + 1). \(entry.session.date) \(entry.session.start)-\(entry.session.end) \(entry.session.room ?? "") \(entry.label)"
                for (i, part) in wrap(line, columns: 230).enumerated() {
                    svg += text(i == 0 ? 12 : 32, y + 12, part, size: 12)
                    y += 16
                }
            }
        }

        if !findings.isEmpty {
            y += 14
            svg += text(12, y + 12, "Problems", size: 14, fill: "#c00000", weight: "bold")
            y += 20
            for (number, finding) in findings.enumerated() {
                let head = "\(number + 1). \(finding.severity) [\(finding.rule)] "
                    + [finding.date?.description, finding.room, finding.times.isEmpty ? nil : finding.times.map(\.description).joined(separator: ", ")]
                    .compactMap { $0 }.joined(separator: " ") + ": "
                for (i, line) in wrap(head + finding.message, columns: 230).enumerated() {
                    svg += text(i == 0 ? 12 : 32, y + 12, line, size: 12, fill: finding.severity == .error ? "#a00000" : "#8a5300")
                    y += 16
                }
            }
        } else {
            y += 10
            svg += text(12, y + 12, "No errors or warnings" + (notes > 0 ? " (\(notes) note\(notes == 1 ? "" : "s"), not drawn)." : "."), size: 13,
                        fill: "#2a7a2a", weight: "bold")
            y += 18
        }
        return (svg, y - top)
    }

    /// Rows by day, then room: the rooms the text declares for the day in its order, then any other room the
    /// table uses. A declared room the table never uses gets an empty row, marked when it is a problem.
    func layoutRows() -> [Row] {
        let sessions = table.sessions
        var dates = Set(sessions.map(\.date))
        for day in declaration.captureDays where sessions.isEmpty || dates.contains(day.date) || !day.rooms.isEmpty {
            dates.insert(day.date)
        }
        let unusedRooms = Set(findings.filter { $0.rule == "unused-room" }.compactMap(\.room))
        let undeclared = Set(findings.filter { $0.rule == "undeclared-room" }.flatMap(\.sessions))
        var rows = [Row]()
        for date in dates.sorted() {
            let onDay = sessions.indices.filter { sessions[$0].date == date }
            var names = [String]()
            let declared = declaration.rooms(on: date)
            for name in declared {
                let used = onDay.compactMap { sessions[$0].room }.first { declaration.room(named: name)?.isNamed($0) ?? (Room.normalized($0) == Room.normalized(name)) }
                names.append(used ?? name)
            }
            for name in onDay.compactMap({ sessions[$0].room }) where !names.contains(where: { Room.normalized($0) == Room.normalized(name) }) {
                names.append(name)
            }
            if names.isEmpty || onDay.contains(where: { sessions[$0].room == nil }) { names.append("") }
            for name in names {
                let members = onDay.filter { Room.normalized(sessions[$0].room ?? "") == Room.normalized(name) }
                let isUnused = members.isEmpty && unusedRooms.contains(where: { declaration.room(named: $0)?.isNamed(name) ?? false })
                let isUndeclared = members.contains { undeclared.contains($0) }
                let label = (name.isEmpty ? "(no room)" : name) + (isUndeclared ? "  ✗ not declared" : isUnused ? "  ✗ declared, unused" : "")
                var row = Row(date: date, room: name.isEmpty ? nil : name, label: label, problem: isUndeclared || isUnused, sessions: members)
                assignLanes(&row)
                if !members.isEmpty || isUnused || declared.contains(name) { rows.append(row) }
            }
        }
        return rows
    }

    /// Sessions that overlap go to separate lanes, so that each stays visible.
    private func assignLanes(_ row: inout Row) {
        let sessions = table.sessions
        var laneEnds = [Int]()
        let order = row.sessions.sorted { (min(sessions[$0].start, sessions[$0].end), $0) < (min(sessions[$1].start, sessions[$1].end), $1) }
        for index in order {
            let start = min(sessions[index].start, sessions[index].end).minutes
            let end = max(sessions[index].start, sessions[index].end).minutes
            if let lane = laneEnds.firstIndex(where: { $0 <= start }) {
                laneEnds[lane] = max(end, start + 1); row.lanes[index] = lane
            } else {
                laneEnds.append(max(end, start + 1)); row.lanes[index] = laneEnds.count - 1
            }
        }
        row.laneCount = max(1, laneEnds.count)
    }

    /// The minutes of a row that a problem concerns: where two of its sessions overlap, where a session runs
    /// into a break or outside the windows.
    private func problemSpans(in row: Row, windows: [TimeWindow]) -> [TimeWindow] {
        let sessions = table.sessions
        var spans = [TimeWindow]()
        let members = Set(row.sessions)
        for finding in findings where finding.rule == "overlap" {
            let pair = finding.sessions.filter(members.contains).map { sessions[$0].window }
            guard pair.count == 2 else { continue }
            spans.append(TimeWindow(max(pair[0].start, pair[1].start), min(pair[0].end, pair[1].end)))
        }
        for finding in findings where finding.rule == "across-break" || finding.rule == "outside-window" {
            for index in finding.sessions where members.contains(index) {
                let session = sessions[index].window
                var covered = [TimeWindow]()
                for window in windows where window.overlaps(session) {
                    covered.append(TimeWindow(max(window.start, session.start), min(window.end, session.end)))
                }
                var cursor = session.start
                for part in covered.sorted(by: { $0.start < $1.start }) {
                    if part.start > cursor { spans.append(TimeWindow(cursor, part.start)) }
                    cursor = max(cursor, part.end)
                }
                if cursor < session.end { spans.append(TimeWindow(cursor, session.end)) }
            }
        }
        return spans
    }

    func windows(on date: CivilDate) -> [TimeWindow] {
        let declared = declaration.windows(on: date)
        return declared.isEmpty ? ScheduleDeclaration.inferredWindows(on: date, from: table) : declared
    }

    /// Soft colours by college, so that a college's units read as one block; by unit when there is none.
    func colour(for session: Session) -> String {
        let palette = ["#9ec5e8", "#f6c89f", "#b6dfa9", "#d5b8e6", "#f2e29a", "#a9dcd6", "#f3b8c8", "#c9c9e9"]
        let key = session.college ?? session.units.first ?? ""
        var hash: UInt32 = 2_166_136_261
        for byte in key.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return palette[Int(hash % UInt32(palette.count))]
    }

    private func badge(_ x: Double, _ y: Double, _ number: Int) -> String {
        "<circle cx=\"\(f(x + 1))\" cy=\"\(f(y + 1))\" r=\"7\" fill=\"#d00000\"/>"
            + "<text x=\"\(f(x + 1))\" y=\"\(f(y + 4.5))\" font-size=\"9\" font-weight=\"bold\" fill=\"#ffffff\" text-anchor=\"middle\">\(number)</text>"
    }

    private func text(_ x: Double, _ y: Double, _ content: String, size: Int, fill: String = "#111", weight: String? = nil,
                      anchor: String? = nil, style: String? = nil, maxWidth: Double? = nil) -> String {
        var shown = content
        if let maxWidth {
            let columns = Int(maxWidth / (Double(size) * 0.55))
            if Self.columns(shown) > columns { shown = Self.truncate(shown, columns: columns - 1) + "…" }
        }
        var attributes = "x=\"\(f(x))\" y=\"\(f(y))\" font-size=\"\(size)\" fill=\"\(fill)\""
        if let weight { attributes += " font-weight=\"\(weight)\"" }
        if let anchor { attributes += " text-anchor=\"\(anchor)\"" }
        if let style { attributes += " font-style=\"\(style)\"" }
        return "<text \(attributes)>\(Self.escape(shown))</text>"
    }

    static func columns(_ text: String) -> Int { text.displayColumns }

    static func truncate(_ text: String, columns limit: Int) -> String {
        var used = 0
        var out = ""
        for character in text {
            let width = columns(String(character))
            if used + width > limit { break }
            used += width; out.append(character)
        }
        return out
    }

    private func wrap(_ text: String, columns limit: Int) -> [String] {
        var lines = [String]()
        var rest = Substring(text)
        while Self.columns(String(rest)) > limit {
            let head = Self.truncate(String(rest), columns: limit)
            // Break at the last space when there is one late enough; CJK text breaks anywhere.
            var cut = head.endIndex
            if let space = head.lastIndex(of: " "), head.distance(from: head.startIndex, to: space) > head.count * 2 / 3 { cut = space }
            let line = head[..<cut]
            lines.append(String(line))
            rest = rest.dropFirst(line.count).drop { $0 == " " }
        }
        if !rest.isEmpty { lines.append(String(rest)) }
        return lines
    }

    private func f(_ value: Double) -> String { String(format: "%.1f", value) }

    static func escape(_ text: String) -> String { MarkupText.escaped(text) }
}

import TucaiKernel

/// What the operator sees: the station, the student at the camera with their masked ID number, unit and
/// number, what is due, the question to answer, and the last outcomes. Rendered as plain text for a terminal;
/// a script reads the outcome lines instead (`CaptureStation.Outcome.line`).
public enum StationScreen {
    public static func render(_ station: CaptureStation, title: String) -> String {
        let rule = String(repeating: "─", count: 72)
        var lines = [
            "图采 Tucai · station \(station.configuration.station)" + (station.configuration.room.map { " · room \($0)" } ?? "")
                + " · " + StationEntry.clock(station.configuration.clock.unixSeconds()),
            title, rule,
        ]
        if let waiting = station.waiting, let record = station.engine.record(number: waiting.student) {
            let s = record.student
            lines.append("AT THE CAMERA   #\(waiting.ticket)" + (waiting.retake ? "   (retake)" : ""))
            lines.append("  \(s.name)   学号 \(s.studentNumber)   身份证 \(s.idNumber.map(Masked.number) ?? "-")")
            lines.append("  " + [s.college, s.major, s.className].compactMap { $0 }.joined(separator: " · "))
            if let slot = record.state.assignment {
                lines.append("  session \(slot.date) \(slot.start)–\(slot.end)" + (slot.room.map { " · \($0)" } ?? ""))
            }
            lines.append(waiting.due > .zero ? "  DUE \(waiting.due) — take the money, then type: pay RECEIPT" : "  paid or nothing due — camera ready")
        } else {
            lines.append("AT THE CAMERA   nobody — scan the next student's ID card or slip")
        }
        if let question = station.question {
            lines += [rule, "QUESTION  " + question.prompt]
        }
        lines.append(rule)
        for outcome in station.recent.suffix(5) { lines.append(outcome.line) }
        lines.append("")
        lines.append("scan, or a command (help)> ")
        return lines.joined(separator: "\n")
    }
}

extension CaptureStation.Outcome {
    /// "[ok] #3 2019001 …": one line per outcome for scripts and logs.
    public var line: String { "[\(kind.rawValue)] " + message.replacingOccurrences(of: "\n", with: "\n     ") }
}

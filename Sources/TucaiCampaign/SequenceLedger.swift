import TucaiKernel

/// The sequence numbers of a campaign as reconciliation needs them, gathered one student at a time: the
/// values issued in each series (eight bytes each), and the few holders whose line is printed (a number issued
/// with no photo in its series). Who holds a number twice is found only at the end, so their names are read in
/// a second pass over the students, taken only when there is such a number.
struct SequenceLedger {
    private struct Holder { var student: String; var name: String; var madeUp: Bool }
    private var values: [String: [Int]] = [:]
    /// Holders listed unless their number turns out to be held twice.
    private var listed: [String: [Int: Holder]] = [:]

    mutating func count(_ r: StudentRecord) {
        guard let number = r.state.sequenceNumber else { return }
        values[number.series, default: []].append(number.value)
        if r.state.capture == nil || r.state.capture?.makeUpRoute != nil {
            listed[number.series, default: [:]][number.value] = Holder(student: r.number, name: r.student.name, madeUp: r.state.capture != nil)
        }
    }

    /// The gap and duplicate lines, series by series and number by number: every number from 1 to the highest
    /// issued that no photographed student holds, and every number held by more than one student. Numbers never
    /// issued are listed as runs ("12-15"), so the list grows with the students, never with the size of a number a
    /// station got wrong. `students` is the pass to read again for the holders of a number held twice.
    func forEachItem(_ students: ((StudentRecord) throws -> Void) throws -> Void, _ body: (Reconciliation.Item) throws -> Void) throws {
        var sorted: [String: [Int]] = [:]
        var twice: [String: Set<Int>] = [:]
        for (series, issued) in values {
            let ordered = issued.sorted()
            for (a, b) in zip(ordered, ordered.dropFirst()) where a == b { twice[series, default: []].insert(a) }
            sorted[series] = ordered
        }
        var holders: [String: [Int: [String]]] = [:]
        if !twice.isEmpty {
            try students { r in
                guard let number = r.state.sequenceNumber, twice[number.series]?.contains(number.value) == true else { return }
                holders[number.series, default: [:]][number.value, default: []].append(r.number)
            }
        }
        for series in sorted.keys.sorted() {
            let ordered = sorted[series]!
            // The lowest positive number not yet accounted for.
            var next = 1
            var index = ordered.startIndex
            while index < ordered.endIndex {
                let value = ordered[index]
                var end = index + 1
                while end < ordered.endIndex && ordered[end] == value { end += 1 }
                if value > next {
                    try body(.init(section: .sequence, series: series, number: next, through: value - 1 > next ? value - 1 : nil,
                                       note: "gap: never issued"))
                }
                next = max(next, value + 1)
                if end - index > 1 {
                    let held = holders[series]?[value] ?? []
                    try body(.init(section: .sequence, student: held.joined(separator: " "), series: series, number: value,
                                       note: "duplicate: held by \(end - index) students"))
                } else if let only = listed[series]?[value] {
                    try body(.init(section: .sequence, student: only.student, name: only.name, series: series, number: value,
                                       note: "gap: issued, no photo in this series" + (only.madeUp ? " (photographed at make-up)" : "")))
                }
                index = end
            }
        }
    }
}

/// The capture sequence number (拍摄序号) that ties a photo to a student. Numbers run in series, one per
/// room and day, because each station numbers its own queue; within a series a number belongs to one student.
public struct SequenceNumber: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The run the number belongs to ("2022-11-19 C区202").
    public var series: String
    public var value: Int

    public init(series: String, value: Int) { self.series = series; self.value = value }

    /// The series of a station: its day and room (or the unit, when the table names no room).
    public static func series(date: CivilDate, place: String) -> String { date.description + " " + place }

    public static func < (a: SequenceNumber, b: SequenceNumber) -> Bool { (a.series, a.value) < (b.series, b.value) }

    public var description: String { "\(series) #\(value)" }
}

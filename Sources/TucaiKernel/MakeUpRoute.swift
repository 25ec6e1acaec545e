/// Where a student who missed the collective capture goes instead (补拍 / 散拍), and what comes of it.
public struct MakeUpRoute: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Result: String, Hashable, Sendable, Codable {
        /// The agency returns an electronic photo to the school's system.
        case electronic
        /// Only paper prints (and perhaps a disc) reach the student, who hands them in.
        case paperOnly
        /// The student collects a disc and prints, and the school uploads the file.
        case discAndPrints
    }

    public var name: String
    /// Who may use this route ("云南省内的同学").
    public var who: String?
    public var place: String
    public var address: String?
    public var openDays: [Weekday]
    public var hours: [TimeWindow]
    public var closedOnPublicHolidays: Bool
    /// The last day this route takes students.
    public var deadline: CivilDate?
    public var bring: [String]
    /// What comes of the shoot; nil when the notice does not say.
    public var result: Result?
    /// Who hands in or uploads the result, and when.
    public var handIn: String?
    public var contacts: [Contact]
    /// Whether the student bears the cost (Lishui: 散拍所产生一切费的责任由学生本人承担); nil when not stated.
    public var studentPays: Bool?
    public var onCampus: Bool
    public var notes: [String]

    public init(_ name: String, who: String? = nil, place: String, address: String? = nil, openDays: [Weekday] = [],
                hours: [TimeWindow] = [], closedOnPublicHolidays: Bool = false, deadline: CivilDate? = nil,
                bring: [String] = [], result: Result?, handIn: String? = nil, contacts: [Contact] = [],
                studentPays: Bool? = nil, onCampus: Bool = false, notes: [String] = []) {
        self.name = name; self.who = who; self.place = place; self.address = address; self.openDays = openDays
        self.hours = hours; self.closedOnPublicHolidays = closedOnPublicHolidays; self.deadline = deadline
        self.bring = bring; self.result = result; self.handIn = handIn; self.contacts = contacts
        self.studentPays = studentPays; self.onCampus = onCampus; self.notes = notes
    }

    public var description: String {
        var parts = [name]
        if let who { parts.append("for \(who)") }
        parts.append("at \(place)" + (address.map { ", \($0)" } ?? ""))
        // Everything the module holds is shown: a registrar reads the route here before printing it in a notice.
        if !openDays.isEmpty { parts.append("open " + openDays.map(\.description).joined(separator: "、")) }
        if !hours.isEmpty { parts.append("hours " + hours.map(\.description).joined(separator: ", ")) }
        if closedOnPublicHolidays { parts.append("closed on public holidays") }
        if let deadline { parts.append("until \(deadline)") }
        if !bring.isEmpty { parts.append("bring " + bring.joined(separator: "、")) }
        parts.append("result: \(result?.rawValue ?? "not stated")")
        if let handIn { parts.append("hand-in: \(handIn)") }
        if let studentPays { parts.append(studentPays ? "the student pays" : "the student does not pay") }
        if !contacts.isEmpty { parts.append("contact " + contacts.map(\.description).joined(separator: ", ")) }
        parts += notes
        return parts.joined(separator: "; ")
    }
}

import Foundation

/// A campaign config file: which institution, which cohort, and what differs from the published notice.
///
/// ```json
/// {
///   "institution": "ynau",
///   "cohort": { "level": "undergraduate", "graduationYear": 2023 },
///   "overrides": { "captureDates": ["2022-11-19"], "rooms": ["C区202", "C区203"] },
///   "database": "ynau-2023.sqlite",
///   "roster": "roster.csv",
///   "events": ["payments.csv"],
///   "seed": 2023
/// }
/// ```
/// Paths are relative to the config file. Every field but `institution` and `cohort` is optional.
public struct CampaignConfig: Sendable {
    public var file: URL
    public var institution: any Institution
    public var cohort: Cohort
    /// Dates that replace the notice's capture dates, day by day in order.
    public var captureDates: [CivilDate]?
    /// Room names that replace the notice's declared rooms.
    public var rooms: [String]?
    /// A SQLite file, or a `postgresql://` URL.
    public var database: URL
    public var roster: URL?
    public var events: [URL]
    /// Seed for the synthetic roster and events when no roster is given.
    public var seed: UInt64
    /// Synthetic roster size; nil means the published table's headcounts.
    public var students: Int?
    /// A session table (CSV, as `tucai schedule plan --format csv` writes it) for a school whose notice puts
    /// its table in an attachment the text lacks; it replaces the module's table.
    public var sessionTable: URL? = nil

    static let knownFields: Set<String> = ["institution", "cohort", "overrides", "database", "roster", "events", "seed", "students", "comment", "sessionTable"]

    /// Reads and checks a config. Every problem is a `ConfigError` naming the file, line and field.
    public static func load(_ file: URL, registry: InstitutionRegistry) throws(ConfigError) -> CampaignConfig {
        let data: Data
        do { data = try Data(contentsOf: file) } catch {
            throw ConfigError(file: file.path, line: nil, field: nil, message: "cannot read the file")
        }
        return try parse(data, file: file, registry: registry)
    }

    public static func parse(_ data: Data, file: URL, registry: InstitutionRegistry) throws(ConfigError) -> CampaignConfig {
        let text = String(decoding: data, as: UTF8.self)
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data) } catch {
            throw ConfigError.malformed(error, text: text, file: file.path)
        }
        let reader = FieldReader(file: file.path, text: text)
        guard let root = object as? [String: Any] else {
            throw ConfigError(file: file.path, line: 1, field: nil, message: "the config must be a JSON object")
        }
        if let unknown = root.keys.sorted().first(where: { !knownFields.contains($0) }) {
            throw reader.error(unknown, "unknown field; known fields: " + knownFields.sorted().joined(separator: ", "))
        }
        let name = try reader.string(root, "institution")
        let institution: any Institution
        do { institution = try registry.institution(named: name) } catch {
            throw reader.error("institution", error.description)
        }
        let cohortObject = try reader.object(root, "cohort")
        let levelName = try reader.string(cohortObject, "level", path: "cohort.level")
        guard let level = Cohort.Level(rawValue: levelName) else {
            throw reader.error("cohort.level", "must be graduate or undergraduate, not '\(levelName)'")
        }
        let year = try reader.int(cohortObject, "graduationYear", path: "cohort.graduationYear", in: Self.graduationYears)
        // A cohort the notice does not photograph would put the whole roster out of scope (or in it) silently.
        let listed = institution.cohorts.first { $0.level == level && $0.graduationYear == year }
        if listed == nil, !institution.cohorts.isEmpty {
            throw reader.error("cohort", "\(institution.identifier) photographs " + institution.cohorts.map(\.description).joined(separator: ", ")
                               + ", not \(level) \(year)")
        }
        let cohort = listed ?? Cohort(level, graduating: year)

        var captureDates: [CivilDate]?
        var rooms: [String]?
        if root["overrides"] != nil {
            let overrides = try reader.object(root, "overrides")
            if let unknown = overrides.keys.sorted().first(where: { !["captureDates", "rooms"].contains($0) }) {
                throw reader.error("overrides.\(unknown)", "unknown field; known: captureDates, rooms")
            }
            if overrides["captureDates"] != nil {
                captureDates = try reader.strings(overrides, "captureDates", path: "overrides.captureDates").map { text throws(ConfigError) in
                    guard let date = CivilDate(iso: text) else {
                        throw reader.error("overrides.captureDates", "'\(reader.quoted(text))' is not a date like 2022-11-19")
                    }
                    guard Self.captureYears(graduating: year).contains(date.year) else {
                        let years = Self.captureYears(graduating: year)
                        throw reader.error("overrides.captureDates", "\(date) is outside the \(year) cohort's campaign years, "
                                           + "\(years.lowerBound) to \(years.upperBound)")
                    }
                    return date
                }
            }
            if overrides["rooms"] != nil { rooms = try reader.strings(overrides, "rooms", path: "overrides.rooms") }
            // An empty list would not mean "as the notice says" but "no days" or "no rooms", which silently
            // switches off every check of the schedule against them.
            if captureDates?.isEmpty == true { throw reader.error("overrides.captureDates", "must name at least one date") }
            if rooms?.isEmpty == true { throw reader.error("overrides.rooms", "must name at least one room") }
        }
        let directory = file.deletingLastPathComponent()
        let database: URL
        if root["database"] != nil {
            let text = try reader.string(root, "database")
            // A server's campaign: `postgresql://…`, which the store reads (TucaiPostgres' `PostgresLocation`).
            if text.hasPrefix("postgresql://") || text.hasPrefix("postgres://") {
                guard let url = URL(string: text) else { throw reader.error("database", "is not a URL that can be read") }
                database = url
            } else {
                database = try reader.path(text, field: "database", in: directory)
            }
        } else {
            database = directory.appending(path: file.deletingPathExtension().lastPathComponent + ".sqlite")
        }
        let roster = root["roster"] != nil ? try reader.path(try reader.string(root, "roster"), field: "roster", in: directory) : nil
        let events = root["events"] != nil
            ? try reader.strings(root, "events").map { name throws(ConfigError) in try reader.path(name, field: "events", in: directory) } : []
        let seed = root["seed"] != nil ? try reader.seed(root, "seed") : 1
        let students = root["students"] != nil ? try reader.int(root, "students", in: Self.studentCounts) : nil
        let sessionTable = root["sessionTable"] != nil
            ? try reader.path(try reader.string(root, "sessionTable"), field: "sessionTable", in: directory) : nil
        var config = CampaignConfig(file: file, institution: institution, cohort: cohort, captureDates: captureDates,
                                    rooms: rooms, database: database, roster: roster,
                                    events: events, seed: seed, students: students)
        config.sessionTable = sessionTable
        return config
    }

    /// The graduation years a config may name: a cohort of a school that photographs for the national register.
    public static let graduationYears = 1950...2100
    /// The sizes a synthetic roster may have: up to the national cohort (12.2 million graduates in 2025) with
    /// room, which a run holds in bounded memory; beyond it, a typing error would take the disk and days.
    public static let studentCounts = 0...20_000_000

    /// The years a campaign for a cohort may photograph in: notices photograph up to two years before
    /// graduation (安徽农业大学 in 2020 for 2022; a year more is allowed), and make-ups and late graduates run
    /// into the year after.
    public static func captureYears(graduating year: Int) -> ClosedRange<Int> { (year - 3)...(year + 1) }

    /// The years an event of this campaign (a payment, a check-in, a photo) may be dated in: two years either
    /// side of its capture days. A payment dated 1970 or 9999 is a broken export, not a late payment.
    public var eventYears: ClosedRange<Int> {
        let years = captureDays.map(\.date.year)
        return ((years.min() ?? cohort.graduationYear) - 2)...((years.max() ?? cohort.graduationYear) + 2)
    }

    /// The notice's capture days with the config's dates substituted in order.
    public var captureDays: [CaptureDay] {
        guard let captureDates else { return institution.captureDays }
        return captureDates.enumerated().map { index, date in
            let template = institution.captureDays.indices.contains(index) ? institution.captureDays[index]
                : institution.captureDays.last ?? CaptureDay(date, windows: [], rooms: [])
            return CaptureDay(date, printedWeekday: nil, campus: template.campus, windows: template.windows,
                              rooms: rooms ?? template.rooms)
        }
    }
}

/// A config problem, printed as one line: `file:line: field: message`.
public struct ConfigError: Error, CustomStringConvertible, Equatable {
    public var file: String
    public var line: Int?
    public var field: String?
    public var message: String

    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        if let field { text += ": field '\(field)'" }
        // A JSON key or value may hold a line break ("\r" in a key): escaped, the error stays one line.
        return String((text + ": " + message).unicodeScalars.map {
            $0.properties.generalCategory == .control ? $0.escaped(asASCII: true) : String($0)
        }.joined())
    }

    /// Turns JSONSerialization's "around character N" into a line and column.
    static func malformed(_ error: Error, text: String, file: String) -> ConfigError {
        let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
        guard let range = detail.range(of: #"character (\d+)"#, options: .regularExpression),
              let offset = Int(detail[range].dropFirst("character ".count)) else {
            return ConfigError(file: file, line: nil, field: nil, message: "malformed JSON: \(detail)")
        }
        var line = 1, column = 1
        for (index, character) in text.utf16.enumerated() {
            if index >= offset { break }
            if character == 0x0A { line += 1; column = 1 } else { column += 1 }
        }
        let reason = detail.replacingOccurrences(of: #"\s*around character \d+\.?"#, with: "", options: .regularExpression)
        return ConfigError(file: file, line: line, field: nil, message: "malformed JSON at column \(column): \(reason)")
    }
}

/// Typed access to config fields; errors carry the line where the field's key first appears.
private struct FieldReader {
    let file: String
    let text: String

    func line(of field: String) -> Int? {
        let key = "\"" + (field.split(separator: ".").last.map(String.init) ?? field) + "\""
        guard let range = text.range(of: key) else { return nil }
        // Counted on bytes: in Swift "\r\n" is one Character, so a config saved on Windows would be all line 1.
        return text[..<range.lowerBound].utf8.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    }

    func error(_ field: String, _ message: String) -> ConfigError {
        ConfigError(file: file, line: line(of: field), field: field, message: message)
    }

    func value(_ object: [String: Any], _ key: String, path: String?) throws(ConfigError) -> Any {
        guard let value = object[key], !(value is NSNull) else { throw error(path ?? key, "is required") }
        return value
    }

    func string(_ object: [String: Any], _ key: String, path: String? = nil) throws(ConfigError) -> String {
        guard let text = try value(object, key, path: path) as? String else { throw error(path ?? key, "must be a string") }
        return text
    }

    /// A whole number within `range`. JSON's true and false arrive as NSNumbers of type "c" (char); whole
    /// numbers as "q" (or "Q" above Int64), with their digits exact in `stringValue`; 2023.0 or 1e300 as "d",
    /// and digits beyond UInt64 as an NSDecimalNumber. None of them is converted before it is known to fit.
    func int(_ object: [String: Any], _ key: String, path: String? = nil, in range: ClosedRange<Int>) throws(ConfigError) -> Int {
        let field = path ?? key
        let number = try wholeNumber(object, key, path: path)
        guard let value = Int(number.stringValue) ?? Self.exactInt(number.doubleValue), range.contains(value) else {
            throw error(field, "must be from \(range.lowerBound) to \(range.upperBound), not \(Self.shown(number))")
        }
        return value
    }

    /// A seed: any whole number from 0 to 2^64 - 1.
    func seed(_ object: [String: Any], _ key: String) throws(ConfigError) -> UInt64 {
        let number = try wholeNumber(object, key, path: nil)
        guard let value = UInt64(number.stringValue) ?? Self.exactInt(number.doubleValue).flatMap(UInt64.init(exactly:)) else {
            throw error(key, "must be from 0 to \(UInt64.max), not \(Self.shown(number))")
        }
        return value
    }

    private func wholeNumber(_ object: [String: Any], _ key: String, path: String?) throws(ConfigError) -> NSNumber {
        let raw = try value(object, key, path: path)
        guard let number = raw as? NSNumber, String(cString: number.objCType) != "c",
              number.doubleValue.isFinite, number.doubleValue == number.doubleValue.rounded() else {
            throw error(path ?? key, "must be a whole number")
        }
        return number
    }

    /// A double that is a whole number Int can hold exactly, or nil.
    static func exactInt(_ value: Double) -> Int? {
        guard value.isFinite, abs(value) < 9.0e15 else { return nil }
        return Int(exactly: value)
    }

    /// A number as the config wrote it, cut short when it is long.
    static func shown(_ number: NSNumber) -> String {
        let text = number.stringValue
        return text.count > 24 ? String(text.prefix(24)) + "…" : text
    }

    /// A config text quoted in an error: control characters escaped, at most 60 characters.
    func quoted(_ text: String) -> String {
        var shown = ""
        for scalar in text.unicodeScalars.prefix(60) {
            shown += scalar.properties.generalCategory == .control ? scalar.escaped(asASCII: true) : String(scalar)
        }
        return text.unicodeScalars.count > 60 ? shown + "…" : shown
    }

    /// A path from the config: absolute as given, or relative to the config's folder and inside it, so that
    /// a config never writes (or reads) beside someone else's files by climbing out with '..'.
    func path(_ text: String, field: String, in directory: URL) throws(ConfigError) -> URL {
        guard !text.trimmingWhitespace().isEmpty else { throw error(field, "must name a file") }
        if let scalar = text.unicodeScalars.first(where: { $0.properties.generalCategory == .control }) {
            throw error(field, "'\(quoted(text))' holds the control character U+\(String(format: "%04X", scalar.value)), which no path may hold")
        }
        if text.hasPrefix("/") { return URL(fileURLWithPath: text) }
        var depth = 0
        for component in text.split(separator: "/") {
            if component == ".." { depth -= 1 } else if component != "." { depth += 1 }
            if depth < 0 {
                throw error(field, "'\(quoted(text))' leaves the config's folder; give an absolute path to use a file elsewhere")
            }
        }
        return directory.appending(path: text)
    }

    func object(_ object: [String: Any], _ key: String, path: String? = nil) throws(ConfigError) -> [String: Any] {
        guard let nested = try value(object, key, path: path) as? [String: Any] else { throw error(path ?? key, "must be an object") }
        return nested
    }

    func strings(_ object: [String: Any], _ key: String, path: String? = nil) throws(ConfigError) -> [String] {
        guard let list = try value(object, key, path: path) as? [Any], let texts = list as? [String] else {
            throw error(path ?? key, "must be a list of strings")
        }
        return texts
    }
}

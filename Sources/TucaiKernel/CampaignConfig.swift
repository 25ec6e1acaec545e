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
        let year = try reader.int(cohortObject, "graduationYear", path: "cohort.graduationYear")
        let cohort = institution.cohorts.first { $0.level == level && $0.graduationYear == year }
            ?? Cohort(level, graduating: year)

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
                        throw reader.error("overrides.captureDates", "'\(text)' is not a date like 2022-11-19")
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
        let databaseName = root["database"] != nil ? try reader.string(root, "database")
            : file.deletingPathExtension().lastPathComponent + ".sqlite"
        let roster = root["roster"] != nil ? directory.appending(path: try reader.string(root, "roster")) : nil
        let events = root["events"] != nil ? try reader.strings(root, "events").map { directory.appending(path: $0) } : []
        let seed = root["seed"] != nil ? try reader.int(root, "seed") : 1
        let students = root["students"] != nil ? try reader.int(root, "students") : nil
        if let students, students < 0 { throw reader.error("students", "must not be negative") }
        if seed < 0 { throw reader.error("seed", "must not be negative") }
        let sessionTable = root["sessionTable"] != nil ? directory.appending(path: try reader.string(root, "sessionTable")) : nil
        var config = CampaignConfig(file: file, institution: institution, cohort: cohort, captureDates: captureDates,
                                    rooms: rooms, database: directory.appending(path: databaseName), roster: roster,
                                    events: events, seed: UInt64(seed), students: students)
        config.sessionTable = sessionTable
        return config
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
        return text + ": " + message
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
        return text[..<range.lowerBound].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
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

    func int(_ object: [String: Any], _ key: String, path: String? = nil) throws(ConfigError) -> Int {
        let raw = try value(object, key, path: path)
        // JSON's true and false arrive as NSNumbers of type "c" (char); 1 arrives as "i" or "q".
        guard let number = raw as? NSNumber, String(cString: number.objCType) != "c", number.doubleValue == number.doubleValue.rounded(), abs(number.doubleValue) < 1e15 else {
            throw error(path ?? key, "must be a whole number")
        }
        return number.intValue
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

// Fuzzes the campaign config loader, `CampaignConfig.parse(_:file:registry:)`, with the generated registry of
// the eleven institutions: any bytes, as a hand-edited JSON file might be.
//
// Invariants: the loader returns a config or throws `ConfigError`, never crashes. The error's description is
// one line beginning with the file, and a line it names is one the file has. The same bytes give the same
// answer twice. A config that loads keeps what the loader promises: students and seed not negative, override
// lists not empty, and its capture days can be derived.
import Foundation
import FuzzSupport
import TucaiKernel
import TucaiRegistry

enum ConfigFuzz {
    static let file = URL(fileURLWithPath: "/fuzz/campaign.json")

    static func parse(_ data: Data) -> Result<CampaignConfig, ConfigError> {
        Result { () throws(ConfigError) in try CampaignConfig.parse(data, file: file, registry: institutionRegistry) }
    }

    static func test(_ bytes: [UInt8]) {
        let data = Data(bytes)
        let lines = Fuzz.lineCount(text: String(decoding: bytes, as: UTF8.self))
        switch (parse(data), parse(data)) {
        case let (.failure(error), .failure(again)):
            Fuzz.check(error == again, "the same bytes threw \(error), then \(again)")
            Fuzz.check(Fuzz.isOneLine(error.description), "error of more than one line: \(error.description.debugDescription)")
            Fuzz.check(error.description.hasPrefix(file.path + ":"), "error without the file: \(error)")
            Fuzz.check(!error.message.isEmpty, "error without a message: \(error)")
            if let line = error.line { Fuzz.check((1...lines).contains(line), "error names line \(line) of \(lines): \(error)") }
        case let (.success(config), .success(again)):
            Fuzz.check(config.file == file, "config of another file")
            Fuzz.check(config.cohort == again.cohort && config.database == again.database && config.events == again.events
                       && config.seed == again.seed && config.students == again.students, "the same bytes gave two configs")
            Fuzz.check((config.students ?? 0) >= 0, "negative students")
            Fuzz.check(config.captureDates.map { !$0.isEmpty } ?? true, "empty captureDates accepted")
            Fuzz.check(config.rooms.map { !$0.isEmpty } ?? true, "empty rooms accepted")
            let days = config.captureDays
            if let dates = config.captureDates { Fuzz.check(days.map(\.date) == dates, "capture days are not the config's dates") }
        default:
            fatalError("invariant broken: the same bytes loaded once and failed once")
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    ConfigFuzz.test(Fuzz.bytes(data, size))
    return 0
}

Fuzz.run(fuzz)

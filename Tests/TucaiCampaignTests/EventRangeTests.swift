import Foundation
import Testing
@testable import TucaiCampaign
import TucaiKernel
import TucaiRegistry

/// An event dated outside its campaign's years (a payment of 1970 or 9999) or a payment beyond any amount is
/// a broken export: the file is refused with its line before anything is stored.
@Suite struct EventRangeTests {
    /// 云南大学's 2021 cohort, photographed in November 2020: events may fall in 2018 to 2022.
    static func campaign(_ eventFile: String, named name: String, in directory: TemporaryDirectory) throws -> String {
        try Fixtures.write("""
            学号,姓名,身份证号,学院,学历层次,入学年份,学制
            2018200001,张三,110105199501011239,\(Fixtures.workflow("ynu").sessions[0].units[0]),硕士,2018,3

            """, "roster.csv", in: directory)
        try Fixtures.write(eventFile, name, in: directory)
        let path = directory.path("ynu-2021.json")
        try Data("""
            {"institution": "ynu", "cohort": {"level": "graduate", "graduationYear": 2021}, "roster": "roster.csv", "events": ["\(name)"]}
            """.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test(arguments: [
        ("payments.csv", "payment_id,student_number,amount_fen,paid_at\nWX-1,2018200001,3000,2020-11-02 09:00\nWX-2,2018200001,3000,1970-01-01 08:00\n",
         "payments.csv:3: field 'paid_at': '1970-01-01 08:00' is outside the campaign's years, 2018 to 2022; nothing was replayed"),
        ("payments.csv", "payment_id,student_number,amount_fen,paid_at\nWX-1,2018200001,3000,9999-12-31T23:59:59+08:00\nWX-2,2018200001,3000,1970-01-01\n",
         "payments.csv:2: field 'paid_at': '9999-12-31T23:59:59+08:00' is outside the campaign's years, 2018 to 2022 (and 1 more row out of range); nothing was replayed"),
        ("checkins.csv", "student_number,credential,checked_in_at\n2018200001,residentIDCard,2017-12-31 23:59\n",
         "checkins.csv:2: field 'checked_in_at': '2017-12-31 23:59' is outside the campaign's years, 2018 to 2022; nothing was replayed"),
        ("captures.csv", "student_number,photo_path,sha256,captured_at\n2018200001,p.jpg,,2023-01-01 00:00\n",
         "captures.csv:2: field 'captured_at': '2023-01-01 00:00' is outside the campaign's years, 2018 to 2022; nothing was replayed"),
        ("payments.csv", "payment_id,student_number,amount_fen,paid_at\nWX-1,2018200001,9223372036854775807,2020-11-02 09:00\n",
         "payments.csv:2: field 'amount_fen': 9223372036854775807 fen is more than any payment of a campaign (at most 100000000 fen, 1000000 元); nothing was replayed"),
        ("payments.csv", "payment_id,student_number,amount_fen,paid_at\nWX-1,2018200001,99999999999999999999999,2020-11-02 09:00\n",
         "payments.csv:2: field 'amount_fen': 99999999999999999999999 fen is more than any payment of a campaign"),
    ])
    func anEventOutOfRangeStopsTheRunBeforeAnyDatabaseIsCreated(name: String, file: String, message: String) throws {
        let directory = TemporaryDirectory()
        let config = try Self.campaign(file, named: name, in: directory)
        let run = CommandTests.run(["campaign", "run", config])
        #expect(run.code == 1)
        #expect(run.err.hasPrefix("tucai campaign run: \(directory.path(""))"), "\(run.err)")
        #expect(run.err.contains(message), "\(run.err)")
        #expect(run.err.split(separator: "\n").count == 1, "\(run.err)")
        #expect(!FileManager.default.fileExists(atPath: directory.path("ynu-2021.sqlite")))
    }

    @Test func theCampaignsYearsComeFromItsCaptureDays() throws {
        let directory = TemporaryDirectory()
        let json = #"{"institution": "ynau", "cohort": {"level": "undergraduate", "graduationYear": 2023}, "overrides": {"captureDates": ["2021-05-01"]}}"#
        let config = try Fixtures.config(json, named: "c.json", in: directory)
        #expect(config.eventYears == 2019...2023)
        let online = try CampaignConfig.parse(Data(#"{"institution": "bjwl", "cohort": {"level": "undergraduate", "graduationYear": 2022}}"#.utf8),
                                              file: directory.url.appending(path: "b.json"), registry: institutionRegistry)
        #expect(online.eventYears == 2020...2024, "without capture days, the graduation year")
    }

    @Test func withoutTheCampaignAReaderStillRefusesTheImplausible() throws {
        let directory = TemporaryDirectory()
        try Fixtures.write("payment_id,student_number,amount_fen,paid_at\nWX-1,1,3000,2000-01-01 00:00\nWX-2,1,3000,2100-12-31 23:59\n", "ok.csv", in: directory)
        #expect(try EventFile(url: directory.url.appending(path: "ok.csv")).rows.count == 2)
        for (time, line) in [("1999-12-31 23:59", 3), ("2101-01-01 00:00", 3)] {
            try Fixtures.write("payment_id,student_number,amount_fen,paid_at\nWX-1,1,3000,2020-01-01 00:00\nWX-2,1,3000,\(time)\n", "bad.csv", in: directory)
            #expect(throws: EventFile.Failure.self) { try EventFile(url: directory.url.appending(path: "bad.csv")) }
            do {
                _ = try EventFile(url: directory.url.appending(path: "bad.csv"))
            } catch {
                #expect(error.description.contains("bad.csv:\(line): field 'paid_at': '\(time)' is outside the campaign's years, 2000 to 2100"))
            }
        }
    }

    @Test func aTimeThatIsNoTimeIsStillTheReplaysToReport() throws {
        let directory = TemporaryDirectory()
        try Fixtures.write("payment_id,student_number,amount_fen,paid_at\nWX-1,1,3000,yesterday\nWX-2,1,-5,2020-01-01 00:00\n", "odd.csv", in: directory)
        #expect(try EventFile(url: directory.url.appending(path: "odd.csv")).rows.count == 2)
    }
}

import Foundation
import Testing
import TucaiCommands
import TucaiKernel
import TucaiTestKit

/// Each school's example campaign run twice as a user runs it, `tucai campaign run` then `tucai reconcile`: once on
/// the SQLite file beside its config, once with its `database` on a PostgreSQL server the test starts. The
/// summaries and the reconciliations must be the same line for line, but for the line naming the database.
@Suite struct PostgresExampleCampaignsTests {
    @Test(arguments: ExampleCampaignsTests.configs)
    func theExampleRunsTheSameOnPostgreSQLAsOnSQLite(_ name: String) throws {
        let server = try PostgresTestServer.shared()
        let url = try server.newDatabase(prefix: "example")
        let directory = TemporaryDirectory()
        let text = try String(contentsOf: ExampleCampaignsTests.examples.appending(path: name), encoding: .utf8)
        var root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        // Files the config names (a roster, event files, a session table) are read from the examples' folder.
        for field in ["roster", "sessionTable"] { if let path = root[field] as? String { root[field] = ExampleCampaignsTests.examples.appending(path: path).path } }
        if let events = root["events"] as? [String] { root["events"] = events.map { ExampleCampaignsTests.examples.appending(path: $0).path } }
        root.removeValue(forKey: "database")
        let sqliteConfig = directory.path(name)
        try JSONSerialization.data(withJSONObject: root).write(to: URL(fileURLWithPath: sqliteConfig))
        root["database"] = url
        let postgresConfig = directory.path("pg-" + name)
        try JSONSerialization.data(withJSONObject: root).write(to: URL(fileURLWithPath: postgresConfig))

        var outputs: [[String]] = []
        for config in [sqliteConfig, postgresConfig] {
            let run = CommandTests.run(["campaign", "run", config])
            #expect(run.code == 0, "\(config): \(run.err.suffix(400))")
            let reconcile = CommandTests.run(["reconcile", config])
            #expect(reconcile.code == 0, "\(config): \(reconcile.err.suffix(400))")
            // The title and the database line name the store; everything else is the campaign.
            let lines = (run.out + "\n" + reconcile.out).split(separator: "\n").map(String.init)
            outputs.append(lines.filter { !$0.hasPrefix("database") && !$0.contains(" — ") })
        }
        #expect(outputs[0].count > 20, "\(name): \(outputs[0])")
        #expect(outputs[0] == outputs[1], "\(name): first difference \(zip(outputs[0], outputs[1]).first { $0 != $1 }.map { "\($0) | \($1)" } ?? "in length")")
    }
}

import Foundation
import Testing
import TucaiTestKit

/// The throwaway PostgreSQL server that store tests run against: its own directory, a private socket, gone after stop().
@Suite struct PostgresTestServerTests {
    @Test func aNewDatabaseAnswersOnThePrivateSocketOnly() throws {
        let server = try PostgresTestServer.start(settings: ["fsync": "off"])
        defer { server.stop() }
        let url = try server.createDatabase("tucai_check")
        let result = try PostgresTestServer.run([server.binDirectory + "/psql", "-X", url, "-Atc",
                                                 "select current_database(), current_setting('listen_addresses')"])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.trimmingCharacters(in: .newlines) == "tucai_check|")
        #expect(url.hasPrefix("postgresql://\(server.user)@/tucai_check?host=%2F"))

        let other = try server.newDatabase(prefix: "unit")
        #expect(other != (try server.newDatabase(prefix: "unit")))
    }

    @Test func stopEndsTheServerAndRemovesItsDirectory() throws {
        let server = try PostgresTestServer.start()
        let pid = server.processIdentifier
        #expect(kill(pid, 0) == 0)
        server.stop()
        server.stop() // again: nothing to do
        #expect(!FileManager.default.fileExists(atPath: server.directory))
        #expect(kill(pid, 0) == -1)
        let ready = try PostgresTestServer.run([server.binDirectory + "/pg_isready", "-h", server.socketDirectory,
                                                "-p", String(server.port), "-t", "2"])
        #expect(ready.status == 2, "\(ready.output)") // 2: no response
    }

    @Test func theSharedServerIsOne() throws {
        let first = try PostgresTestServer.shared()
        let second = try PostgresTestServer.shared()
        #expect(first === second)
        let url = try first.newDatabase()
        let result = try PostgresTestServer.run([first.binDirectory + "/psql", "-X", url, "-Atc", "select 1"])
        #expect(result.output.trimmingCharacters(in: .newlines) == "1")
    }
}

import Testing
import TucaiKernel
import TucaiPostgres

/// How a `postgresql://` URL names a campaign and its key, and what it never shows.
@Suite struct PostgresLocationTests {
    @Test func tucaisOwnParametersAreTakenOutAndTheRestIsLibpqs() throws {
        let location = try PostgresLocation(url: "postgresql://station3:s3cret@db.example.cn/tucai?sslmode=verify-full&campaign=ynau_2023&key=/etc/tucai/ynau.key")
        #expect(location.campaign == "ynau_2023")
        #expect(location.keyPath == "/etc/tucai/ynau.key")
        #expect(location.conninfo == "postgresql://station3:s3cret@db.example.cn/tucai?sslmode=verify-full")
        #expect(!location.description.contains("s3cret"), "\(location)")
        #expect(location.description.contains("station3:***@db.example.cn"), "\(location)")
    }

    @Test func aConfigsNameGivesTheSchemaAndPostgresNamesAreAvoided() {
        #expect(PostgresLocation.schemaName("ynau-2023") == "ynau_2023")
        #expect(PostgresLocation.schemaName("2023-ynau") == "c_2023_ynau")
        #expect(PostgresLocation.schemaName("pg-ahau-2022") == "c_pg_ahau_2022")
        #expect(PostgresLocation.schemaName("云南大学") == "c_____")
    }

    @Test func aLocationWithoutCampaignOrKeyOrWithABadNameIsRefusedInOneLine() {
        func refusal(_ url: String, campaign: String? = nil, key: String? = "k") -> String? {
            do { _ = try PostgresLocation(url: url, campaign: campaign, keyPath: key); return nil } catch { return error.description }
        }
        #expect(refusal("postgresql://h/db")?.contains("add ?campaign=NAME") == true)
        #expect(refusal("postgresql://h/db?campaign=x", key: nil)?.contains("TUCAI_KEY_FILE") == true)
        #expect(refusal("postgresql://h/db?campaign=pg_x")?.contains("not pg_") == true)
        #expect(refusal("postgresql://h/db?campaign=Robert%27);DROP")?.contains("lower-case letters") == true)
        #expect(refusal("postgresql://u:pw@h/db")?.contains("pw") == false)
        #expect(refusal("mysql://h/db") != nil)
        #expect(PostgresLocation.masked("postgresql://u:p@ss:w@h1:5432,h2:5432/db?sslpassword=k3y&campaign=c")
                == "postgresql://u:***@h1:5432,h2:5432/db?sslpassword=***&campaign=c")
    }
}

import Testing
import TucaiScaffold

@Suite("new-institution scaffold")
struct ScaffoldTests {
    let manifest = """
        let institutions = [
            "YunnanUniversity",
            "LishuiUniversity",
        ]

        let other = ["x"]
        """

    @Test("the module is appended to the institutions list and nowhere else")
    func registers() throws {
        let updated = try InstitutionScaffold(module: "DemoCollege").registering(in: manifest)
        #expect(updated.contains("    \"LishuiUniversity\",\n    \"DemoCollege\",\n]"))
        #expect(updated.contains("let other = [\"x\"]"))
        #expect(throws: InstitutionScaffold.Failure.self) { try InstitutionScaffold(module: "LishuiUniversity").registering(in: manifest) }
        #expect(throws: InstitutionScaffold.Failure.self) { try InstitutionScaffold(module: "Demo").registering(in: "let x = 1") }
    }

    @Test("bad names and codes are refused", arguments: ["democollege", "Demo-College", "", "Demo College", "1Demo"])
    func badNames(name: String) {
        #expect(throws: InstitutionScaffold.Failure.self) { try InstitutionScaffold(module: name) }
    }

    @Test("a code must be five digits")
    func badCode() {
        #expect(throws: InstitutionScaffold.Failure.self) { try InstitutionScaffold(module: "Demo", nationalCode: "1234") }
    }

    @Test("the files are the module's entry type, expected facts, notice and a test")
    func files() throws {
        let scaffold = try InstitutionScaffold(module: "DemoCollege", nationalCode: "99001", chineseName: "演示学院")
        let paths = scaffold.files.map(\.path)
        #expect(paths == ["Institutions/DemoCollege/School.swift", "Institutions/DemoCollege/ExpectedFacts.swift",
                          "Institutions/DemoCollege/Notice.txt", "Tests/InstitutionTests/DemoCollegeTests.swift"])
        let school = scaffold.files[0].contents
        #expect(school.contains("public struct School: Institution"))
        #expect(school.contains("\"democollege\"") && school.contains("\"99001\""))
        // The fact the skeleton states must quote the skeleton's own notice.
        #expect(scaffold.files[2].contents.contains("演示学院"))
        #expect(scaffold.files[1].contents.contains("quote: \"演示学院\""))
    }
}

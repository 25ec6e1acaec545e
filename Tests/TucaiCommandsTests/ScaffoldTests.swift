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
        // What the options give is written as given.
        #expect(school.contains("\"democollege\"") && school.contains("\"99001\"") && school.contains("\"演示学院\""))
        #expect(scaffold.files[1].contents.contains("quote: \"演示学院\""))
        // The generated test names no code of its own: it checks whatever the module states.
        #expect(!scaffold.files[3].contents.contains("99001"))
    }

    @Test("a fresh scaffold states no facts: every module file holds placeholders the InstitutionTests reject",
          arguments: [[], ["--code", "--chinese-name"]])
    func placeholders(options: [String]) throws {
        let scaffold = try InstitutionScaffold(
            module: "DemoCollege",
            nationalCode: options.contains("--code") ? "99001" : nil,
            chineseName: options.contains("--chinese-name") ? "演示学院" : nil
        )
        // The same detection the InstitutionTests run over Institutions/: each module file fails it.
        for file in scaffold.files where file.path.hasPrefix("Institutions/") {
            let found = InstitutionScaffold.placeholders(in: file.contents, path: file.path)
            #expect(!found.isEmpty, "\(file.path) holds no \(InstitutionScaffold.marker) placeholder")
            #expect(found.allSatisfy { $0.description.hasPrefix("\(file.path):\($0.line): ") && $0.text.contains(InstitutionScaffold.marker) })
        }
        // The notice is nothing but the placeholder.
        let notice = scaffold.files[2].contents
        #expect(notice.split(whereSeparator: \.isNewline).count == 1 && notice.hasPrefix(InstitutionScaffold.marker))

        // No believable fact survives: each value the notice states is a placeholder or plainly no value.
        let school = scaffold.files[0].contents
        for fact in ["englishName", "agency", "cohorts", "notice"] {
            let line = try #require(school.split(separator: "\n").firstIndex { $0.contains("public var \(fact):") })
            let context = school.split(separator: "\n")[max(0, line - 1)...line + 1].joined(separator: "\n")
            #expect(context.contains(InstitutionScaffold.marker), "School.\(fact) is not marked as a placeholder")
        }
        for believable in ["新华社", "中国图片社", "教务处", "2026", "2027", "99999"] {
            #expect(!school.contains(believable), "School.swift states «\(believable)»")
        }
        #expect(school.contains("graduating: 0,") && school.contains("CivilDate(0, 1, 1)"))
        #expect(school.contains("\(InstitutionScaffold.marker): 学校代码") == !options.contains("--code"))
        #expect(school.contains("\(InstitutionScaffold.marker): 中文校名") == !options.contains("--chinese-name"))
        // The test file is not a module file; it holds no placeholder to fill.
        #expect(InstitutionScaffold.placeholders(in: scaffold.files[3].contents, path: scaffold.files[3].path).isEmpty)
    }

    @Test("an empty Chinese name is refused")
    func emptyName() {
        #expect(throws: InstitutionScaffold.Failure.self) { try InstitutionScaffold(module: "Demo", chineseName: " ") }
    }

    @Test("names are written as Swift string literals")
    func escaping() throws {
        let scaffold = try InstitutionScaffold(module: "Demo", chineseName: #"演示"学院\"#)
        #expect(scaffold.files[0].contents.contains(#"{ "演示\"学院\\" }"#))
    }
}

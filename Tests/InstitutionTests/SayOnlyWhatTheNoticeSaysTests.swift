import Foundation
import Testing
import TucaiKernel
import TucaiRegistry

/// `show` and `compare` print stated-yes, stated-no or not stated, and nothing else: a "yes" or a "no" comes
/// with the notice's words, and those words stand in the notice. And every rule a module puts in force
/// passes the rule harness, the module's own rule types as much as the kernel's.
@Suite struct SayOnlyWhatTheNoticeSaysTests {
    static let modules = institutionRegistry.entries.map(\.module)

    static func institution(_ module: String) -> any Institution {
        institutionRegistry.entries.first { $0.module == module }!.institution
    }

    /// Every aspect printed "yes" or "no" without words from `notice` behind it.
    static func unquotedYesOrNo(_ institution: any Institution, notice: String) -> [String] {
        let strip: (String) -> String = { String($0.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init)) }
        var found: [String] = []
        for aspect in PolicyAspect.all {
            let value = aspect.value(for: institution)
            guard value == "yes" || value == "no" else { continue }
            guard let quote = aspect.quote(for: institution), !strip(quote).isEmpty else {
                found.append("'\(aspect.name)' prints \(value) with no words from the notice behind it")
                continue
            }
            if !strip(notice).contains(strip(quote)) { found.append("'\(aspect.name)' quotes «\(quote)», which the notice does not contain") }
        }
        return found
    }

    @Test("no yes or no that the notice does not state", arguments: modules)
    func everyYesOrNoIsQuoted(module: String) throws {
        let notice = try PackageLayout.notice(ofModule: module)
        for problem in Self.unquotedYesOrNo(Self.institution(module), notice: notice) { Issue.record("\(module): \(problem)") }
    }

    @Test("every rule in force passes the rule harness", arguments: modules)
    func rulesInForceAreSound(module: String) {
        let rules = Self.institution(module).workflowRules
        #expect(!rules.isEmpty)
        var seen = Set<String>()
        for rule in rules where seen.insert(rule.identifier).inserted {
            for problem in WorkflowRuleDescription.problems(of: rule) { Issue.record("\(module): \(problem)") }
        }
    }

    /// The check has teeth: a fake that says "no" without words, or with words its notice does not hold, is
    /// caught; one that quotes its notice, or says nothing, is not.
    @Test func aBareNoIsCaught() {
        let notice = "本次不参加图像采集的毕业生也需缴费"
        #expect(Self.unquotedYesOrNo(FakeNo(deferredStudentsPay: .stated(false, quote: "")), notice: notice).count == 1)
        #expect(Self.unquotedYesOrNo(FakeNo(deferredStudentsPay: .stated(true, quote: "不缴费")), notice: notice).count == 1)
        #expect(Self.unquotedYesOrNo(FakeNo(deferredStudentsPay: .stated(true, quote: notice)), notice: notice).isEmpty)
        #expect(Self.unquotedYesOrNo(FakeNo(deferredStudentsPay: .notStated), notice: notice).isEmpty)
    }
}

private struct FakeNo: Institution {
    var deferredStudentsPay: Stated<Bool>
    var identifier: String { "fake" }
    var chineseName: String { "测试" }
    var englishName: String { "Fake" }
    var nationalCode: String { "00000" }
    var agency: Agency { Agency("测试", network: .other) }
    var cohorts: [Cohort] { [] }
    var notice: Notice { Notice(title: "t", issuer: "i", issued: CivilDate(2026, 1, 1)) }
}

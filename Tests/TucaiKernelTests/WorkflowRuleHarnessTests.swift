import Foundation
import Testing
import TucaiKernel

/// The one harness that runs every kernel workflow rule's own examples, as SwiftLint's `verifyRule` runs
/// every lint rule's; the institution tests run the same harness over every module's rules.
@Suite struct WorkflowRuleHarnessTests {
    @Test("every standard rule's examples hold", arguments: StandardWorkflowRules.types.map { "\($0)" })
    func standardRule(name: String) throws {
        let type = try #require(StandardWorkflowRules.types.first { "\($0)" == name })
        func problems<R: WorkflowRule>(_: R.Type) -> [String] { WorkflowRuleDescription.problems(of: R.self) }
        for problem in problems(type) { Issue.record("\(problem)") }
    }

    @Test("every rule type in Sources/TucaiKernel/WorkflowRules is listed among the standard rules")
    func everyRuleFileIsListed() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appending(path: "Sources/TucaiKernel/WorkflowRules")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let declared = try files.flatMap { file -> [String] in
            let text = try String(contentsOf: folder.appending(path: file), encoding: .utf8)
            return text.matches(of: /public struct (\w+): WorkflowRule/).map { String($0.1) }
        }
        #expect(declared.count >= 10)
        #expect(Set(declared) == Set(StandardWorkflowRules.types.map { "\($0)" }))
    }

    @Test("identifiers are unique")
    func identifiersAreUnique() {
        let identifiers = StandardWorkflowRules.types.map { type in
            func id<R: WorkflowRule>(_: R.Type) -> String { R.description.identifier }
            return id(type)
        }
        #expect(Set(identifiers).count == identifiers.count)
    }

    /// The harness has teeth: a rule without examples, one with only refusing examples, and one whose
    /// example is wrong are each reported.
    @Test func theHarnessRejectsRulesWithoutSoundExamples() {
        #expect(WorkflowRuleDescription.problems(of: NoExamples.self).count == 2)
        #expect(WorkflowRuleDescription.problems(of: OnlyRefuses.self) == ["only-refuses: no example of a step it allows"])
        #expect(WorkflowRuleDescription.problems(of: WrongExample.self).count == 1)
        #expect(WorkflowRuleDescription.problems(of: WrongExample.self).first?.contains("should refuse") == true)
    }

    @Test func aRefusalNamesItsRuleAndCarriesTheNoticesWords() throws {
        let route = PaymentRoute("现场缴费", payer: .student, timing: .onSiteBeforeCapture, price: .yuan(30), quote: "当面支付完成方可进行采集")
        let rule = PaymentBeforeCaptureRule(route: route)
        #expect(rule.quote == "当面支付完成方可进行采集")
        #expect(rule.identifier == "payment-before-capture")
        let violation = rule.violation(of: .capture(path: "p", sha256: String(repeating: "a", count: 64)),
                                       by: WorkflowRuleExample.example(StudentState(notified: true, credential: .residentIDCard)),
                                       at: WorkflowRuleExample.day, in: WorkflowRuleExample.context)
        #expect(violation?.reason == "示例学院 photographs no one before payment: the fee (30 元) is due on site, before capture")
    }
}

private struct NoExamples: WorkflowRule {
    static var description: WorkflowRuleDescription { WorkflowRuleDescription(identifier: "no-examples", summary: "x", examples: []) }
    func violation(of step: WorkflowStep, by record: StudentRecord, at moment: Moment, in context: WorkflowContext) -> RuleViolation? { nil }
}

private struct OnlyRefuses: WorkflowRule {
    static var description: WorkflowRuleDescription {
        WorkflowRuleDescription(identifier: "only-refuses", summary: "refuses every export", examples: [.refuses(OnlyRefuses(), .export(batch: "b"))])
    }
    func violation(of step: WorkflowStep, by record: StudentRecord, at moment: Moment, in context: WorkflowContext) -> RuleViolation? {
        RuleViolation("no")
    }
}

private struct WrongExample: WorkflowRule {
    static var description: WorkflowRuleDescription {
        WorkflowRuleDescription(identifier: "wrong-example", summary: "allows everything",
                                examples: [.refuses(WrongExample(), .notify), .allows(WrongExample(), .close)])
    }
    func violation(of step: WorkflowStep, by record: StudentRecord, at moment: Moment, in context: WorkflowContext) -> RuleViolation? { nil }
}

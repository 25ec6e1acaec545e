import Testing
import TucaiKernel
import TucaiSchedule

/// The one harness that runs every rule over its own examples, as SwiftLint runs its rules.
@Suite("Every schedule rule on its own examples")
struct RuleExampleTests {
    static let rules: [any ScheduleRule] = ScheduleChecker.rules

    @Test("identifiers are unique and kebab-case")
    func identifiers() {
        let names = Self.rules.map(\.identifier)
        #expect(Set(names).count == names.count)
        for name in names {
            #expect(name.allSatisfy { $0.isLowercase || $0 == "-" }, "\(name) is not kebab-case")
        }
    }

    @Test("every rule flags each triggering example", arguments: rules.map(\.identifier))
    func triggering(identifier: String) {
        let rule = Self.rules.first { $0.identifier == identifier }!
        let description = type(of: rule).description
        #expect(!description.triggeringExamples.isEmpty, "\(identifier) has no triggering example")
        for example in description.triggeringExamples {
            #expect(example.readingProblems.filter(\.makesTableUnclean).isEmpty, "\(example): the example itself does not read cleanly")
            let found = rule.findings(in: example.context)
            #expect(!found.isEmpty, "\(example): \(identifier) found nothing")
            #expect(found.allSatisfy { $0.rule == identifier }, "\(example): findings carry another rule's name")
            #expect(found.allSatisfy { !$0.message.isEmpty })
        }
    }

    @Test("no rule flags its non-triggering examples", arguments: rules.map(\.identifier))
    func nonTriggering(identifier: String) {
        let rule = Self.rules.first { $0.identifier == identifier }!
        let description = type(of: rule).description
        #expect(!description.nonTriggeringExamples.isEmpty, "\(identifier) has no non-triggering example")
        for example in description.nonTriggeringExamples {
            #expect(example.readingProblems.filter(\.makesTableUnclean).isEmpty, "\(example): the example itself does not read cleanly")
            let found = rule.findings(in: example.context)
            #expect(found.isEmpty, "\(example): \(identifier) found \(found.map(\.message))")
        }
    }

    @Test("findings point at the rows they concern")
    func findingsPointAtRows() {
        for rule in Self.rules {
            for example in type(of: rule).description.triggeringExamples {
                let context = example.context
                for finding in rule.findings(in: example.context) {
                    #expect(finding.sessions.allSatisfy(context.table.sessions.indices.contains))
                    // A finding about rows names the CSV lines of those rows.
                    if !finding.sessions.isEmpty { #expect(finding.line == context.line(of: finding.sessions)) }
                }
            }
        }
    }
}

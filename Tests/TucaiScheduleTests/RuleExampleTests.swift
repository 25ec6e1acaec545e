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

    /// Read against the example's own text, not through the reader: the line a finding names is a line of
    /// the CSV that prints the first row the finding concerns (its date, start and first unit), so a reader
    /// that miscounted lines or a rule that named the wrong rows would fail here.
    @Test("findings point at the rows they concern")
    func findingsPointAtRows() throws {
        var pointed = 0
        for rule in Self.rules {
            for example in type(of: rule).description.triggeringExamples {
                let context = example.context
                let text = example.csv.split(separator: "\n", omittingEmptySubsequences: false)
                for finding in rule.findings(in: context) where !finding.sessions.isEmpty {
                    #expect(finding.sessions.allSatisfy(context.table.sessions.indices.contains))
                    let first = context.table.sessions[try #require(finding.sessions.min())]
                    let line = try #require(finding.line, "\(example): a finding about rows names no line")
                    try #require(text.indices.contains(line - 1), "\(example): line \(line) is past the example's end")
                    let printed = text[line - 1]
                    #expect(printed.hasPrefix(first.date.description) && printed.contains(first.start.description)
                            && printed.contains(first.units[0]), "\(example): line \(line) reads «\(printed)», not \(first.units[0]) at \(first.start)")
                    pointed += 1
                }
            }
        }
        #expect(pointed >= Self.rules.count)
    }
}

import Foundation
import Testing
import TucaiRegistry

/// The one harness that runs every module's own expected facts, as SwiftLint runs every rule's examples.
@Suite("Expected facts of every institution")
struct ExpectedFactsTests {
    static let modules = institutionRegistry.entries.map(\.module)

    static func institution(_ module: String) -> any Institution {
        institutionRegistry.entries.first { $0.module == module }!.institution
    }

    @Test("every fact quotes its notice", arguments: modules)
    func factsQuoteTheNotice(module: String) throws {
        let notice = try PackageLayout.notice(ofModule: module)
        let facts = Self.institution(module).expectedFacts
        #expect(!facts.isEmpty, "\(module) states no expected facts")
        for fact in facts where !fact.isQuoted(in: notice) {
            Issue.record("\(fact): the notice does not contain «\(fact.quote)»")
        }
    }

    @Test("a fact whose value is an amount finds that amount in its quote", arguments: modules)
    func numbersStandInTheirQuotes(module: String) {
        for fact in Self.institution(module).expectedFacts where !fact.quotesItsNumber {
            Issue.record("\(fact): expects \(fact.expectedNumber!), which «\(fact.quote)» does not print")
        }
    }

    @Test("every fact holds in the policy", arguments: modules)
    func factsHold(module: String) {
        let institution = Self.institution(module)
        for fact in institution.expectedFacts {
            if let mismatch = fact.mismatch(in: institution) {
                Issue.record("\(fact): \(mismatch)")
            }
        }
    }
}

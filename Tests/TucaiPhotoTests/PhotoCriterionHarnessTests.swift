import Foundation
import Testing
import TucaiKernel
import TucaiPhoto

/// The one harness that runs every photo criterion's own examples, as the kernel's runs every workflow rule's.
@Suite struct PhotoCriterionHarnessTests {
    @Test("every criterion's examples hold", arguments: RegistrationPhotoCriteria.types.map { "\($0)" })
    func criterionExamples(name: String) throws {
        let type = try #require(RegistrationPhotoCriteria.types.first { "\($0)" == name })
        func problems<C: PhotoCriterion>(_: C.Type) -> [String] { PhotoCriterionDescription.problems(of: C.self) }
        for problem in problems(type) { Issue.record("\(problem)") }
    }

    @Test("every criterion type in Sources/TucaiPhoto/Criteria is listed")
    func everyCriterionFileIsListed() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appending(path: "Sources/TucaiPhoto/Criteria")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let declared = try files.flatMap { file -> [String] in
            let text = try String(contentsOf: folder.appending(path: file), encoding: .utf8)
            return text.matches(of: /public struct (\w+): PhotoCriterion/).map { String($0.1) }
        }
        #expect(declared.count >= 6)
        #expect(Set(declared) == Set(RegistrationPhotoCriteria.types.map { "\($0)" }))
    }

    @Test func identifiersAreUnique() {
        let identifiers = RegistrationPhotoCriteria.all.map(\.identifier)
        #expect(Set(identifiers).count == identifiers.count)
        #expect(identifiers.contains("subject-present") && identifiers.contains("headroom"))
    }

    /// The harness has teeth: a criterion without an allowing example and one whose example is wrong are
    /// each reported.
    @Test func theHarnessRejectsCriteriaWithoutSoundExamples() {
        #expect(PhotoCriterionDescription.problems(of: OnlyRefuses.self) == ["only-refuses: no example of a photo it allows"])
        let wrong = PhotoCriterionDescription.problems(of: AlwaysPasses.self)
        #expect(wrong.count == 1)
        #expect(wrong.first?.contains("should refuse") == true)
    }
}

private struct OnlyRefuses: PhotoCriterion {
    func assess(_ photo: PhotoContext) -> PhotoFinding { PhotoFinding(criterion: identifier, passes: false, reason: "never") }
    static var description: PhotoCriterionDescription {
        PhotoCriterionDescription(identifier: "only-refuses", summary: "refuses everything",
                                  examples: [.refuses(OnlyRefuses(), PhotoCriterionExample.portrait())])
    }
}

private struct AlwaysPasses: PhotoCriterion {
    func assess(_ photo: PhotoContext) -> PhotoFinding { PhotoFinding(criterion: identifier, passes: true, reason: "always") }
    static var description: PhotoCriterionDescription {
        PhotoCriterionDescription(identifier: "always-passes", summary: "passes everything",
                                  examples: [.refuses(AlwaysPasses(), PhotoCriterionExample.portrait(subject: false)),
                                             .allows(AlwaysPasses(), PhotoCriterionExample.portrait())])
    }
}

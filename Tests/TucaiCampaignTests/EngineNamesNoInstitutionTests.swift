import Foundation
import Testing
import TucaiKernel
import TucaiRegistry

/// One state machine for every institution: the engine's sources may not mention any institution, so a
/// rule can only come from a policy.
@Suite struct EngineNamesNoInstitutionTests {
    @Test func noInstitutionIsNamedInTheEngine() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        // The station is the engine at the camera: it too takes every rule from the policy.
        let files = try ["Sources/TucaiCampaign", "Sources/TucaiStation"].flatMap { folder in
            try FileManager.default.contentsOfDirectory(at: root.appending(path: folder), includingPropertiesForKeys: nil)
        }.filter { $0.pathExtension == "swift" }
        #expect(files.count > 5)
        for institution in institutionRegistry.institutions {
            let names = ["\"\(institution.identifier)\"", institution.chineseName, institution.englishName, institution.nationalCode]
            for file in files {
                let text = try String(contentsOf: file, encoding: .utf8)
                for name in names {
                    #expect(!text.contains(name), "\(file.lastPathComponent) names \(name)")
                }
            }
        }
    }
}

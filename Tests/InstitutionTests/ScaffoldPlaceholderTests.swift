import Foundation
import Testing
import TucaiScaffold

/// `swift package new-institution` writes no facts: every value the author must fill in is a placeholder
/// holding `TODO(scaffold)`. This test keeps a module from passing while any placeholder is left.
@Suite("No scaffold placeholder is left in a module")
struct ScaffoldPlaceholderTests {
    @Test("no module's .swift files or Notice.txt hold TODO(scaffold), and no Notice.txt is empty")
    func noPlaceholdersLeft() {
        let folders: [String]
        do { folders = try PackageLayout.institutionFolders() } catch {
            Issue.record("cannot read the institutions folder \(PackageLayout.institutions.path): \(error)")
            return
        }
        #expect(!folders.isEmpty, "no module folders under \(PackageLayout.institutions.path)")

        for module in folders {
            let folder = PackageLayout.institutions.appending(path: module)
            guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else {
                Issue.record("cannot read the module folder \(folder.path)")
                continue
            }
            let paths = enumerator.compactMap { $0 as? String }
                .filter { $0.hasSuffix(".swift") || ($0 as NSString).lastPathComponent == "Notice.txt" }
                .sorted()
            #expect(paths.contains("Notice.txt"), "Institutions/\(module) has no Notice.txt")
            for path in paths {
                let url = folder.appending(path: path)
                let contents: String
                do { contents = try String(contentsOf: url, encoding: .utf8) } catch {
                    Issue.record("cannot read \(url.path): \(error)")
                    continue
                }
                let relative = "Institutions/\(module)/\(path)"
                for placeholder in InstitutionScaffold.placeholders(in: contents, path: relative) {
                    Issue.record("\(placeholder.path):\(placeholder.line): a scaffold placeholder is left, not a fact; replace it with what the notice states: \(placeholder.text)")
                }
                if path == "Notice.txt", contents.allSatisfy(\.isWhitespace) {
                    Issue.record("\(relative):1: the notice is empty; paste the notice's text, exactly as published")
                }
            }
        }
    }
}

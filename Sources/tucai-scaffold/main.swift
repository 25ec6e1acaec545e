import Foundation
import TucaiScaffold

// The tool behind `swift package new-institution`:
//   tucai-scaffold <package-root> <ModuleName> [--id ID] [--code NNNNN] [--chinese-name NAME]
// Writes the module's files and adds it to Package.swift; refuses to overwrite anything. What the options do
// not supply is left as a TODO(scaffold) placeholder, which the tests reject until it is replaced.

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("new-institution: \(message)\n".utf8))
    exit(1)
}

var words = Array(CommandLine.arguments.dropFirst())
func option(_ name: String, in words: inout [String]) -> String? {
    guard let index = words.firstIndex(of: "--\(name)") else { return nil }
    guard index + 1 < words.count else { fail("--\(name) needs a value") }
    defer { words.removeSubrange(index...index + 1) }
    return words[index + 1]
}
let identifier = option("id", in: &words), code = option("code", in: &words), chinese = option("chinese-name", in: &words)
guard words.count == 2 else {
    fail("usage: swift package --allow-writing-to-package-directory new-institution <ModuleName> [--id ID] [--code NNNNN] [--chinese-name NAME]")
}
let root = URL(fileURLWithPath: words[0])
let scaffold: InstitutionScaffold
do { scaffold = try InstitutionScaffold(module: words[1], identifier: identifier, nationalCode: code, chineseName: chinese) } catch {
    fail(error.description)
}

let manifestURL = root.appending(path: "Package.swift")
let folder = root.appending(path: "Institutions/\(scaffold.module)")
if FileManager.default.fileExists(atPath: folder.path) { fail("Institutions/\(scaffold.module) already exists") }
let manifest: String
do { manifest = try String(contentsOf: manifestURL, encoding: .utf8) } catch { fail("cannot read \(manifestURL.path)") }
let updated: String
do { updated = try scaffold.registering(in: manifest) } catch { fail(error.description) }

do {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for file in scaffold.files {
        let url = root.appending(path: file.path)
        if FileManager.default.fileExists(atPath: url.path) { fail("\(file.path) already exists") }
        try file.contents.write(to: url, atomically: true, encoding: .utf8)
        print("created \(file.path)")
    }
    try updated.write(to: manifestURL, atomically: true, encoding: .utf8)
    print("added \(scaffold.module) to Package.swift")
    print("next: paste the notice into Institutions/\(scaffold.module)/Notice.txt, fill in School.swift and ExpectedFacts.swift, then swift test")
    print("every \(InstitutionScaffold.marker) in those files is a placeholder, not a fact: the tests fail until each is replaced")
} catch {
    fail("cannot write: \(error.localizedDescription)")
}

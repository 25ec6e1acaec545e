import Foundation

// Writes the registry source for the institution modules named on the command line:
//   tucai-registry-generator <output.swift> <Module>...
// Rewrites the file only when its text changes, so an unchanged list does not recompile the registry.

let arguments = Array(CommandLine.arguments.dropFirst())
guard let outputPath = arguments.first else {
    FileHandle.standardError.write(Data("usage: tucai-registry-generator <output.swift> <Module>...\n".utf8))
    exit(2)
}
let modules = arguments.dropFirst()

var text = """
// GENERATED FILE. DO NOT EDIT!
// Written by tucai-registry-generator from the institutions listed in Package.swift.

import TucaiKernel

"""
text += modules.map { "import \($0)\n" }.joined()
text += """

/// Every institution module this build contains, in the order Package.swift lists them.
public let institutionRegistry = InstitutionRegistry([

"""
text += modules.map { "    .init(module: \"\($0)\", institution: \($0).School()),\n" }.joined()
text += "])\n"

let url = URL(fileURLWithPath: outputPath)
if (try? String(contentsOf: url, encoding: .utf8)) != text {
    do {
        try text.write(to: url, atomically: true, encoding: .utf8)
    } catch {
        FileHandle.standardError.write(Data("tucai-registry-generator: cannot write \(outputPath): \(error)\n".utf8))
        exit(1)
    }
}

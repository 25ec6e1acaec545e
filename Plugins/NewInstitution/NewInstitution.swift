import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory new-institution <Name> [--id ID] [--code NNNNN] [--chinese-name NAME]`
/// Scaffolds Institutions/<Name>/ (entry type, expected facts, notice placeholder), a test, and adds <Name>
/// to Package.swift's list of institutions. Every value to fill in is a TODO(scaffold) placeholder that the
/// tests reject. The work is done by the tucai-scaffold tool so it can be tested.
@main
struct NewInstitution: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try context.tool(named: "tucai-scaffold")
        let process = Process()
        process.executableURL = tool.url
        process.arguments = [context.package.directoryURL.path] + arguments
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            Diagnostics.error("new-institution failed (see the message above)")
        }
    }
}

import Foundation
import PackagePlugin

/// Generates the institution registry of the target it is applied to: every dependency of that target whose
/// folder is directly under `Institutions/` is an institution module, and its entry type `School` is listed.
@main
struct RegistryPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let modules = target.dependencies.compactMap { dependency -> String? in
            guard case let .target(dependencyTarget) = dependency,
                  let source = dependencyTarget as? SourceModuleTarget,
                  source.directoryURL.deletingLastPathComponent().lastPathComponent == "Institutions"
            else { return nil }
            return source.name
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "RegisteredInstitutions.swift")
        return [
            .buildCommand(
                displayName: "Generating the registry of \(modules.count) institutions",
                executable: try context.tool(named: "tucai-registry-generator").url,
                arguments: [output.path] + modules,
                inputFiles: [],
                outputFiles: [output]
            ),
        ]
    }
}

import PackagePlugin
@main struct NewInstitution: CommandPlugin { func performCommand(context: PluginContext, arguments: [String]) async throws {} }

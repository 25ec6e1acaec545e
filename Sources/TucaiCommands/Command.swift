/// A `tucai` command: a small type with a name, a one-line abstract, a usage line and `--help`, in the manner
/// of swift-argument-parser, without the dependency.
public protocol Command {
    static var name: String { get }
    /// One line, shown in the parent's command list and at the top of `--help`.
    static var abstract: String { get }
    /// What follows the command's path on the command line, e.g. "<id>... [--format text|csv]".
    static var arguments: String { get }
    /// Further help: options, examples.
    static var discussion: String { get }
    static var subcommands: [any Command.Type] { get }

    /// Reads this command's arguments; an unknown option or a missing value is a `UsageError`.
    init(arguments: inout Arguments) throws
    func run(_ console: Console) throws
}

extension Command {
    public static var arguments: String { "" }
    public static var discussion: String { "" }
    public static var subcommands: [any Command.Type] { [] }

    /// The `--help` text, given the words that lead to this command ("tucai schedule check").
    static func help(path: String) -> String {
        var text = "\(abstract)\n\nUsage: \(path)" + (arguments.isEmpty ? "" : " \(arguments)") + "\n"
        if !subcommands.isEmpty {
            text += "\nCommands:\n"
            let width = subcommands.map { $0.name.count }.max() ?? 0
            for sub in subcommands {
                text += "  " + sub.name + String(repeating: " ", count: width - sub.name.count + 2) + sub.abstract + "\n"
            }
            text += "\nRun '\(path) <command> --help' for a command's options.\n"
        }
        if !discussion.isEmpty { text += "\n" + discussion + (discussion.hasSuffix("\n") ? "" : "\n") }
        return text
    }
}

/// A command that only groups subcommands; run by itself, it prints its help.
public protocol CommandGroup: Command {
    init()
}

extension CommandGroup {
    public static var arguments: String { "<command>" }
    public init(arguments: inout Arguments) throws {
        if let word = arguments.remaining.first, !word.hasPrefix("-") {
            throw UsageError("unknown command '\(word)'; commands: " + Self.subcommands.map { $0.name }.joined(separator: ", "))
        }
        try arguments.finish()
        self.init()
    }
    public func run(_ console: Console) throws {}
}

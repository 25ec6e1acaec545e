/// The words after a command's name, consumed as the command reads them. Whatever is left when the command
/// calls `finish()` is an error, so a misspelt option is never silently ignored.
public struct Arguments {
    public private(set) var remaining: [String]

    public init(_ words: [String]) { remaining = words }

    /// The value of `--name value` or `--name=value`; the last one wins when given twice.
    public mutating func option(_ name: String) throws -> String? {
        var value: String?
        var index = remaining.startIndex
        while index < remaining.endIndex {
            let word = remaining[index]
            if word == "--\(name)" {
                guard index + 1 < remaining.endIndex, !remaining[index + 1].hasPrefix("--") else {
                    throw UsageError("option --\(name) needs a value")
                }
                value = remaining[index + 1]
                remaining.removeSubrange(index...index + 1)
            } else if word.hasPrefix("--\(name)=") {
                value = String(word.dropFirst(name.count + 3))
                remaining.remove(at: index)
            } else {
                index += 1
            }
        }
        return value
    }

    /// An option whose value must be one of `choices`.
    public mutating func option<Choice: RawRepresentable & CaseIterable>(_ name: String, as _: Choice.Type) throws -> Choice?
    where Choice.RawValue == String {
        guard let text = try option(name) else { return nil }
        guard let choice = Choice(rawValue: text) else {
            throw UsageError("--\(name) must be one of " + Choice.allCases.map(\.rawValue).joined(separator: ", ") + ", not '\(text)'")
        }
        return choice
    }

    /// A whole-number option.
    public mutating func option(_ name: String, asInt _: Void = ()) throws -> Int? {
        guard let text = try option(name) else { return nil }
        guard let value = Int(text) else { throw UsageError("--\(name) must be a whole number, not '\(text)'") }
        return value
    }

    /// Whether `--name` is present (removing it).
    public mutating func flag(_ name: String) -> Bool {
        let before = remaining.count
        remaining.removeAll { $0 == "--\(name)" }
        return remaining.count != before
    }

    /// All words that are not options, in order; call after reading every option.
    public mutating func positionals() throws -> [String] {
        if let unknown = remaining.first(where: { $0.hasPrefix("--") }) { throw UsageError("unknown option \(unknown)") }
        defer { remaining = [] }
        return remaining
    }

    /// Exactly one positional argument, named `what` in the error.
    public mutating func positional(_ what: String) throws -> String {
        let words = try positionals()
        guard words.count == 1 else {
            throw UsageError(words.isEmpty ? "missing \(what)" : "expected one \(what), got \(words.count): " + words.joined(separator: " "))
        }
        return words[0]
    }

    /// Fails on anything left over.
    public mutating func finish() throws {
        if let unknown = remaining.first(where: { $0.hasPrefix("--") }) { throw UsageError("unknown option \(unknown)") }
        if let extra = remaining.first { throw UsageError("unexpected argument '\(extra)'") }
    }
}

/// The command line was not understood; printed with a pointer to `--help`, exit code 2.
public struct UsageError: Error, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// The command understood its arguments but could not do its work; printed as one line, exit code 1.
public struct CommandFailure: Error, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

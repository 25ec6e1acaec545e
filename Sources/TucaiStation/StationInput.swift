import TucaiKernel

/// One line typed at a station. Scanners and ID-card readers act as keyboards: each scan arrives as one line
/// ending in Enter, exactly like the operator's short commands, so both are read from the same input and told
/// apart here.
public enum StationInput: Equatable, Sendable {
    /// An ID-card reader's line: an 18-character resident ID number whose check character is right.
    case idCard(String)
    /// A Tucai slip's QR code (`SlipToken`), still to be verified.
    case slip(String)
    case command(OperatorCommand)
    /// Nothing the station reads: the reason, with the line masked.
    case unreadable(String)
    case blank

    public init(line raw: String) {
        let line = raw.trimmingWhitespace()
        guard !line.isEmpty else { self = .blank; return }
        switch OperatorCommand.parse(line) {
        case let .command(command)?: self = .command(command); return
        case .misused?: self = .unreadable(Self.usageOf(line)); return
        case nil: break
        }
        if line.uppercased().hasPrefix(Self.slipPrefix) { self = .slip(line); return }
        let upper = line.uppercased()
        if upper.utf8.count == 18, upper.utf8.dropLast().allSatisfy({ (0x30...0x39).contains($0) }) {
            if (try? ResidentIDNumber(upper)) != nil {
                self = .idCard(upper)
            } else {
                self = .unreadable("\(Masked.number(upper)) is not a valid resident ID number (its check character is wrong): scan the card again")
            }
            return
        }
        // A reader that lost an Enter, or added a digit, sends an ID number inside a longer run of digits, which
        // masking by runs would not catch: such a line is described, never echoed.
        var run = 0, longest = 0
        for byte in line.utf8 { if (0x30...0x39).contains(byte) { run += 1; longest = max(longest, run) } else { run = 0 } }
        if longest >= 15 {
            self = .unreadable("a line of \(line.count) characters with \(longest) digits in a row is no ID number: scan the card again")
            return
        }
        self = .unreadable("'\(Masked.idNumbers(in: String(line.prefix(40))))' is neither an ID card, a Tucai slip nor a command (type 'help')")
    }

    /// What every Tucai slip's QR code starts with.
    public static let slipPrefix = "TUCAI1:"

    private static func usageOf(_ line: String) -> String {
        let word = line.split(separator: " ").first.map(String.init) ?? line
        return "'\(word)' \(OperatorCommand.usage[word] ?? "is not a command")"
    }
}

/// What the operator types at the station.
public enum OperatorCommand: Equatable, Sendable {
    /// Money taken for the student waiting, under the receipt's id (a WeChat Pay order number); the amount
    /// is what is due unless given, in 元.
    case pay(receipt: String, amount: Money?)
    /// The student waiting left without a photo; after a second scan, "the first one left".
    case skip
    /// After a second scan: the first student stays, the second scan is set aside.
    case keep
    /// A suspect camera file is the student's photo after all.
    case accept
    /// A suspect camera file is not bound to anyone.
    case reject
    /// The next photo is a retake of the student just photographed; both files are kept.
    case retake
    /// The last binding is undone: its photo is kept unbound and the student waits again.
    case undo
    /// The next students of this room, in order.
    case next
    case help
    case quit

    enum Parsed: Equatable { case command(OperatorCommand), misused }

    /// Parses an operator command: nil when `line` is not one, `.misused` when it is one used wrongly.
    static func parse(_ line: String) -> Parsed? {
        let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let word = words.first?.lowercased(), usage[word] != nil else { return nil }
        switch (word, words.count) {
        case ("pay", 2): return .command(.pay(receipt: words[1], amount: nil))
        case ("pay", 3):
            guard let amount = Money(yuanText: words[2]) else { return .misused }
            return .command(.pay(receipt: words[1], amount: amount))
        case ("skip", 1): return .command(.skip)
        case ("keep", 1): return .command(.keep)
        case ("accept", 1): return .command(.accept)
        case ("reject", 1): return .command(.reject)
        case ("retake", 1): return .command(.retake)
        case ("undo", 1): return .command(.undo)
        case ("next", 1): return .command(.next)
        case ("help", 1), ("?", 1): return .command(.help)
        case ("quit", 1), ("exit", 1): return .command(.quit)
        default: return .misused
        }
    }

    static let usage: [String: String] = [
        "pay": "pay RECEIPT [元]: record the money taken for the student waiting",
        "skip": "skip: the student waiting left without a photo",
        "keep": "keep: after a second scan, the first student stays and the second scan is set aside",
        "accept": "accept: the suspect camera file is the waiting student's photo",
        "reject": "reject: the suspect camera file is bound to no one",
        "retake": "retake: the next photo replaces the last one taken (both are kept)",
        "undo": "undo: unbind the last photo; the student waits again",
        "next": "next: the next students of this room",
        "help": "help: this list",
        "?": "?: this list",
        "quit": "quit: close the station",
        "exit": "exit: close the station",
    ]

    public static var helpText: String {
        ["pay", "skip", "keep", "accept", "reject", "retake", "undo", "next", "help", "quit"].compactMap { usage[$0] }.joined(separator: "\n")
    }
}

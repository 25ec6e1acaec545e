import CLibFuzzer
import Foundation

/// What the fuzz targets share: libFuzzer's driver, and checks that abort with a message when an invariant
/// breaks (libFuzzer then saves the input as `crash-<sha1>`).
public enum Fuzz {
    /// The signature libFuzzer calls, as `LLVMFuzzerTestOneInput` has it in C.
    public typealias Callback = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

    /// Runs libFuzzer with this process's arguments (`-max_total_time=60 corpus/` …) and exits with its status.
    public static func run(_ callback: Callback) -> Never {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, callback))
    }

    /// The input as bytes.
    public static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
        guard let data, size > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// Aborts the run, with the message, when an invariant does not hold.
    public static func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
                             file: StaticString = #fileID, line: UInt = #line) {
        if !condition() { fatalError("invariant broken: \(message())", file: file, line: line) }
    }

    /// Physical lines in bytes as the roster scanner counts them: one more than the LFs and the CRs not
    /// followed by an LF.
    public static func lineCount(bytes: [UInt8]) -> Int {
        var count = 1
        for (i, byte) in bytes.enumerated() where byte == 0x0A || (byte == 0x0D && (i + 1 == bytes.count || bytes[i + 1] != 0x0A)) {
            count += 1
        }
        return count
    }

    /// Physical lines in text as `CSVRecords` counts them: one more than its "\n", "\r\n" and "\r" characters.
    public static func lineCount(text: String) -> Int {
        text.reduce(1) { $1 == "\n" || $1 == "\r\n" || $1 == "\r" ? $0 + 1 : $0 }
    }

    /// True when the text would print as one line: no line feed or carriage return in it.
    public static func isOneLine(_ text: String) -> Bool {
        !text.unicodeScalars.contains { $0 == "\n" || $0 == "\r" }
    }

    /// The line a message names after `file:`, as in `file:12: reason`; nil when it names none.
    public static func line(in message: String, after file: String) -> Int? {
        guard message.hasPrefix(file + ":") else { return nil }
        let rest = message.dropFirst(file.count + 1)
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, rest.dropFirst(digits.count).hasPrefix(":") else { return nil }
        return Int(digits)
    }
}

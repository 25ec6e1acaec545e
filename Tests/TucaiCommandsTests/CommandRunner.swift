import Foundation
import TucaiCommands

/// Runs `tucai` in-process and keeps what it wrote.
struct CommandRun {
    let status: Int32
    let output: String
    let errors: String

    init(_ words: String...) { self.init(words) }

    init(_ words: [String]) {
        let recording = RecordingConsole()
        status = Tucai.run(words, console: recording.console)
        output = recording.output
        errors = recording.errors
    }
}

/// A temporary file that holds `text`.
func temporaryFile(_ text: String, name: String = "campaign.json") throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appending(path: "tucai-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let url = directory.appending(path: name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url
}

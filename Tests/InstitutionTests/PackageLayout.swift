import Foundation

/// Paths of the package the tests run in, found from this file's location.
enum PackageLayout {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let institutions = root.appending(path: "Institutions")

    static func notice(ofModule module: String) throws -> String {
        try String(contentsOf: institutions.appending(path: module).appending(path: "Notice.txt"), encoding: .utf8)
    }

    /// The institution folders present on disk.
    static func institutionFolders() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: institutions.path)
            .filter { name in
                var isDirectory: ObjCBool = false
                return !name.hasPrefix(".")
                    && FileManager.default.fileExists(atPath: institutions.appending(path: name).path, isDirectory: &isDirectory)
                    && isDirectory.boolValue
            }
            .sorted()
    }
}

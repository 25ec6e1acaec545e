import Foundation

/// The folder a tethered camera writes into (gphoto2 --capture-tethered, or any tool that saves JPEGs). A file
/// appears before it is whole, so each poll reports the files present with whether they have stopped growing;
/// the station takes a file once it is a complete JPEG, or sets it aside once it has stopped growing without
/// becoming one. Files leave the folder when the station takes them, so whatever is in it is new.
public final class HotFolder {
    public let path: String
    private var seen: [String: (size: Int, since: Date)] = [:]
    /// How long a file must keep its size to count as settled.
    let settleTime: TimeInterval

    public init(path: String, settleTime: TimeInterval = 1.5) {
        self.path = path; self.settleTime = settleTime
    }

    /// The JPEG files now in the folder, oldest first (by modification time, then name: camera names count up),
    /// each with whether it has kept its size for `settleTime`. Hidden and partial files are left alone.
    public func poll(now: Date = Date()) -> [(path: String, settled: Bool)] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return [] }
        var files: [(path: String, modified: Date, settled: Bool)] = []
        var present = Set<String>()
        for name in names where !name.hasPrefix(".") {
            let lower = name.lowercased()
            guard lower.hasSuffix(".jpg") || lower.hasSuffix(".jpeg") else { continue }
            let full = path + "/" + name
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: full),
                  attributes[.type] as? FileAttributeType == .typeRegular else { continue }
            let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
            let modified = attributes[.modificationDate] as? Date ?? now
            present.insert(name)
            if let earlier = seen[name], earlier.size == size {
                files.append((full, modified, now.timeIntervalSince(earlier.since) >= settleTime))
            } else {
                seen[name] = (size, now)
                files.append((full, modified, false))
            }
        }
        for name in seen.keys where !present.contains(name) { seen[name] = nil }
        return files.sorted { ($0.modified, $0.path) < ($1.modified, $1.path) }.map { ($0.path, $0.settled) }
    }
}

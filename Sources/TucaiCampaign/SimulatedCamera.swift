import TucaiKernel
import TucaiDigest

/// Where a simulated capture's photo comes from. The simulation's default records a digest for a file no one
/// writes: a campaign of a million students tests its money and numbers without pictures. A camera that writes
/// the files the station would (the camera's JPEG, and the registration photo made from it under
/// `registration/`) gives `tucai export` real photos to hand over.
public protocol SimulatedCamera {
    /// Takes `student`'s photo, at a make-up when `makeUp`: the camera file's path and its SHA-256. The same
    /// student and place give the same file, so a resumed run writes what the killed one would have.
    func photograph(student: String, makeUp: Bool) throws -> (path: String, sha256: String)
}

/// Records a digest drawn from the seed for a photo file that is never written.
public struct DigestOnlyCamera: SimulatedCamera {
    let seed: UInt64

    public init(seed: UInt64) { self.seed = seed }

    public func photograph(student: String, makeUp: Bool) -> (path: String, sha256: String) {
        ((makeUp ? "make-up/" : "photos/") + "\(student).jpg", SHA256.hex(Array("tucai simulated photo|\(seed)|\(student)|\(makeUp)".utf8)))
    }
}

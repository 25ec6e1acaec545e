import Foundation

/// Why a picture could not be read or made into a registration photo, in one line. `kind` lets the station
/// tell a file the camera is still writing (try again) from one that will never do.
public struct PhotoError: Error, Hashable, Sendable, CustomStringConvertible, LocalizedError {
    public enum Kind: Sendable, Hashable {
        /// Not a JPEG at all.
        case notJPEG
        /// The bytes stop before the file does: a camera still writing it, or a copy cut short.
        case truncated
        /// The structure is broken: a segment or an offset that cannot be.
        case malformed
        /// A valid JPEG this station does not take (12-bit, CMYK, absurd dimensions).
        case unsupported
        /// Too few pixels for the photo the spec asks.
        case tooSmall
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind; self.message = message
    }

    public var description: String { message }
    public var errorDescription: String? { message }
}

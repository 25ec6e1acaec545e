import TucaiKernel

/// How the encoder's quality was chosen to put the file's length in the spec's range: the highest quality
/// (the sharpest photo) whose file is not too long, or why no quality gives a length in range.
public enum QualityFit: Sendable, Hashable, CustomStringConvertible {
    case fits(quality: Int, bytes: Int)
    /// Even the lowest quality the spec allows gives a file longer than the range.
    case tooLarge(quality: Int, bytes: Int)
    /// The highest quality not too long still gives a file shorter than the range: it is quality 100, or
    /// the next quality up overshoots the range.
    case tooSmall(quality: Int, bytes: Int)

    public var quality: Int {
        switch self {
        case let .fits(quality, _), let .tooLarge(quality, _), let .tooSmall(quality, _): quality
        }
    }

    public var fits: Bool {
        if case .fits = self { return true }
        return false
    }

    public var description: String {
        switch self {
        case let .fits(quality, bytes):
            "quality \(quality) gives \(bytes) bytes"
        case let .tooLarge(quality, bytes):
            "no quality fits: the lowest allowed, \(quality), gives \(bytes) bytes, too many"
        case let .tooSmall(quality, bytes) where quality == 100:
            "no quality fits: even 100 gives only \(bytes) bytes"
        case let .tooSmall(quality, bytes):
            "no quality fits: \(quality) gives \(bytes) bytes, too few, and \(quality + 1) too many"
        }
    }

    /// Encodes `image` at the highest quality in `spec.minimumQuality...100` whose file is no longer than the
    /// range allows, by bisection (file length grows with quality): six or seven encodes of a 480×640 image.
    /// Returns the fit and the file it describes; when nothing fits, the nearest file, which the file-size
    /// criterion then refuses.
    public static func encode(_ image: RGBImage, spec: RegistrationPhotoSpec) throws -> (fit: QualityFit, jpeg: [UInt8]) {
        var low = min(max(1, spec.minimumQuality), 100), high = 100
        var best: (quality: Int, jpeg: [UInt8])?
        var lowest: [UInt8]?
        while low <= high {
            let quality = (low + high) / 2
            let jpeg = try JPEGCodec.encode(image, quality: quality, dotsPerInch: spec.dotsPerInch)
            if quality == spec.minimumQuality { lowest = jpeg }
            if jpeg.count <= spec.fileSize.upperBound {
                best = (quality, jpeg)
                low = quality + 1
            } else {
                high = quality - 1
            }
        }
        if let best {
            let fit: QualityFit = best.jpeg.count >= spec.fileSize.lowerBound
                ? .fits(quality: best.quality, bytes: best.jpeg.count) : .tooSmall(quality: best.quality, bytes: best.jpeg.count)
            return (fit, best.jpeg)
        }
        // Every quality tried was too long, the lowest allowed last of all.
        let jpeg = try lowest ?? JPEGCodec.encode(image, quality: spec.minimumQuality, dotsPerInch: spec.dotsPerInch)
        return (.tooLarge(quality: spec.minimumQuality, bytes: jpeg.count), jpeg)
    }
}

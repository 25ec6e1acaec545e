import TucaiKernel

/// A stand-in for the station camera's JPEG, for tests and benchmarks: a head and shoulders (hair, face, neck,
/// a dark jacket) in front of a light-blue backdrop, framed as a registration photo is framed, with the
/// shutter time in EXIF when asked. The figure sits in the centre 3:4 portrait of any frame, so a landscape
/// camera's file and a portrait one's both crop to it.
///
/// A grain of seeded noise, constant over cells about one output pixel wide, stands for fabric, skin and
/// sensor noise: without it the picture compresses to a few kilobytes at any quality, far from what a real
/// face gives and from the registry's file-size range.
public struct SyntheticPortrait: Sendable {
    public var width: Int
    public var height: Int
    public var background: RegistrationPhotoSpec.Colour
    /// False for the empty backdrop: the shutter fired before anyone sat down.
    public var hasSubject: Bool
    /// How far the grain moves each pixel's level, either way; 0 for flat colours.
    public var grain: Int
    public var seed: UInt64
    /// EXIF DateTimeOriginal to write, "YYYY:MM:DD HH:MM:SS"; nil writes no EXIF.
    public var dateTimeOriginal: String?
    public var exifByteOrder: ExifTimestamp.ByteOrder
    /// The camera's JPEG quality.
    public var quality: Int

    public init(width: Int, height: Int, background: RegistrationPhotoSpec.Colour = RegistrationPhotoSpec.chsi.background,
                hasSubject: Bool = true, grain: Int = 12, seed: UInt64 = 1, dateTimeOriginal: String? = nil,
                exifByteOrder: ExifTimestamp.ByteOrder = .littleEndian, quality: Int = 92) {
        precondition(width > 0 && height > 0 && grain >= 0)
        self.width = width; self.height = height; self.background = background; self.hasSubject = hasSubject
        self.grain = grain; self.seed = seed; self.dateTimeOriginal = dateTimeOriginal
        self.exifByteOrder = exifByteOrder; self.quality = quality
    }

    /// The camera's file: baseline JPEG, JFIF at 300 dpi, then APP1 EXIF when there is a shutter time.
    public func jpeg() throws -> [UInt8] {
        let exif = dateTimeOriginal.map { [(marker: UInt8(0xE1), payload: ExifTimestamp.app1Payload(dateTimeOriginal: $0, byteOrder: exifByteOrder))] }
        return try JPEGCodec.encode(image(), quality: quality, markers: exif ?? [])
    }

    /// The rendered pixels.
    public func image() -> RGBImage {
        let frame = PixelSize(width: width, height: height).centred(aspect: PixelSize(width: 3, height: 4))
        let shapes: [Shape] = hasSubject ? Self.figure : []
        let cell = max(1, frame.width / 480)
        var random = SplitMix64(seed: seed)
        var cells = [Int](repeating: 0, count: (width + cell - 1) / cell)
        var rowColours = [RegistrationPhotoSpec.Colour](repeating: background, count: width)
        var pixels = [UInt8](repeating: 0, count: width * height * 3)
        pixels.withUnsafeMutableBufferPointer { out in
            for y in 0..<height {
                if grain > 0, y % cell == 0 {
                    for i in cells.indices { cells[i] = random.next(in: -grain...grain) }
                }
                for x in 0..<width { rowColours[x] = background }
                let v = (Double(y) + 0.5 - Double(frame.y)) / Double(frame.height)
                for shape in shapes {
                    guard let (u0, u1) = shape.span(at: v) else { continue }
                    let x0 = max(0, min(width, Int((Double(frame.x) + u0 * Double(frame.width)).rounded())))
                    let x1 = max(x0, min(width, Int((Double(frame.x) + u1 * Double(frame.width)).rounded())))
                    for x in x0..<x1 { rowColours[x] = shape.colour }
                }
                var i = y * width * 3
                for x in 0..<width {
                    let colour = rowColours[x], noise = grain > 0 ? cells[x / cell] : 0
                    out[i] = UInt8(clamping: Int(colour.red) + noise)
                    out[i + 1] = UInt8(clamping: Int(colour.green) + noise)
                    out[i + 2] = UInt8(clamping: Int(colour.blue) + noise)
                    i += 3
                }
            }
        }
        return RGBImage(width: width, height: height, pixels: pixels)
    }

    /// One flat-coloured region of the figure, in frame coordinates (0-1 across and down the 3:4 portrait).
    struct Shape: Sendable {
        enum Form: Sendable {
            case ellipse(centreU: Double, centreV: Double, radiusU: Double, radiusV: Double)
            case rectangle(u: ClosedRange<Double>, v: ClosedRange<Double>)
        }

        var form: Form
        var colour: RegistrationPhotoSpec.Colour

        /// The shape's extent across the row at height `v`, if it reaches that row.
        func span(at v: Double) -> (Double, Double)? {
            switch form {
            case let .ellipse(cu, cv, ru, rv):
                let d = (v - cv) / rv
                guard abs(d) < 1 else { return nil }
                let half = ru * (1 - d * d).squareRoot()
                return (cu - half, cu + half)
            case let .rectangle(u, range):
                return range.contains(v) ? (u.lowerBound, u.upperBound) : nil
            }
        }
    }

    /// Painted in order, later over earlier. The crown is at 0.11 of the height (70 of 640 rows, inside the
    /// standard's 50-110); the jacket leaves the bottom corners to the backdrop, as the standard's "左右各空"
    /// margins do.
    static let figure: [Shape] = [
        Shape(form: .ellipse(centreU: 0.5, centreV: 1.08, radiusU: 0.40, radiusV: 0.34), colour: .init(46, 52, 70)),
        Shape(form: .rectangle(u: 0.43...0.57, v: 0.50...0.80), colour: .init(196, 154, 124)),
        Shape(form: .ellipse(centreU: 0.5, centreV: 0.33, radiusU: 0.215, radiusV: 0.22), colour: .init(40, 32, 28)),
        Shape(form: .ellipse(centreU: 0.5, centreV: 0.38, radiusU: 0.175, radiusV: 0.215), colour: .init(214, 172, 140)),
    ]
}

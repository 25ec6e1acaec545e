import TucaiKernel

/// Pixels as 8-bit red, green, blue, row after row with no padding: what the codec decodes into and
/// encodes from, and what the criteria measure.
public struct RGBImage: Sendable, Hashable {
    public let width: Int
    public let height: Int
    /// `width × height × 3` samples.
    public var pixels: [UInt8]

    public init(width: Int, height: Int, pixels: [UInt8]) {
        precondition(width > 0 && height > 0 && pixels.count == width * height * 3,
                     "an RGB image of \(width)×\(height) needs \(width * height * 3) samples, not \(pixels.count)")
        self.width = width; self.height = height; self.pixels = pixels
    }

    /// An image of one colour.
    public init(width: Int, height: Int, filledWith colour: RegistrationPhotoSpec.Colour) {
        var pixels = [UInt8](repeating: 0, count: width * height * 3)
        for i in stride(from: 0, to: pixels.count, by: 3) {
            pixels[i] = colour.red; pixels[i + 1] = colour.green; pixels[i + 2] = colour.blue
        }
        self.init(width: width, height: height, pixels: pixels)
    }

    public var size: PixelSize { PixelSize(width: width, height: height) }

    public subscript(x: Int, y: Int) -> RegistrationPhotoSpec.Colour {
        let i = (y * width + x) * 3
        return RegistrationPhotoSpec.Colour(pixels[i], pixels[i + 1], pixels[i + 2])
    }

    /// The rectangle at (x, y) of `width × height`, which must lie inside the image.
    public func cropped(x: Int, y: Int, width w: Int, height h: Int) -> RGBImage {
        precondition(x >= 0 && y >= 0 && w > 0 && h > 0 && x + w <= width && y + h <= height, "crop outside the image")
        if x == 0, y == 0, w == width, h == height { return self }
        var out = [UInt8]()
        out.reserveCapacity(w * h * 3)
        for row in y..<y + h {
            let start = (row * width + x) * 3
            out.append(contentsOf: pixels[start..<start + w * 3])
        }
        return RGBImage(width: w, height: h, pixels: out)
    }

    /// The mean colour of the rectangle at (x, y) of `width × height`, clipped to the image; each channel
    /// rounded to the nearest level.
    public func meanColour(x: Int, y: Int, width w: Int, height h: Int) -> RegistrationPhotoSpec.Colour {
        let x0 = max(0, x), y0 = max(0, y), x1 = min(width, x + w), y1 = min(height, y + h)
        guard x1 > x0, y1 > y0 else { return self[min(max(x, 0), width - 1), min(max(y, 0), height - 1)] }
        var sums = (0, 0, 0)
        pixels.withUnsafeBufferPointer { p in
            for row in y0..<y1 {
                var i = (row * width + x0) * 3
                for _ in x0..<x1 {
                    sums.0 += Int(p[i]); sums.1 += Int(p[i + 1]); sums.2 += Int(p[i + 2])
                    i += 3
                }
            }
        }
        let n = (x1 - x0) * (y1 - y0)
        func level(_ sum: Int) -> UInt8 { UInt8((sum + n / 2) / n) }
        return RegistrationPhotoSpec.Colour(level(sums.0), level(sums.1), level(sums.2))
    }
}

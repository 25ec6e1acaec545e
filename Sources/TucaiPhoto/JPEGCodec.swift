import CJPEG
import Glibc

/// JPEG through Debian's libjpeg-turbo. Decoding a camera's 24-megapixel frame for a 480×640 photo uses the
/// codec's DCT scaling (scale_num/8): an 8×8 block inverse-transformed straight to 1×1, 2×2 … pixels, so the
/// full-size image is never made; and it decodes only the columns and rows of the centre crop.
public enum JPEGCodec {
    /// The largest frame the station decodes (a 100-megapixel medium-format back is 11,648 × 8,736). A header
    /// claiming more is an error, not a reason to allocate gigabytes.
    public static let maximumPixels = 200_000_000

    /// The whole image at full size.
    public static func decode(_ jpeg: [UInt8]) throws -> RGBImage {
        try jpeg.withUnsafeBufferPointer { bytes in
            let reader = try Decompression(bytes)
            try reader.check(pixels: reader.imageSize)
            return try reader.read(scale: 8, crop: nil)
        }
    }

    /// The centre of the image cut to `target`'s proportions, decoded at the smallest DCT scale (n/8) at which
    /// that crop still has at least `target`'s pixels; the caller shrinks it the rest of the way. Throws
    /// `.tooSmall` when even the full-size crop is smaller than `target`.
    public static func decodeCentre(_ jpeg: [UInt8], covering target: PixelSize) throws -> RGBImage {
        precondition(target.width > 0 && target.height > 0)
        return try jpeg.withUnsafeBufferPointer { bytes in
            let reader = try Decompression(bytes)
            try reader.check(pixels: reader.imageSize)
            for scale in 1...8 {
                // libjpeg's own rounding of a scaled dimension (jdiv_round_up).
                let scaled = PixelSize(width: (reader.imageSize.width * scale + 7) / 8, height: (reader.imageSize.height * scale + 7) / 8)
                let crop = scaled.centred(aspect: target)
                if crop.width >= target.width, crop.height >= target.height {
                    return try reader.read(scale: scale, crop: crop)
                }
            }
            let crop = reader.imageSize.centred(aspect: target)
            throw PhotoError(.tooSmall, "the camera image is \(reader.imageSize); its centre \(crop.width)×\(crop.height) is smaller than the \(target) photo")
        }
    }

    /// `image` as a baseline JPEG at `quality` (1-100) with a JFIF density of `dotsPerInch`; as one grey
    /// component when `grayscale`. `markers` are written after the JFIF header as (marker, payload), e.g.
    /// (0xE1, EXIF) for APP1.
    public static func encode(_ image: RGBImage, quality: Int, dotsPerInch: Int = 300, grayscale: Bool = false,
                              markers: [(marker: UInt8, payload: [UInt8])] = []) throws -> [UInt8] {
        precondition((1...100).contains(quality) && (1...65535).contains(dotsPerInch))
        let compression = try Compression()
        let cinfo = compression.cinfo
        cinfo.pointee.image_width = JDIMENSION(image.width)
        cinfo.pointee.image_height = JDIMENSION(image.height)
        // Compressed is almost always smaller than a tenth of the raw samples; the buffer grows if not.
        let guess = image.width * image.height * 3 / 8 + 4096
        try compression.check(tucai_jpeg_start_compress(cinfo, compression.output, guess, Int32(quality), grayscale ? 1 : 0, UInt32(dotsPerInch)))
        for (marker, payload) in markers {
            precondition(payload.count <= 65533, "a JPEG segment holds at most 65,533 bytes")
            try compression.check(payload.withUnsafeBufferPointer {
                tucai_jpeg_write_marker(cinfo, Int32(marker), $0.baseAddress, UInt32($0.count))
            })
        }
        try compression.check(image.pixels.withUnsafeBufferPointer {
            tucai_jpeg_write_rows(cinfo, $0.baseAddress, image.width * 3, JDIMENSION(image.height))
        })
        try compression.check(tucai_jpeg_finish_compress(cinfo))
        let output = compression.output.pointee
        return Array(UnsafeBufferPointer(start: output.bytes, count: output.count))
    }
}

/// A libjpeg decompression object and its error manager, on the heap because libjpeg keeps pointers to both
/// between calls; released however the decode ends.
private final class Decompression {
    let cinfo = UnsafeMutablePointer<jpeg_decompress_struct>.allocate(capacity: 1)
    let error = UnsafeMutablePointer<tucai_jpeg_error>.allocate(capacity: 1)
    private var created = false
    private(set) var imageSize = PixelSize(width: 0, height: 0)

    /// Reads the headers of `bytes`, which must stay valid while this object lives.
    init(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        cinfo.initialize(to: jpeg_decompress_struct())
        error.initialize(to: tucai_jpeg_error())
        guard tucai_jpeg_create_decompress(cinfo, error) == 1 else { throw failure("cannot start the decoder") }
        created = true
        guard tucai_jpeg_read_header(cinfo, bytes.baseAddress, UInt(bytes.count)) == 1 else { throw failure("cannot read the JPEG header") }
        imageSize = PixelSize(width: Int(cinfo.pointee.image_width), height: Int(cinfo.pointee.image_height))
    }

    deinit {
        if created { jpeg_destroy_decompress(cinfo) }
        cinfo.deinitialize(count: 1); cinfo.deallocate()
        error.deinitialize(count: 1); error.deallocate()
    }

    func check(pixels size: PixelSize) throws {
        guard size.width * size.height <= JPEGCodec.maximumPixels else {
            throw PhotoError(.unsupported, "the JPEG declares \(size) pixels, more than the station decodes")
        }
    }

    /// Decodes at `scale`/8 as RGB; only the rectangle `crop` (in scaled pixels) when one is given.
    func read(scale: Int, crop: (x: Int, y: Int, width: Int, height: Int)?) throws -> RGBImage {
        cinfo.pointee.out_color_space = JCS_RGB
        cinfo.pointee.scale_num = UInt32(scale)
        cinfo.pointee.scale_denom = 8
        var xoffset = JDIMENSION(crop?.x ?? 0)
        var columns = crop.map { JDIMENSION($0.width) } ?? JDIMENSION.max
        guard tucai_jpeg_start_decompress(cinfo, &xoffset, &columns) == 1 else { throw failure("cannot decode") }
        let output = PixelSize(width: Int(cinfo.pointee.output_width), height: Int(cinfo.pointee.output_height))
        let area = crop ?? (0, 0, output.width, output.height)
        // crop_scanline widens to whole iMCUs: these are the columns actually delivered.
        let delivered = Int(columns)
        let skipped = area.x - Int(xoffset)
        guard cinfo.pointee.output_components == 3, skipped >= 0, skipped + area.width <= delivered,
              area.y + area.height <= output.height else {
            throw PhotoError(.malformed, "the decoder delivered \(delivered) columns of \(output) for the crop \(area)")
        }
        if area.y > 0 {
            guard tucai_jpeg_skip_rows(cinfo, JDIMENSION(area.y)) == 1 else { throw failure("cannot decode") }
        }
        let stride = delivered * 3
        var rows = [UInt8](repeating: 0, count: stride * area.height)
        let ok = rows.withUnsafeMutableBufferPointer { tucai_jpeg_read_rows(cinfo, $0.baseAddress, stride, JDIMENSION(area.height)) }
        guard ok == 1 else { throw failure("cannot decode") }
        // Finishing reads to EOI, catching corruption after the last row; a crop that stops short of the
        // bottom has nothing there it uses.
        if area.y + area.height == output.height {
            guard tucai_jpeg_finish_decompress(cinfo) == 1 else { throw failure("cannot finish decoding") }
        }
        let image = RGBImage(width: delivered, height: area.height, pixels: rows)
        return image.cropped(x: skipped, y: 0, width: area.width, height: area.height)
    }

    private func failure(_ what: String) -> PhotoError {
        let message = withUnsafeBytes(of: &error.pointee.message) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        let kind: PhotoError.Kind = if message.hasPrefix("Premature end") { .truncated }
            else if message.hasPrefix("Not a JPEG") { .notJPEG }
            else if message.hasPrefix("Unsupported") { .unsupported }
            else { .malformed }
        return PhotoError(kind, "\(what): libjpeg says \(message.isEmpty ? "nothing" : message)")
    }
}

/// A libjpeg compression object writing into a growing buffer; everything released however it ends.
private final class Compression {
    let cinfo = UnsafeMutablePointer<jpeg_compress_struct>.allocate(capacity: 1)
    let error = UnsafeMutablePointer<tucai_jpeg_error>.allocate(capacity: 1)
    let output = UnsafeMutablePointer<tucai_jpeg_output>.allocate(capacity: 1)
    private var created = false

    init() throws {
        cinfo.initialize(to: jpeg_compress_struct())
        error.initialize(to: tucai_jpeg_error())
        output.initialize(to: tucai_jpeg_output())
        try check(tucai_jpeg_create_compress(cinfo, error))
        created = true
    }

    deinit {
        if created { jpeg_destroy_compress(cinfo) }
        free(output.pointee.bytes)
        cinfo.deinitialize(count: 1); cinfo.deallocate()
        error.deinitialize(count: 1); error.deallocate()
        output.deinitialize(count: 1); output.deallocate()
    }

    func check(_ result: Int32) throws {
        guard result == 1 else {
            let message = withUnsafeBytes(of: &error.pointee.message) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            throw PhotoError(.malformed, "cannot encode the JPEG: libjpeg says \(message)")
        }
    }
}

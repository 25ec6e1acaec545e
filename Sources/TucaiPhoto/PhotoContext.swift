import TucaiKernel

/// A photo as the criteria see it: the very bytes that would go to the registry, the facts in their headers,
/// and the pixels they decode to; with the spec they are held to.
public struct PhotoContext: Sendable {
    public let jpeg: [UInt8]
    public let file: CameraFile
    public let image: RGBImage
    public let spec: RegistrationPhotoSpec

    public init(jpeg: [UInt8], spec: RegistrationPhotoSpec) throws {
        self.jpeg = jpeg
        file = try CameraFile(jpeg)
        image = try JPEGCodec.decode(jpeg)
        self.spec = spec
    }

    /// `rows` of the spec's height, in this image's rows: examples and odd sizes are judged in proportion.
    public func scaledRows(_ rows: Int) -> Int {
        max(1, (rows * image.height + spec.height / 2) / spec.height)
    }
}

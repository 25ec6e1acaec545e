import Foundation
import TucaiKernel

/// The photo the registry receives, made from the station camera's file: the centre of the frame cut to
/// the spec's proportions, shrunk to its size, encoded at the quality that puts the file in its byte range,
/// and held to every criterion, so the station can refuse it while the student is still in the chair.
public struct RegistrationPhoto: Sendable {
    /// The file for the registry.
    public let jpeg: [UInt8]
    /// SHA-256 of `jpeg`, lowercase hex: what the student's capture record keeps.
    public let sha256: String
    /// The camera's file it was made from: its digest, size and shutter time.
    public let camera: CameraFile
    public let qualityFit: QualityFit
    /// Every criterion's verdict, passing or not, in `RegistrationPhotoCriteria` order.
    public let findings: [PhotoFinding]

    public var passes: Bool { findings.allSatisfy(\.passes) }
    public var refusals: [PhotoFinding] { findings.filter { !$0.passes } }

    public static func make(from cameraJPEG: Data, spec: RegistrationPhotoSpec = .chsi) throws -> RegistrationPhoto {
        try make(from: Array(cameraJPEG), spec: spec)
    }

    /// Throws for a file that cannot give a photo at all: not a JPEG, still being written (no EOI), corrupt,
    /// or smaller than the photo. A photo that can be made but fails a criterion is returned with its
    /// refusals, for the operator to see and retake.
    public static func make(from cameraJPEG: [UInt8], spec: RegistrationPhotoSpec = .chsi) throws -> RegistrationPhoto {
        let camera = try CameraFile(cameraJPEG)
        guard camera.isComplete else {
            throw PhotoError(.truncated, "the camera file (\(camera.byteCount) bytes) does not end with EOI (FF D9): still being written?")
        }
        let target = PixelSize(width: spec.width, height: spec.height)
        let centre = try JPEGCodec.decodeCentre(cameraJPEG, covering: target)
        let (fit, jpeg) = try QualityFit.encode(centre.scaledByAreaAveraging(to: target), spec: spec)
        let context = try PhotoContext(jpeg: jpeg, spec: spec)
        return RegistrationPhoto(jpeg: jpeg, sha256: context.file.sha256, camera: camera, qualityFit: fit,
                                 findings: RegistrationPhotoCriteria.assess(context))
    }
}

import Foundation
import TucaiCampaign
import TucaiKernel
import TucaiPhoto

/// A simulated campaign's camera that leaves the files a station leaves: for each photo the camera's JPEG (a
/// synthetic portrait, its grain seeded by the student) in `photos/` (`make-up/` for a make-up) under `folder`,
/// and beside it, in `registration/`, the registration photo the station's own code makes from it and holds to
/// the school's spec. The capture records the camera file's absolute path and digest, as a station's does, so
/// `tucai export` finds the registration photo wherever it is run from.
public struct PortraitCamera: SimulatedCamera {
    public let folder: String
    let dice: SimulationDice
    let spec: RegistrationPhotoSpec

    public init(folder: String, seed: UInt64, spec: RegistrationPhotoSpec) throws {
        self.folder = URL(fileURLWithPath: folder).standardizedFileURL.path
        dice = SimulationDice(seed: seed)
        self.spec = spec
        for place in ["photos", "make-up"] {
            try FileManager.default.createDirectory(atPath: self.folder + "/" + place + "/registration", withIntermediateDirectories: true)
        }
    }

    public func photograph(student: String, makeUp: Bool) throws -> (path: String, sha256: String) {
        let place = folder + (makeUp ? "/make-up" : "/photos")
        let portrait = SyntheticPortrait(width: spec.width, height: spec.height, background: spec.background, seed: dice.bits(makeUp ? "make-up photo" : "photo", student), quality: 85)
        let camera = try portrait.jpeg()
        let photo = try RegistrationPhoto.make(from: camera, spec: spec)
        guard photo.passes else {
            throw SimulatedPhotoFailure(description: "the simulated photo of \(student) fails " + photo.refusals.map(\.description).joined(separator: "; "))
        }
        let path = place + "/\(student).jpg"
        try Self.write(camera, to: path)
        try Self.write(photo.jpeg, to: place + "/registration/\(student).jpg")
        return (path, photo.camera.sha256)
    }

    /// Whole or not at all; a killed run's half-written file is replaced when the run resumes.
    private static func write(_ bytes: [UInt8], to path: String) throws {
        let temporary = path + ".part"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)), rename(temporary, path) == 0 else {
            throw SimulatedPhotoFailure(description: "\(path): cannot write (\(String(cString: strerror(errno))))")
        }
    }
}

/// A simulated photo that cannot be made or written: the run stops with the reason.
public struct SimulatedPhotoFailure: Error, CustomStringConvertible {
    public var description: String
}

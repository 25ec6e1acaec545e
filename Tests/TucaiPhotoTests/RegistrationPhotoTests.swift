import Foundation
import Testing
import TucaiKernel
import TucaiPhoto
import TucaiDigest

@Suite struct RegistrationPhotoTests {
    /// The station's case: a 24-megapixel portrait camera file becomes a photo the registry takes.
    @Test func aPortraitCameraFileGivesACompliantPhoto() throws {
        let camera = try SyntheticPortrait(width: 4000, height: 6000).jpeg()
        let photo = try RegistrationPhoto.make(from: camera)
        let file = try CameraFile(photo.jpeg)
        #expect(file.width == 480 && file.height == 640)
        #expect(file.components == 3 && file.bitsPerPixel == 24)
        #expect(file.dotsPerInch == 300)
        #expect(file.isComplete)
        #expect(RegistrationPhotoSpec.chsi.fileSize.contains(photo.jpeg.count), "\(photo.jpeg.count) bytes")
        #expect(photo.qualityFit.fits && photo.qualityFit.quality >= 60, "\(photo.qualityFit)")
        #expect(photo.findings.count == RegistrationPhotoCriteria.all.count)
        #expect(photo.passes, "\(photo.refusals)")
        #expect(photo.sha256 == SHA256.hex(photo.jpeg))
        #expect(photo.camera.sha256 == SHA256.hex(camera) && photo.camera.sha256 != photo.sha256)
    }

    /// A landscape frame loses its sides; this one decodes at 3/8, the smallest scale whose centre crop
    /// still covers 480×640 (2/8 would give 375×500), and only the crop's columns.
    @Test func aLandscapeCameraFileIsCroppedAtTheSmallestSufficientScale() throws {
        let camera = try SyntheticPortrait(width: 3000, height: 2000).jpeg()
        let centre = try JPEGCodec.decodeCentre(camera, covering: PixelSize(width: 480, height: 640))
        #expect(centre.size == PixelSize(width: 562, height: 750))
        let photo = try RegistrationPhoto.make(from: camera)
        #expect(photo.passes, "\(photo.refusals)")
    }

    @Test func anEmptyBackdropFailsSubjectPresent() throws {
        let camera = try SyntheticPortrait(width: 960, height: 1280, hasSubject: false).jpeg()
        let photo = try RegistrationPhoto.make(from: camera)
        #expect(!photo.passes)
        #expect(photo.refusals.map(\.criterion).contains("subject-present"))
        #expect(photo.findings.first { $0.criterion == "background-corners" }?.passes == true)
        #expect(photo.findings.first { $0.criterion == "headroom" }?.passes == true)
    }

    @Test func aGreyLandscapeFailsTheBackground() throws {
        let camera = try SyntheticPortrait(width: 1200, height: 800, background: .init(128, 128, 128)).jpeg()
        let photo = try RegistrationPhoto.make(from: camera)
        let background = try #require(photo.findings.first { $0.criterion == "background-corners" })
        #expect(!background.passes)
        #expect(background.reason.contains("(128,128,128)") || background.reason.contains("(127,"), "\(background.reason)")
        #expect(photo.findings.first { $0.criterion == "subject-present" }?.passes == true)
    }

    @Test func aCameraFileSmallerThanThePhotoIsRefused() throws {
        let camera = try SyntheticPortrait(width: 300, height: 400).jpeg()
        #expect { try RegistrationPhoto.make(from: camera) } throws: { ($0 as? PhotoError)?.kind == .tooSmall }
    }

    /// A school may ask for more than the nation: a file-size range no quality reaches is reported as such.
    @Test func aRangeNoQualityReachesIsReported() throws {
        var strict = RegistrationPhotoSpec.chsi
        strict.fileSize = 500_000...600_000
        let photo = try RegistrationPhoto.make(from: try SyntheticPortrait(width: 960, height: 1280).jpeg(), spec: strict)
        guard case .tooSmall(100, _) = photo.qualityFit else { Issue.record("\(photo.qualityFit)"); return }
        #expect(photo.refusals.map(\.criterion) == ["file-size"])
    }

    @Test func theNationalSpecIsEveryPolicysDefault() {
        struct Silent: CapturePolicy {}
        let spec = Silent().registrationPhoto
        #expect(spec == .chsi)
        #expect(spec.width == 480 && spec.height == 640 && spec.bitsPerPixel == 24)
        #expect(spec.fileSize == 30_720...40_000 && spec.minimumQuality == 60 && spec.dotsPerInch == 300)
        #expect(spec.background == .init(100, 197, 255))
    }
}

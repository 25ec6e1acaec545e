import TucaiKernel

/// The file's length is within the spec's range: the registry's upload refuses a file outside it.
public struct FileSizeCriterion: PhotoCriterion {
    public init() {}

    public func assess(_ photo: PhotoContext) -> PhotoFinding {
        let range = photo.spec.fileSize
        let passes = range.contains(photo.jpeg.count)
        let measured = "\(photo.jpeg.count) bytes"
        return finding(passes: passes, "\(measured), \(passes ? "within" : "outside") \(range.lowerBound)…\(range.upperBound)")
    }

    public static var description: PhotoCriterionDescription {
        var roomy = RegistrationPhotoSpec.chsi
        roomy.fileSize = 1...1_000_000
        return PhotoCriterionDescription(
            identifier: "file-size", summary: "the file's length in bytes is within the spec's range",
            examples: [
                // A 48×64 picture is a kilobyte or two, far below the national 30 KB.
                .refuses(FileSizeCriterion(), PhotoCriterionExample.portrait()),
                .allows(FileSizeCriterion(), PhotoCriterionExample.portrait(), spec: roomy),
            ])
    }
}

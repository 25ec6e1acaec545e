/// Someone is in the frame: the mean colour of its centre (a quarter of the width by a quarter of the
/// height) is farther from the backdrop than the tolerance. A shot of the empty backdrop, the shutter fired
/// before the student sat down, is refused here.
public struct SubjectPresentCriterion: PhotoCriterion {
    public init() {}

    public func assess(_ photo: PhotoContext) -> PhotoFinding {
        let image = photo.image, spec = photo.spec
        let w = max(1, image.width / 4), h = max(1, image.height / 4)
        let mean = image.meanColour(x: (image.width - w) / 2, y: (image.height - h) / 2, width: w, height: h)
        let difference = mean.difference(from: spec.background)
        let passes = difference > spec.backgroundTolerance
        return finding(passes: passes, passes
            ? "the centre \(mean) is \(difference) from the backdrop"
            : "the centre \(mean) is backdrop (\(difference) from \(spec.background), tolerance \(spec.backgroundTolerance)): no one in the frame")
    }

    public static var description: PhotoCriterionDescription {
        PhotoCriterionDescription(
            identifier: "subject-present", summary: "the centre of the frame is not backdrop: someone is in the photo",
            examples: [
                .refuses(SubjectPresentCriterion(), PhotoCriterionExample.portrait(subject: false)),
                .allows(SubjectPresentCriterion(), PhotoCriterionExample.portrait()),
            ])
    }
}

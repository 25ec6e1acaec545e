import TucaiKernel

/// The backdrop is the spec's light blue: the mean colour of a square patch in each corner (a twelfth of the
/// shorter side) is within the tolerance of it. Corners, because in a head-and-shoulders frame they are the
/// backdrop and nothing else; means, because the colour of a backdrop is an area's, not a pixel's.
public struct BackgroundCornersCriterion: PhotoCriterion {
    public init() {}

    public func assess(_ photo: PhotoContext) -> PhotoFinding {
        let image = photo.image, spec = photo.spec
        let side = max(1, min(image.width, image.height) / 12)
        let corners = [("top-left", 0, 0), ("top-right", image.width - side, 0),
                       ("bottom-left", 0, image.height - side), ("bottom-right", image.width - side, image.height - side)]
        let measured = corners.map { name, x, y in
            let mean = image.meanColour(x: x, y: y, width: side, height: side)
            return (name: name, mean: mean, difference: mean.difference(from: spec.background))
        }
        let worst = measured.max { $0.difference < $1.difference }!
        let passes = worst.difference <= spec.backgroundTolerance
        return finding(passes: passes, "worst corner \(worst.name) \(worst.mean) is \(worst.difference) from \(spec.background) "
                       + "(tolerance \(spec.backgroundTolerance))")
    }

    public static var description: PhotoCriterionDescription {
        PhotoCriterionDescription(
            identifier: "background-corners",
            summary: "each corner's mean colour is within the tolerance of the spec's light-blue backdrop",
            examples: [
                .refuses(BackgroundCornersCriterion(), PhotoCriterionExample.portrait(background: .init(128, 128, 128))),
                .refuses(BackgroundCornersCriterion(), PhotoCriterionExample.portrait(background: .init(255, 255, 255))),
                .allows(BackgroundCornersCriterion(), PhotoCriterionExample.portrait()),
                .allows(BackgroundCornersCriterion(), PhotoCriterionExample.portrait(background: .init(120, 210, 250))),
            ])
    }
}

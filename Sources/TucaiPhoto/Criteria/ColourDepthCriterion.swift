/// 24-bit true colour: three components of 8 bits. A greyscale file (one component) is refused even when
/// the picture looks right, because the registry's is a colour photo.
public struct ColourDepthCriterion: PhotoCriterion {
    public init() {}

    public func assess(_ photo: PhotoContext) -> PhotoFinding {
        let file = photo.file, spec = photo.spec
        let passes = file.components == spec.components && file.precision == spec.bitsPerComponent
        let measured = "\(file.bitsPerPixel)-bit (\(file.components) component\(file.components == 1 ? "" : "s") of \(file.precision) bits)"
        return finding(passes: passes, passes ? measured : "\(measured), not \(spec.bitsPerPixel)-bit colour (\(spec.components) of \(spec.bitsPerComponent))")
    }

    public static var description: PhotoCriterionDescription {
        PhotoCriterionDescription(
            identifier: "colour-depth", summary: "the photo is 24-bit colour: three components of 8 bits",
            examples: [
                .refuses(ColourDepthCriterion(), PhotoCriterionExample.portrait(), grayscale: true),
                .allows(ColourDepthCriterion(), PhotoCriterionExample.portrait()),
            ])
    }
}

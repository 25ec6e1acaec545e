/// The JFIF header declares the spec's density (300 dpi): the registry prints from the file at that size.
public struct ResolutionCriterion: PhotoCriterion {
    public init() {}

    public func assess(_ photo: PhotoContext) -> PhotoFinding {
        guard let dpi = photo.file.dotsPerInch else {
            return finding(passes: false, "no density in a JFIF header, not \(photo.spec.dotsPerInch) dpi")
        }
        let passes = dpi == photo.spec.dotsPerInch
        return finding(passes: passes, passes ? "\(dpi) dpi" : "\(dpi) dpi, not \(photo.spec.dotsPerInch)")
    }

    public static var description: PhotoCriterionDescription {
        PhotoCriterionDescription(
            identifier: "resolution", summary: "the JFIF header declares the spec's density in dots per inch",
            examples: [
                .refuses(ResolutionCriterion(), PhotoCriterionExample.portrait(), dotsPerInch: 72),
                .allows(ResolutionCriterion(), PhotoCriterionExample.portrait()),
            ])
    }
}

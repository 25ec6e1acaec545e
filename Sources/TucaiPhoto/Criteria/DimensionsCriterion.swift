/// The file is exactly the spec's width and height (480×640 for the registry): the registry does not scale.
public struct DimensionsCriterion: PhotoCriterion {
    public init() {}

    public func assess(_ photo: PhotoContext) -> PhotoFinding {
        let wanted = PixelSize(width: photo.spec.width, height: photo.spec.height)
        let passes = photo.file.size == wanted
        return finding(passes: passes, passes ? "\(photo.file.size) pixels" : "\(photo.file.size) pixels, not \(wanted)")
    }

    public static var description: PhotoCriterionDescription {
        PhotoCriterionDescription(
            identifier: "dimensions", summary: "the photo is exactly the spec's width × height in pixels",
            examples: [
                .refuses(DimensionsCriterion(), PhotoCriterionExample.portrait()),
                .refuses(DimensionsCriterion(), PhotoCriterionExample.portrait(width: 640, height: 480)),
                .allows(DimensionsCriterion(), PhotoCriterionExample.portrait(width: 480, height: 640)),
            ])
    }
}

/// The head is not cut off: every one of the top rows the spec keeps clear (50 of 640) is backdrop across the
/// middle half of the width, where a head would be. A row's mean colour is judged, so a stray hair is not
/// a refusal while a crown through the top edge is.
public struct HeadroomCriterion: PhotoCriterion {
    public init() {}

    public func assess(_ photo: PhotoContext) -> PhotoFinding {
        let image = photo.image, spec = photo.spec
        let clear = min(image.height, photo.scaledRows(spec.headroom))
        let x = image.width / 4, w = max(1, image.width / 2)
        // Look past the clear rows too, to say where the head does begin.
        var firstSubjectRow: Int?
        for y in 0..<image.height / 2 {
            let mean = image.meanColour(x: x, y: y, width: w, height: 1)
            if mean.difference(from: spec.background) > spec.backgroundTolerance { firstSubjectRow = y; break }
        }
        let begins = firstSubjectRow.map { "the subject begins at row \($0)" } ?? "no subject in the top half"
        let passes = (firstSubjectRow ?? clear) >= clear
        return finding(passes: passes, passes
            ? "rows 0–\(clear - 1) are backdrop; \(begins)"
            : "\(begins), inside the \(clear) rows that must be backdrop: the head is cut off or too high")
    }

    public static var description: PhotoCriterionDescription {
        let portrait = PhotoCriterionExample.portrait()
        return PhotoCriterionDescription(
            identifier: "headroom", summary: "the top rows the spec keeps clear are backdrop: the head is not cut off",
            examples: [
                // The frame's top edge moved down through the head.
                .refuses(HeadroomCriterion(), portrait.cropped(x: 0, y: 12, width: portrait.width, height: portrait.height - 12)),
                .allows(HeadroomCriterion(), portrait),
            ])
    }
}

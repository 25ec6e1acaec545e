/// Every criterion a registration photo is held to, in the order findings are reported: the file's form
/// first, then what is in the picture.
public enum RegistrationPhotoCriteria {
    public static let types: [any PhotoCriterion.Type] = [
        DimensionsCriterion.self, ColourDepthCriterion.self, FileSizeCriterion.self, ResolutionCriterion.self,
        BackgroundCornersCriterion.self, SubjectPresentCriterion.self, HeadroomCriterion.self,
    ]

    public static let all: [any PhotoCriterion] = types.map { $0.init() }

    public static func assess(_ photo: PhotoContext) -> [PhotoFinding] {
        all.map { $0.assess(photo) }
    }
}

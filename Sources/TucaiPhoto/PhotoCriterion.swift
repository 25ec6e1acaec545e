import TucaiKernel

/// One thing the registry requires of a photo, as a small type in the manner of SwiftLint's rules: a
/// description with a one-line summary and examples, on small images built in code, of photos it must
/// refuse and photos it must allow, which one harness (`PhotoCriterionDescription.problems(of:)`) runs for
/// every criterion.
public protocol PhotoCriterion: Sendable {
    static var description: PhotoCriterionDescription { get }
    init()
    /// The verdict on `photo`, passing or not, with what was measured.
    func assess(_ photo: PhotoContext) -> PhotoFinding
}

extension PhotoCriterion {
    public var identifier: String { Self.description.identifier }
    public var summary: String { Self.description.summary }

    func finding(passes: Bool, _ reason: String) -> PhotoFinding {
        PhotoFinding(criterion: identifier, passes: passes, reason: reason)
    }
}

/// A criterion's identity and its examples.
public struct PhotoCriterionDescription: Sendable {
    /// Stable, lower-case, hyphenated ("subject-present"); findings name it.
    public let identifier: String
    /// One line: what the criterion requires.
    public let summary: String
    public let examples: [PhotoCriterionExample]

    public init(identifier: String, summary: String, examples: [PhotoCriterionExample]) {
        self.identifier = identifier; self.summary = summary; self.examples = examples
    }
}

/// One photo a criterion must judge right: an image, how it is encoded, the spec, and the verdict.
public struct PhotoCriterionExample: Sendable {
    public let criterion: any PhotoCriterion
    public let image: RGBImage
    public let spec: RegistrationPhotoSpec
    public let grayscale: Bool
    public let dotsPerInch: Int
    public let refuses: Bool
    public let file: String
    public let line: Int

    public static func refuses(_ criterion: any PhotoCriterion, _ image: RGBImage, spec: RegistrationPhotoSpec = .chsi,
                               grayscale: Bool = false, dotsPerInch: Int = 300,
                               file: String = #fileID, line: Int = #line) -> PhotoCriterionExample {
        PhotoCriterionExample(criterion: criterion, image: image, spec: spec, grayscale: grayscale, dotsPerInch: dotsPerInch,
                              refuses: true, file: file, line: line)
    }

    public static func allows(_ criterion: any PhotoCriterion, _ image: RGBImage, spec: RegistrationPhotoSpec = .chsi,
                              grayscale: Bool = false, dotsPerInch: Int = 300,
                              file: String = #fileID, line: Int = #line) -> PhotoCriterionExample {
        PhotoCriterionExample(criterion: criterion, image: image, spec: spec, grayscale: grayscale, dotsPerInch: dotsPerInch,
                              refuses: false, file: file, line: line)
    }

    /// A small portrait on the spec's backdrop (48×64 unless told), the usual subject of an example.
    public static func portrait(width: Int = 48, height: Int = 64, background: RegistrationPhotoSpec.Colour = RegistrationPhotoSpec.chsi.background,
                                subject: Bool = true) -> RGBImage {
        SyntheticPortrait(width: width, height: height, background: background, hasSubject: subject, grain: 0).image()
    }

    /// The example as the criterion sees it: encoded as the station would encode it, then read back.
    public func context() throws -> PhotoContext {
        let jpeg = try JPEGCodec.encode(image, quality: 90, dotsPerInch: dotsPerInch, grayscale: grayscale)
        return try PhotoContext(jpeg: jpeg, spec: spec)
    }

    /// The criterion's finding on this example.
    public func finding() throws -> PhotoFinding { criterion.assess(try context()) }
}

extension PhotoCriterionDescription {
    /// What is wrong with `Criterion`'s examples: none that it refuses or none that it allows, one built for
    /// another criterion, one that cannot be encoded, one it decides the other way, or a finding that names
    /// another criterion or gives no reason. Empty when the criterion is sound.
    public static func problems<Criterion: PhotoCriterion>(of _: Criterion.Type) -> [String] {
        let d = Criterion.description
        var problems: [String] = []
        if d.identifier.isEmpty || d.summary.isEmpty { problems.append("\(Criterion.self): identifier and summary must not be empty") }
        if !d.examples.contains(where: \.refuses) { problems.append("\(d.identifier): no example of a photo it refuses") }
        if !d.examples.contains(where: { !$0.refuses }) { problems.append("\(d.identifier): no example of a photo it allows") }
        for example in d.examples {
            let place = "\(example.file):\(example.line): \(d.identifier)"
            guard example.criterion is Criterion else {
                problems.append("\(place)'s example is built for \(type(of: example.criterion))")
                continue
            }
            do {
                let finding = try example.finding()
                if finding.passes == example.refuses {
                    problems.append("\(place) should \(example.refuses ? "refuse" : "allow") it: \(finding.reason)")
                }
                if finding.criterion != d.identifier || finding.reason.isEmpty || finding.reason.contains("\n") {
                    problems.append("\(place): a finding must name its criterion and give a one-line reason")
                }
            } catch {
                problems.append("\(place): the example cannot be encoded: \(error)")
            }
        }
        return problems
    }

    /// The same check for a criterion known only as a value.
    public static func problems(of criterion: any PhotoCriterion) -> [String] {
        func open<C: PhotoCriterion>(_: C) -> [String] { problems(of: C.self) }
        return open(criterion)
    }
}

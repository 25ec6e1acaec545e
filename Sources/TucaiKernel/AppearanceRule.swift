/// One rule of appearance or attire at the camera.
public struct AppearanceRule: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Aspect: String, Hashable, Sendable, Codable, CaseIterable {
        case glasses, tintedLenses, headwear, jewellery, hair, makeUp, clothingColour, clothingPattern,
             collar, clothingStyle, posture, expression, skin
    }

    public enum Kind: String, Hashable, Sendable, Codable {
        case required, forbidden, advised, discouraged
    }

    public var aspect: Aspect
    public var kind: Kind
    /// The notice's words.
    public var text: String

    public init(_ aspect: Aspect, _ kind: Kind, _ text: String) {
        self.aspect = aspect; self.kind = kind; self.text = text
    }

    public var description: String { "\(aspect) (\(kind)): \(text)" }
}

/// A picture's width and height in pixels.
public struct PixelSize: Hashable, Sendable, CustomStringConvertible {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width; self.height = height
    }

    public var description: String { "\(width)×\(height)" }

    /// The largest rectangle of `aspect`'s proportions centred in this one, as (x, y, width, height). The
    /// cut falls on whichever side is too long, so a landscape frame loses its sides and a portrait one that
    /// is too tall loses top and bottom equally.
    public func centred(aspect: PixelSize) -> (x: Int, y: Int, width: Int, height: Int) {
        if width * aspect.height > height * aspect.width {
            let w = max(1, height * aspect.width / aspect.height)
            return ((width - w) / 2, 0, w, height)
        }
        let h = max(1, width * aspect.height / aspect.width)
        return (0, (height - h) / 2, width, h)
    }
}

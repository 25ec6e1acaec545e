/// The frame number a camera writes into its file names (IMG_0123.JPG, DSC01234.JPG, capt0004.jpg): the
/// last run of digits in the name. Cameras count frames up, wrapping at 9999; a number that runs backwards
/// otherwise means a file out of order (copied in late, or from another card).
enum CameraFrame {
    static func number(inFileName name: String) -> Int? {
        let stem = name.split(separator: ".").first.map(String.init) ?? name
        var digits = ""
        for character in stem.reversed() {
            if character.isASCII, character.isNumber { digits.insert(character, at: digits.startIndex) } else if !digits.isEmpty { break }
        }
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        return Int(digits)
    }

    /// Whether `frame` after `previous` runs backwards, allowing the counter's wrap from 9999 to 0001.
    static func runsBackwards(_ frame: Int, after previous: Int) -> Bool {
        frame < previous && !(previous >= 9_000 && frame < 1_000)
    }
}

/// What the national registry accepts as a graduate's registration photo (学历证书电子注册图像): the file the
/// capture station must make from the camera's picture, and refuse before the student leaves when it fails.
///
/// No text from 学信网 (CHSI) itself was at hand; the values below are the national capture standard as schools,
/// exam authorities and the capture agency's own upload page reprint it. Where the reprints disagree the stricter
/// value is kept, so that a photo this spec accepts is accepted under every reading.
public struct RegistrationPhotoSpec: Sendable, Hashable {
    /// An 8-bit RGB colour.
    public struct Colour: Sendable, Hashable, CustomStringConvertible {
        public var red: UInt8
        public var green: UInt8
        public var blue: UInt8

        public init(_ red: UInt8, _ green: UInt8, _ blue: UInt8) {
            self.red = red; self.green = green; self.blue = blue
        }

        /// The largest difference on any one channel: what the tolerance bounds. A per-channel bound keeps a
        /// white or grey backdrop out even when its average over the channels is close to the blue.
        public func difference(from other: Colour) -> Int {
            max(abs(Int(red) - Int(other.red)), abs(Int(green) - Int(other.green)), abs(Int(blue) - Int(other.blue)))
        }

        public var description: String { "(\(red),\(green),\(blue))" }
    }

    public var width: Int
    public var height: Int
    /// Colour components per pixel and bits per component: 3 × 8 is the "24位真彩色" of the standard.
    public var components: Int
    public var bitsPerComponent: Int
    /// The JFIF density the file must declare, in dots per inch.
    public var dotsPerInch: Int
    /// The lowest JPEG quality (压缩品质系数) the encoder may use.
    public var minimumQuality: Int
    /// The file's length in bytes.
    public var fileSize: ClosedRange<Int>
    public var background: Colour
    /// How far (largest channel difference) a patch of backdrop may stray from `background`.
    public var backgroundTolerance: Int
    /// Rows at the top that must be backdrop: the standard puts the top of the hair 50 to 110 pixels below the
    /// upper edge, so the first 50 rows hold no head.
    public var headroom: Int

    public init(width: Int, height: Int, components: Int, bitsPerComponent: Int, dotsPerInch: Int, minimumQuality: Int,
                fileSize: ClosedRange<Int>, background: Colour, backgroundTolerance: Int, headroom: Int) {
        self.width = width; self.height = height; self.components = components; self.bitsPerComponent = bitsPerComponent
        self.dotsPerInch = dotsPerInch; self.minimumQuality = minimumQuality; self.fileSize = fileSize
        self.background = background; self.backgroundTolerance = backgroundTolerance; self.headroom = headroom
    }

    public var bitsPerPixel: Int { components * bitsPerComponent }

    /// The national values.
    ///
    /// - 480 × 640 pixels, 300 dpi, 24-bit true colour, JPEG quality at least 60, "文件大小一般在20KB至40KB", top of
    ///   hair 50-110 px below the upper edge: "全国高等学校毕业照片要求" (https://size.gaitubao.com/1546.html;
    ///   the same text in http://pharmst.cn/ask/detail/cwamcfe10a.html and, for 自考 graduates, in
    ///   http://jwbk.com/jiaoyu/9911121006f3567ee6c0cdc67f2ef7fc.html).
    /// - File size, where they disagree: the capture agency's online route (大学生图像信息采集网, xinhuacu.com) wants
    ///   "照片需大于30KB" (合肥 notice, https://pxzx.hfpec.edu.cn/info/1023/17385.htm) and "30K–900K"
    ///   (https://www.leexue.com/jiaoyu/657335358144383780.html), against 20-40 KB above. Stricter of both: more
    ///   than 30 KB and at most 40 KB; and since neither says whether a KB is 1,000 or 1,024 bytes, the lower
    ///   bound is read as 30 × 1,024 and the upper as 40 × 1,000.
    /// - Background: "浅蓝色(参考值RGB(100,197,255))" (the same sources). They also allow white or light grey,
    ///   but the registration photos themselves are "蓝底" (the 合肥 notice; AHAU's notice in this repository:
    ///   "照片底色为蓝色"), so only light blue is accepted. No source gives a tolerance: 40 on any channel is
    ///   ours: wide enough for a lit backdrop's falloff, narrow enough to refuse the other two backdrops (white
    ///   is 155 off on red, light grey 140) and a grey wall (128,128,128: 127 off on blue).
    public static let chsi = RegistrationPhotoSpec(
        width: 480, height: 640, components: 3, bitsPerComponent: 8, dotsPerInch: 300, minimumQuality: 60,
        fileSize: 30 * 1024...40 * 1000, background: Colour(100, 197, 255), backgroundTolerance: 40, headroom: 50
    )
}

/// What a student (or 学信网's check) reports about a registered photo. The common findings are named here; a
/// results file may spell them in Chinese or English. Whether a finding sends the student back to be photographed
/// again is part of the word: a wrong photo does, wrong personal data does not (the registrar corrects the record).
public struct VerificationResult: Hashable, Sendable, CustomStringConvertible {
    public var id: String
    public var chinese: String
    public var english: String
    /// Spellings a results file uses besides the names.
    public var aliases: [String]
    /// Whether the photo must be taken again.
    public var rejectsPhoto: Bool

    public init(_ id: String, chinese: String, english: String, aliases: [String] = [], rejectsPhoto: Bool) {
        self.id = id; self.chinese = chinese; self.english = english; self.aliases = aliases; self.rejectsPhoto = rejectsPhoto
    }

    public static let accepted = VerificationResult("accepted", chinese: "照片无误", english: "photo accepted", aliases: ["通过", "无误", "ok"], rejectsPhoto: false)
    public static let photoWrong = VerificationResult("photoWrong", chinese: "照片有误", english: "photo wrong", aliases: ["照片不合格", "rejected"], rejectsPhoto: true)
    public static let admissionPhotoMismatch = VerificationResult("admissionPhotoMismatch", chinese: "与录取照片不符", english: "mismatch with the admission photo",
                                                                  aliases: ["人像比对不一致", "mismatch"], rejectsPhoto: true)
    public static let personalDataWrong = VerificationResult("personalDataWrong", chinese: "信息有误", english: "personal data wrong",
                                                             aliases: ["个人信息有误"], rejectsPhoto: false)

    public static let standard: [VerificationResult] = [.accepted, .photoWrong, .admissionPhotoMismatch, .personalDataWrong]

    /// The finding `text` names (its id, Chinese or English name, or an alias, ignoring case and spaces at the ends).
    public static func named(_ text: String, among known: [VerificationResult] = standard) -> VerificationResult? {
        let wanted = text.trimmingWhitespace().lowercased()
        return known.first { result in ([result.id, result.chinese, result.english] + result.aliases).contains { $0.lowercased() == wanted } }
    }

    public var description: String { chinese }
}

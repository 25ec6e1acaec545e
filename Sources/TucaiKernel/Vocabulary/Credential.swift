public enum CredentialKind: TermKind { public static let noun = "credential" }

/// What a student shows at the camera so the photo is attached to the right record. Several shown together
/// make one credential (`together`): 采集码 and the signed name list, the ID card and the 拍照单.
public typealias Credential = Term<CredentialKind>

extension Term where Kind == CredentialKind {
    public static var residentIDCard: Credential { Credential("residentIDCard", chinese: "第二代居民身份证", english: "2nd-generation resident ID card") }
    public static var reservationQRCode: Credential { Credential("reservationQRCode", chinese: "预约二维码", english: "reservation QR code") }
    public static var collectionCode: Credential { Credential("collectionCode", chinese: "学信网图像采集码", english: "学信网 collection code") }
    public static var sequenceSlip: Credential { Credential("sequenceSlip", chinese: "拍摄序号", english: "printed sequence slip") }
    public static var studentCard: Credential { Credential("studentCard", chinese: "学生证", english: "student card") }
    public static var onSiteReservation: Credential { Credential("onSiteReservation", chinese: "现场预约", english: "on-site reservation with staff") }
    /// A line on the name list the student signs at the station (ZJUT: 在《全国高校毕业生信息采集学生名单》上登记学号与姓名).
    public static var signedNameList: Credential { Credential("signedNameList", chinese: "签名登记名单", english: "entry signed on the name list") }
    /// The printed photo slip a school hands out (拍照单).
    public static var photoSlip: Credential { Credential("photoSlip", chinese: "拍照单", english: "printed photo slip") }

    /// The kernel's words; a module adds its own through `IdentityPolicy.credentials`.
    public static var standard: [Credential] {
        [.residentIDCard, .reservationQRCode, .collectionCode, .sequenceSlip, .studentCard, .onSiteReservation, .signedNameList, .photoSlip]
    }

    /// Several credentials shown together, in the order given.
    public static func together(_ parts: [Credential]) -> Credential {
        Credential(parts.map(\.id).joined(separator: "+"), chinese: parts.map(\.chinese).joined(separator: "和"),
                   english: parts.map(\.english).joined(separator: " and "))
    }

    /// The identifiers of the credentials this one is made of (itself alone when it is not composite).
    public var partIDs: Set<String> { Set(id.split(separator: "+").map(String.init)) }

    /// Whether showing this satisfies `required`: every part of `required` is shown.
    public func satisfies(_ required: Credential) -> Bool { required.partIDs.isSubset(of: partIDs) }

    /// A credential as a store wrote it, when a module's own word is not among the kernel's: the same word
    /// (terms are equal by identifier), named by its identifier until the module's names are at hand.
    public static func stored(_ id: String) -> Credential? {
        id.isEmpty ? nil : Credential(id, chinese: id, english: id)
    }

    /// Reads a credential as event files and stores write it: one name, or several joined by "+", each
    /// among `known`; nil when a part is unknown.
    public static func parse(_ text: String, among known: [Credential]) -> Credential? {
        let parts = text.split(separator: "+").map { Credential.named(String($0), among: known) }
        guard !parts.isEmpty, !parts.contains(where: { $0 == nil }) else { return nil }
        let found = parts.compactMap { $0 }
        return found.count == 1 ? found[0] : .together(found)
    }
}

import TucaiKernel

/// The text a slip's QR code carries, `TUCAI1:<campaign>:<student number>:<MAC>`, which a capture station
/// reads from a barcode scanner to know who stands at the camera without typing a name.
///
/// The MAC is HMAC-SHA256 under the campaign's slip key (`CampaignStore.signingKey(purpose: "slip")`),
/// truncated to 16 bytes and written in base32: a student who edits the number on a photocopied slip, or
/// prints slips for friends, gets a token the station refuses. The campaign is in the token (and in the MAC)
/// so that last year's slip, or another school's, is told apart from a forgery.
///
/// A scanner types the token followed by Enter, as a keyboard would, so the token is ASCII only, and
/// upper case wherever the signer chooses the characters, which lets the QR code use its denser alphanumeric
/// mode. The campaign is compared without regard to case; the student number is carried and signed exactly.
public enum SlipToken {
    /// The first field; the digit is the format's version, so that a later format is refused, not misread.
    public static let prefix = "TUCAI1"
    /// The purpose to ask the store's `signingKey(purpose:)` for.
    public static let keyPurpose = "slip"
    /// Bytes of HMAC-SHA256 kept: 128 bits are beyond guessing at a station's scanning speed, and the token
    /// stays short enough for a small QR code.
    static let macBytes = 16
    /// Below this a key could be guessed; the stores' slip keys are 32 bytes.
    static let shortestKey = 16

    /// What a scanned line turned out to be.
    public enum Verdict: Hashable, Sendable {
        /// A slip of this campaign, signed with its key.
        case valid(studentNumber: String)
        /// Not a slip at all (an ID card reader's line, a stray keypress): the station may try it as another
        /// kind of input.
        case notASlip
        /// Starts like a slip but is not one: truncated, a field missing, empty or holding characters no
        /// signer writes, a MAC of the wrong shape.
        case malformed
        /// A well-formed slip naming another campaign (the one given), which a student may have kept from a
        /// previous year. The name is as the slip writes it and is not authenticated.
        case otherCampaign(String)
        /// Well-formed and for this campaign, but the MAC does not match: altered, or made without the key.
        case forged
    }

    /// Why `sign` would not sign.
    public enum Refusal: Error, Hashable, Sendable, CustomStringConvertible {
        /// The campaign id is empty or has a character a token cannot carry.
        case campaign(String)
        /// The student number is empty or has a character a token cannot carry.
        case studentNumber(String)
        /// The key is shorter than 16 bytes.
        case shortKey(Int)

        public var description: String {
            switch self {
            case let .campaign(text): "campaign id '\(SlipToken.visible(text))' cannot go on a slip: " + SlipToken.rule
            case let .studentNumber(text): "student number '\(SlipToken.visible(text))' cannot go on a slip: " + SlipToken.rule
            case let .shortKey(count): "a slip key of \(count) bytes is too short (at least \(SlipToken.shortestKey))"
            }
        }
    }

    static let rule = "it must be printable ASCII, not empty, with no spaces or ':'"

    /// The campaign id slips are signed for: the institution's identifier, the cohort and the year
    /// ("ynau-undergraduate-2023"). The station derives the same id from the same store.
    public static func campaign(_ identity: CampaignIdentity) -> String {
        "\(identity.institution)-\(identity.cohort.rawValue)-\(identity.graduationYear)"
    }

    /// The token for `studentNumber` in `campaign`. The campaign is written upper case.
    public static func sign(campaign: String, studentNumber: String, key: [UInt8]) throws(Refusal) -> String {
        guard isField(campaign) else { throw .campaign(campaign) }
        guard isField(studentNumber) else { throw .studentNumber(studentNumber) }
        guard key.count >= shortestKey else { throw .shortKey(key.count) }
        let canonical = campaign.uppercased()
        return [prefix, canonical, studentNumber, mac(campaign: canonical, studentNumber: studentNumber, key: key)]
            .joined(separator: ":")
    }

    /// What `line`, as a scanner typed it, is for `campaign` under `key`. Surrounding whitespace (the Enter
    /// a scanner ends with) is ignored, and so is Caps Lock: a scanner typing with Caps Lock on inverts the
    /// case of every letter, which shows as a lower-case prefix and is undone before reading. A key too short
    /// to sign with validates nothing: every well-formed token of the campaign is `.forged`.
    public static func verify(_ line: String, campaign: String, key: [UInt8]) -> Verdict {
        var bytes = Array(line.utf8)
        while let last = bytes.last, isASCIIWhitespace(last) { bytes.removeLast() }
        while let first = bytes.first, isASCIIWhitespace(first) { bytes.removeFirst() }
        let lowerPrefix = Array((prefix.lowercased() + ":").utf8)
        if bytes.starts(with: lowerPrefix) { bytes = bytes.map(swappingCase) }
        let expectedPrefix = Array((prefix + ":").utf8)
        guard bytes.starts(with: expectedPrefix) else { return .notASlip }

        let fields = bytes.dropFirst(expectedPrefix.count).split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        guard fields.count == 3, fields[0].allSatisfy(isFieldByte), fields[1].allSatisfy(isFieldByte), !fields[0].isEmpty,
              !fields[1].isEmpty, fields[2].count == Base32.length(ofBytes: macBytes), fields[2].allSatisfy(Base32.isAlphabet)
        else { return .malformed }
        let slipCampaign = String(decoding: fields[0], as: UTF8.self)
        let studentNumber = String(decoding: fields[1], as: UTF8.self)
        guard slipCampaign.uppercased() == campaign.uppercased() else { return .otherCampaign(slipCampaign) }
        guard key.count >= shortestKey else { return .forged }

        let expected = Array(mac(campaign: slipCampaign.uppercased(), studentNumber: studentNumber, key: key).utf8)
        return HMACSHA256.equalInConstantTime(expected, Array(fields[2])) ? .valid(studentNumber: studentNumber) : .forged
    }

    /// The signed message gives each field's length before it, so that no two (campaign, number) pairs can
    /// be made to sign the same bytes, whatever characters a later version allows.
    static func mac(campaign: String, studentNumber: String, key: [UInt8]) -> String {
        var message = Array(prefix.utf8)
        for field in [campaign, studentNumber] {
            let bytes = Array(field.utf8)
            let count = UInt32(bytes.count)
            message += [0, UInt8(count >> 24), UInt8((count >> 16) & 0xFF), UInt8((count >> 8) & 0xFF), UInt8(count & 0xFF)]
            message += bytes
        }
        return Base32.encode(Array(HMACSHA256.mac(key: key, message: message).prefix(macBytes)))
    }

    /// Printable ASCII but space and ':' — what a scanner types identically and a field cannot be split on.
    static func isField(_ text: String) -> Bool { !text.isEmpty && text.utf8.allSatisfy(isFieldByte) }

    static func isFieldByte(_ byte: UInt8) -> Bool { (0x21...0x7E).contains(byte) && byte != UInt8(ascii: ":") }

    static func isASCIIWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }

    static func swappingCase(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) ? byte ^ 0x20 : byte
    }

    /// A refused value as a one-line message can show it: control characters escaped.
    static func visible(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined())
    }
}

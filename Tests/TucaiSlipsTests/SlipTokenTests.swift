import Testing
import TucaiKernel
import TucaiSlips

@Suite("Slip tokens")
struct SlipTokenTests {
    static let key = (0..<32).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
    static let otherKey = (0..<32).map { UInt8(truncatingIfNeeded: $0 &* 53 &+ 7) }
    static let campaign = "ynau-undergraduate-2023"

    static func token(_ number: String = "2019311045", campaign: String = campaign, key: [UInt8] = key) throws -> String {
        try SlipToken.sign(campaign: campaign, studentNumber: number, key: key)
    }

    @Test("a signed token verifies, naming its student; it is ASCII, upper case, in the documented shape")
    func signedTokenVerifies() throws {
        let token = try Self.token()
        #expect(SlipToken.verify(token, campaign: Self.campaign, key: Self.key) == .valid(studentNumber: "2019311045"))
        #expect(token.hasPrefix("TUCAI1:YNAU-UNDERGRADUATE-2023:2019311045:"))
        #expect(token.split(separator: ":").last?.count == 26)
        #expect(token.utf8.allSatisfy { (0x21...0x7E).contains($0) })
        #expect(token == token.uppercased())
        // Deterministic: a reprinted slip carries the same token.
        #expect(try Self.token() == token)
    }

    @Test("changing any one character of the student number makes the token forged")
    func alteredNumberIsForged() throws {
        let token = try Self.token()
        var parts = token.split(separator: ":").map(String.init)
        let number = Array(parts[2])
        for index in number.indices {
            var altered = number
            altered[index] = altered[index] == "9" ? "8" : "9"
            parts[2] = String(altered)
            #expect(SlipToken.verify(parts.joined(separator: ":"), campaign: Self.campaign, key: Self.key) == .forged,
                    "digit \(index) changed")
        }
    }

    @Test("changing one character of the MAC makes the token forged")
    func alteredMACIsForged() throws {
        let token = Array(try Self.token())
        var altered = token
        altered[altered.count - 3] = altered[altered.count - 3] == "A" ? "B" : "A"
        #expect(SlipToken.verify(String(altered), campaign: Self.campaign, key: Self.key) == .forged)
    }

    @Test("a token signed with another key is forged")
    func otherKeyIsForged() throws {
        let token = try Self.token(key: Self.otherKey)
        #expect(SlipToken.verify(token, campaign: Self.campaign, key: Self.key) == .forged)
        #expect(SlipToken.verify(token, campaign: Self.campaign, key: Self.otherKey) == .valid(studentNumber: "2019311045"))
    }

    @Test("another campaign's token is told apart from a forgery, whatever the key")
    func otherCampaign() throws {
        let token = try Self.token(campaign: "ynau-undergraduate-2022")
        #expect(SlipToken.verify(token, campaign: Self.campaign, key: Self.key) == .otherCampaign("YNAU-UNDERGRADUATE-2022"))
        #expect(SlipToken.verify(token, campaign: "ynau-undergraduate-2022", key: Self.key) == .valid(studentNumber: "2019311045"))
    }

    @Test("text that does not start with the prefix is not a slip")
    func notASlip() {
        for line in ["", "hello", "530102199901011234", "2019311045", "TUCAI2:YNAU-UNDERGRADUATE-2023:1:AAAA", "TUCAI1 x", "XTUCAI1:"] {
            #expect(SlipToken.verify(line, campaign: Self.campaign, key: Self.key) == .notASlip, "\(line)")
        }
    }

    @Test("every truncation that keeps the prefix is malformed, as are extra or empty fields")
    func truncatedIsMalformed() throws {
        let token = try Self.token()
        for length in "TUCAI1:".count..<token.count {
            #expect(SlipToken.verify(String(token.prefix(length)), campaign: Self.campaign, key: Self.key) == .malformed,
                    "\(length) characters")
        }
        let mac = String(token.split(separator: ":")[3])
        for line in ["TUCAI1:YNAU-UNDERGRADUATE-2023::\(mac)", "TUCAI1::2019311045:\(mac)", token + ":X",
                     "TUCAI1:YNAU-UNDERGRADUATE-2023:2019 311045:\(mac)", "TUCAI1:YNAU-UNDERGRADUATE-2023:2019311045:" + mac.lowercased().dropFirst() + "1"] {
            #expect(SlipToken.verify(line, campaign: Self.campaign, key: Self.key) == .malformed, "\(line)")
        }
    }

    @Test("the Enter a scanner types, and Caps Lock inverting every letter, still verify")
    func typedByAScanner() throws {
        let token = try Self.token("s2019ab45")
        #expect(SlipToken.verify(token + "\r\n", campaign: Self.campaign, key: Self.key) == .valid(studentNumber: "s2019ab45"))
        let capsLock = String(token.map { $0.isUppercase ? Character($0.lowercased()) : Character($0.uppercased()) })
        #expect(capsLock.hasPrefix("tucai1:"))
        #expect(SlipToken.verify(capsLock, campaign: Self.campaign, key: Self.key) == .valid(studentNumber: "s2019ab45"))
    }

    @Test("sign refuses what a token cannot carry: ':', control characters, spaces, non-ASCII, empty fields, short keys")
    func signRefuses() {
        #expect(throws: SlipToken.Refusal.campaign("ynau:2023")) { try Self.token(campaign: "ynau:2023") }
        #expect(throws: SlipToken.Refusal.campaign("")) { try Self.token(campaign: "") }
        #expect(throws: SlipToken.Refusal.studentNumber("2019\n311045")) { try Self.token("2019\n311045") }
        #expect(throws: SlipToken.Refusal.studentNumber("2019:1")) { try Self.token("2019:1") }
        #expect(throws: SlipToken.Refusal.studentNumber("２０１９")) { try Self.token("２０１９") }
        #expect(throws: SlipToken.Refusal.studentNumber("2019 1")) { try Self.token("2019 1") }
        #expect(throws: SlipToken.Refusal.shortKey(8)) { try Self.token(key: Array(Self.key.prefix(8))) }
        #expect(SlipToken.Refusal.studentNumber("20\u{7}19").description.contains("\\u{7}"))
    }

    @Test("the campaign id comes from the store's identity, so printer and station agree")
    func campaignFromIdentity() {
        let identity = CampaignIdentity(institution: "ynau", cohort: .undergraduate, graduationYear: 2023, captureStarts: CivilDate(2023, 5, 20))
        #expect(SlipToken.campaign(identity) == "ynau-undergraduate-2023")
    }
}

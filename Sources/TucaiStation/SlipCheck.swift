import TucaiSlips

/// A scanned slip read for the station: the student it names, or why it is refused and whether the refusal is
/// a fault to flag (a forged or altered slip) rather than a mistake (a slip of last year's campaign).
enum SlipCheck {
    enum Verdict: Equatable {
        case valid(String)
        case refused(String, forged: Bool)
    }

    static func verify(_ line: String, campaign: String, key: [UInt8]) -> Verdict {
        switch SlipToken.verify(line, campaign: campaign, key: key) {
        case let .valid(number): .valid(number)
        case .notASlip, .malformed: .refused("the slip's code is damaged or incomplete: scan it again, or the student's ID card", forged: false)
        case let .otherCampaign(other): .refused("the slip belongs to another campaign (\(other)), not \(campaign.uppercased())", forged: false)
        case .forged: .refused("the slip is forged or altered: its signature does not match this campaign's key", forged: true)
        }
    }
}

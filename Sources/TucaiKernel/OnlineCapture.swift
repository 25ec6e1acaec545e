/// Self-capture in a phone app or mini-program within a date range, reviewed by the platform
/// (宝鸡文理学院 “毕业证照”; 广东理工 “新华社广东高校图像信息采集”).
public struct OnlineCapture: Hashable, Sendable, CustomStringConvertible {
    /// The app or mini-program.
    public var platform: String
    /// The first and last day; nil when the notice leaves it to a later announcement (另行通知).
    public var window: ClosedRange<CivilDate>?
    /// Who may use it ("未返校生"); nil for everyone in scope.
    public var who: String?
    /// What the student enters or shows in the platform to be identified.
    public var identifiedBy: [Credential]
    /// Whether the platform reviews the photo before it counts.
    public var platformReview: Stated<Bool>
    /// Whether a photo once approved can still be replaced.
    public var changeAfterApproval: Stated<Bool>
    /// Requirements the notice puts on the shot itself (another person holds the phone; native camera, no album).
    public var requirements: [String]

    public init(platform: String, window: ClosedRange<CivilDate>?, who: String? = nil, identifiedBy: [Credential] = [],
                platformReview: Stated<Bool> = .notStated, changeAfterApproval: Stated<Bool> = .notStated, requirements: [String] = []) {
        self.platform = platform; self.window = window; self.who = who; self.identifiedBy = identifiedBy
        self.platformReview = platformReview; self.changeAfterApproval = changeAfterApproval; self.requirements = requirements
    }

    public var description: String {
        var parts = ["in \(platform)"]
        parts.append(window.map { "\($0.lowerBound) to \($0.upperBound)" } ?? "dates not stated")
        if let who { parts.append("for \(who)") }
        if !identifiedBy.isEmpty { parts.append("identified by " + identifiedBy.map(\.chinese).joined(separator: "、")) }
        if let review = platformReview.yesNo { parts.append("platform review: \(review)") }
        if let change = changeAfterApproval.yesNo { parts.append("change after approval: \(change)") }
        return parts.joined(separator: "; ")
    }
}

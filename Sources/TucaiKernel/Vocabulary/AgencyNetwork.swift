public enum AgencyNetworkKind: TermKind { public static let noun = "agency network" }

/// Which network a photo agency belongs to.
public typealias AgencyNetwork = Term<AgencyNetworkKind>

extension Term where Kind == AgencyNetworkKind {
    /// 新华社 and its provincial branches.
    public static var xinhua: AgencyNetwork { AgencyNetwork("xinhua", chinese: "新华社", english: "Xinhua") }
    /// 中国图片社.
    public static var chinaPictureGroup: AgencyNetwork { AgencyNetwork("chinaPictureGroup", chinese: "中国图片社", english: "China Picture Group") }
    /// Another centre commissioned by 学信网.
    public static var other: AgencyNetwork { AgencyNetwork("other", chinese: "其他采集单位", english: "another centre") }
}

/// One way money reaches the campaign. A campaign may run several at once: classes paying after their shoot
/// beside students who come alone paying before; 20 元 on site beside 30 元 online; the school paying for
/// everyone. The engine matches every payment to a route (payer, amount, channel) and credits it by that
/// route's price; money that fits no route is kept and owed back.
public struct PaymentRoute: Hashable, Sendable, CustomStringConvertible {
    /// The route's name in the notice's terms ("现场采集", "线上采集").
    public var name: String
    public var payer: Payer
    public var timing: PaymentTiming
    public var basis: AmountBasis
    /// The price per student on this route; nil when the notice names none (or the school pays it).
    public var price: Money?
    public var channel: PaymentChannel?
    /// Who receives the money ("采集人员", "学院教务员老师").
    public var collector: String?
    /// The capture this route pays for; nil for every mode the campaign has.
    public var mode: CaptureMode?
    /// The last day the money is due, for timings that have one.
    public var deadline: CivilDate?
    /// No other way of paying is accepted for the route's mode (YNU: 不接受其他缴费方式).
    public var exclusive: Bool
    /// Documents that are handed out only once this route's money is paid (the 拍照单).
    public var unlocks: [Credential]
    /// The notice's words for the route.
    public var quote: String

    public init(_ name: String, payer: Payer, timing: PaymentTiming, basis: AmountBasis = .perStudent, price: Money?,
                channel: PaymentChannel? = nil, collector: String? = nil, mode: CaptureMode? = nil, deadline: CivilDate? = nil,
                exclusive: Bool = false, unlocks: [Credential] = [], quote: String) {
        self.name = name; self.payer = payer; self.timing = timing; self.basis = basis; self.price = price
        self.channel = channel; self.collector = collector; self.mode = mode; self.deadline = deadline
        self.exclusive = exclusive; self.unlocks = unlocks; self.quote = quote
    }

    /// Whether students on this route owe anything.
    public var charges: Bool { payer != .school && price.map { $0 > .zero } == true }

    public var description: String {
        var parts = [name, "paid by \(payer)", timing.english + (deadline.map { " \($0)" } ?? "")]
        parts.append(price.map { "\($0) \(basis)" } ?? "amount not stated")
        if let channel { parts.append("via \(channel)") }
        if let collector { parts.append("to \(collector)") }
        if let mode { parts.append("for \(mode)") }
        if exclusive { parts.append("no other way accepted") }
        if !unlocks.isEmpty { parts.append("unlocks " + unlocks.map(\.chinese).joined(separator: "、")) }
        return parts.joined(separator: "; ")
    }
}

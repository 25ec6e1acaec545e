/// What a student pays, how, when, to whom, and when it comes back.
public protocol PaymentPolicy: Sendable {
    /// The fee as the notice states it: its items, what it buys, the document it follows; nil when the
    /// notice names none. The amount each student owes is the price of their payment route.
    var fee: Fee? { get }
    /// Every way money reaches the campaign; empty when the notice names none.
    var paymentRoutes: [PaymentRoute] { get }
    var refund: RefundRule? { get }
    /// Whether students not photographed in this campaign must pay all the same (Lishui).
    var deferredStudentsPay: Stated<Bool> { get }
}

extension PaymentPolicy {
    public var fee: Fee? { nil }
    public var paymentRoutes: [PaymentRoute] { [] }
    public var refund: RefundRule? { nil }
    public var deferredStudentsPay: Stated<Bool> { .notStated }

    /// The routes that pay for `mode`: those naming it and those naming none.
    public func paymentRoutes(for mode: CaptureMode) -> [PaymentRoute] {
        paymentRoutes.filter { $0.mode == nil || $0.mode == mode }
    }
}

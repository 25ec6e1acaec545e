/// What a student pays, how, when, to whom, and when it comes back.
public protocol PaymentPolicy: Sendable {
    /// The fee and its breakdown; nil when the notice names none.
    var fee: Fee? { get }
    var payer: Payer { get }
    var paymentChannels: [PaymentChannel] { get }
    var paymentTiming: PaymentTiming? { get }
    /// Who receives the money.
    var collector: String? { get }
    var refund: RefundRule? { get }
    /// Whether students not photographed in this campaign must pay all the same (Lishui).
    var deferredStudentsPay: Bool { get }
}

extension PaymentPolicy {
    public var fee: Fee? { nil }
    public var payer: Payer { .individual }
    public var paymentChannels: [PaymentChannel] { [] }
    public var paymentTiming: PaymentTiming? { nil }
    public var collector: String? { nil }
    public var refund: RefundRule? { nil }
    public var deferredStudentsPay: Bool { false }

    /// Whether the station may photograph a student who has not paid.
    public var captureRequiresPayment: Bool {
        guard fee != nil, let paymentTiming else { return false }
        return paymentTiming.requiredBeforeCapture
    }
}

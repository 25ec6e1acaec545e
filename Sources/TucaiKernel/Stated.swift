/// What a notice says about a yes-or-no (or any) question: it says so, with its words, or it does not say.
/// "Not stated" is not "no": a registrar comparing schools needs to see the difference, and a rule never
/// acts on what no notice states.
public enum Stated<Value: Hashable & Sendable>: Hashable, Sendable {
    case notStated
    case stated(Value, quote: String)

    public var value: Value? {
        if case let .stated(value, _) = self { return value }
        return nil
    }

    public var quote: String? {
        if case let .stated(_, quote) = self { return quote }
        return nil
    }

    public var isStated: Bool { value != nil }
}

extension Stated where Value == Bool {
    /// "yes", "no", or nil when the notice does not say.
    public var yesNo: String? { value.map { $0 ? "yes" : "no" } }
    /// True only when the notice says yes.
    public var isYes: Bool { value == true }
}

extension Stated: Codable where Value: Codable {}

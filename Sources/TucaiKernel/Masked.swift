/// Masks personal numbers (resident ID, phone, bank card) for every log, report and screen: the first four
/// and last four characters stay, the rest become asterisks ("5301**********1234"). Short values keep only
/// their last two.
public enum Masked {
    public static func number(_ value: String) -> String {
        let chars = Array(value)
        if chars.count >= 10 {
            return String(chars.prefix(4)) + String(repeating: "*", count: chars.count - 8) + String(chars.suffix(4))
        }
        guard chars.count > 2 else { return String(repeating: "*", count: chars.count) }
        return String(repeating: "*", count: chars.count - 2) + String(chars.suffix(2))
    }
}

/// Dates and times as stores and event histories write them, without `String(format:)`: a campaign store
/// writes several per student, a million students at a time, and formatting through Foundation costs
/// microseconds each.
extension CivilDate {
    /// "2022-11-19", as `description` gives it.
    public var isoText: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(10)
        appendDigits(year, width: 4, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        appendDigits(month, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        appendDigits(day, width: 2, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Appends `value` in decimal, zero-padded to `width`.
func appendDigits(_ value: Int, width: Int, to bytes: inout [UInt8]) {
    var digits: [UInt8] = []
    var rest = abs(value)
    repeat {
        digits.append(UInt8(ascii: "0") + UInt8(rest % 10))
        rest /= 10
    } while rest > 0
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    for _ in digits.count..<max(width, digits.count) { bytes.append(UInt8(ascii: "0")) }
    bytes.append(contentsOf: digits.reversed())
}

import TucaiKernel

/// Reads the numbers and dates of roster cells straight from their bytes: a million rows leave no time for a
/// `String` per cell.
enum RosterFieldValue {
    /// `field` without surrounding spaces, tabs or ideographic spaces (U+3000, which Chinese input methods type).
    @inline(__always)
    static func trimmed(_ field: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        guard var p = field.baseAddress, !field.isEmpty else { return field }
        var q = p + field.count
        // Almost every cell starts and ends with a byte that cannot begin or end a space.
        let first = p.pointee, last = q[-1]
        if first > 0x20 && first != 0xE3 && last > 0x20 && last != 0x80 { return field }
        while p < q {
            if p.pointee == 0x20 || p.pointee == 0x09 { p += 1; continue }
            if p.pointee == 0xE3, q - p >= 3, p[1] == 0x80, p[2] == 0x80 { p += 3; continue }
            break
        }
        while q > p {
            let c = q[-1]
            if c == 0x20 || c == 0x09 { q -= 1; continue }
            if c == 0x80, q - p >= 3, q[-2] == 0x80, q[-3] == 0xE3 { q -= 3; continue }
            break
        }
        return UnsafeBufferPointer(start: p, count: q - p)
    }

    @inline(__always)
    private static func digit(_ byte: UInt8) -> Int? {
        byte >= 0x30 && byte <= 0x39 ? Int(byte) - 0x30 : nil
    }

    /// A year cell (入学年份 / 年级): "2019", "2019级", "2019年", "2019-09", "2019年9月", "2019.0" as a spreadsheet
    /// may write it. The four digits must not be followed by a fifth.
    static func year(_ field: UnsafeBufferPointer<UInt8>) -> Int? {
        guard field.count >= 4 else { return nil }
        var year = 0
        for i in 0..<4 {
            guard let d = digit(field[i]) else { return nil }
            year = year * 10 + d
        }
        if field.count > 4, digit(field[4]) != nil { return nil }
        return (1950...2100).contains(year) ? year : nil
    }

    /// 学制 in years: "4", "4年", "4.0", or one Chinese numeral ("四年").
    static func programLength(_ field: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !field.isEmpty else { return nil }
        var value: Int
        var rest: Int
        if let d = digit(field[0]) {
            value = d
            rest = 1
            if field.count > 1, let d2 = digit(field[1]) { value = value * 10 + d2; rest = 2 }
        } else if let match = numerals.firstIndex(where: { hasPrefix(field, $0) }) {
            value = match + 1
            rest = numerals[match].count
        } else {
            return nil
        }
        let tail = UnsafeBufferPointer(rebasing: field[rest...])
        guard tail.isEmpty || isYearSuffix(tail) || isZeroFraction(tail) else { return nil }
        return (1...10).contains(value) ? value : nil
    }

    private static let numerals: [[UInt8]] = ["一", "二", "三", "四", "五", "六", "七", "八"].map { Array($0.utf8) }
    private static let nian = Array("年".utf8), nianZhi = Array("年制".utf8)

    private static func hasPrefix(_ field: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8]) -> Bool {
        field.count >= prefix.count && zip(field, prefix).allSatisfy { $0 == $1 }
    }

    /// "年" or "年制".
    private static func isYearSuffix(_ tail: UnsafeBufferPointer<UInt8>) -> Bool {
        (tail.count == nian.count && hasPrefix(tail, nian)) || (tail.count == nianZhi.count && hasPrefix(tail, nianZhi))
    }

    private static func isZeroFraction(_ tail: UnsafeBufferPointer<UInt8>) -> Bool {
        guard tail.count >= 2, tail[0] == UInt8(ascii: ".") else { return false }
        return tail.dropFirst().allSatisfy { $0 == UInt8(ascii: "0") }
    }

    /// 预计毕业时间: "2023-06", "2023-6", "2023/06", "2023.06", "2023年6月", "202306", "2023-06-30", "2023年6月30日",
    /// or a bare year, taken as June like `RosterDefaults.graduationYear`.
    static func yearMonth(_ field: UnsafeBufferPointer<UInt8>) -> YearMonth? {
        guard field.count >= 4 else { return nil }
        var year = 0
        for i in 0..<4 {
            guard let d = digit(field[i]) else { return nil }
            year = year * 10 + d
        }
        guard (1950...2100).contains(year) else { return nil }
        var i = 4
        let n = field.count
        if i == n { return YearMonth(year, 6) }
        if digit(field[i]) != nil {
            // 202306 or 20230630
            guard n == 6 || n == 8, let m1 = digit(field[4]), let m2 = digit(field[5]) else { return nil }
            if n == 8 { guard digit(field[6]) != nil, digit(field[7]) != nil else { return nil } }
            let month = m1 * 10 + m2
            return (1...12).contains(month) ? YearMonth(year, month) : nil
        }
        // One separator: "-", "/", "." or "年".
        switch field[i] {
        case UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "."): i += 1
        case nian[0] where hasPrefix(UnsafeBufferPointer(rebasing: field[i...]), nian): i += nian.count
        default: return nil
        }
        guard i < n, let m1 = digit(field[i]) else { return nil }
        var month = m1
        i += 1
        if i < n, let m2 = digit(field[i]) { month = month * 10 + m2; i += 1 }
        guard (1...12).contains(month) else { return nil }
        if i < n, digit(field[i]) != nil { return nil }
        return YearMonth(year, month)
    }
}

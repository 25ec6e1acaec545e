/// One fact a module claims its notice states: the notice's own words, and the value the module's policy
/// must produce. One generic test checks every fact of every registered institution: the words must stand
/// in the notice, and the policy must yield the value.
public struct ExpectedFact: Sendable, CustomStringConvertible {
    public let aspect: String
    /// Words copied from the notice; white space is not significant.
    public let quote: String
    public let fileID: String
    public let line: Int
    /// The amount the expected value is, as the notice would print it ("30" for 30 元, "15.5" for 15 元 5 角);
    /// nil for other values. Whole numbers are not held to it: most are counts a module derives (rows of a
    /// table, rules in a list), which no notice prints, while every amount is printed.
    public let expectedNumber: String?
    private let verify: @Sendable (any Institution) -> String?

    public init<Value: Equatable & Sendable>(
        _ aspect: String, quote: String, _ actual: @escaping @Sendable (any Institution) -> Value, _ expected: Value,
        fileID: String = #fileID, line: Int = #line
    ) {
        self.aspect = aspect; self.quote = quote; self.fileID = fileID; self.line = line
        self.expectedNumber = Self.number(expected)
        self.verify = { institution in
            let value = actual(institution)
            return value == expected ? nil : "expected \(expected), policy has \(value)"
        }
    }

    /// nil when the institution's policy yields the expected value; otherwise what differs.
    public func mismatch(in institution: any Institution) -> String? { verify(institution) }

    public var description: String { "\(fileID):\(line) \(aspect)" }

    static func number(_ value: Any) -> String? {
        switch value {
        case let money as Money:
            let yuan = money.fen / 100, rest = money.fen % 100
            return rest == 0 ? "\(yuan)" : rest % 10 == 0 ? "\(yuan).\(rest / 10)" : "\(yuan).\(rest < 10 ? "0" : "")\(rest)"
        case let money as Money?: return money.flatMap(number)
        // A list of amounts (a route's prices) must print each; the first missing one is the one checked.
        case let list as [Money]: return list.isEmpty ? nil : list.map { number($0)! }.joined(separator: "|")
        case let list as [Money?]: return list.compactMap { $0 }.isEmpty ? nil : list.compactMap { $0 }.map { number($0)! }.joined(separator: "|")
        default: return nil
        }
    }

    /// Whether the expected amount stands in the quote as a number of its own (not inside a longer one),
    /// full-width digits read as ASCII; true when the expected value is not an amount. A fact cannot quote
    /// "每人 30 元" and expect 31 元.
    public var quotesItsNumber: Bool {
        guard let expected = expectedNumber else { return true }
        return expected.split(separator: "|").allSatisfy { quotes(String($0)) }
    }

    private func quotes(_ number: String) -> Bool {
        let digits = String(quote.unicodeScalars.compactMap { scalar -> Character? in
            if (0xFF10...0xFF19).contains(scalar.value) { return Character(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!) }
            if scalar.properties.isWhitespace { return nil }
            return Character(scalar)
        })
        var searchFrom = digits.startIndex
        while let found = digits.range(of: number, range: searchFrom..<digits.endIndex) {
            let before = found.lowerBound == digits.startIndex ? nil : digits[digits.index(before: found.lowerBound)]
            let after = found.upperBound == digits.endIndex ? nil : digits[found.upperBound]
            if !(before?.isASCII == true && before!.isNumber), !(after?.isASCII == true && after!.isNumber), after != "." || number.contains(".") {
                return true
            }
            searchFrom = digits.index(after: found.lowerBound)
        }
        return false
    }

    /// Whether `quote` stands in `notice`, ignoring white space, which office exports scatter freely.
    public func isQuoted(in notice: String) -> Bool {
        let strip: (String) -> String = { String($0.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init)) }
        return strip(notice).contains(strip(quote))
    }
}

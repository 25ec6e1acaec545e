/// One fact a module claims its notice states: the notice's own words, and the value the module's policy
/// must produce. One generic test checks every fact of every registered institution: the words must stand
/// in the notice, and the policy must yield the value.
public struct ExpectedFact: Sendable, CustomStringConvertible {
    public let aspect: String
    /// Words copied from the notice; white space is not significant.
    public let quote: String
    public let fileID: String
    public let line: Int
    private let verify: @Sendable (any Institution) -> String?

    public init<Value: Equatable & Sendable>(
        _ aspect: String, quote: String, _ actual: @escaping @Sendable (any Institution) -> Value, _ expected: Value,
        fileID: String = #fileID, line: Int = #line
    ) {
        self.aspect = aspect; self.quote = quote; self.fileID = fileID; self.line = line
        self.verify = { institution in
            let value = actual(institution)
            return value == expected ? nil : "expected \(expected), policy has \(value)"
        }
    }

    /// nil when the institution's policy yields the expected value; otherwise what differs.
    public func mismatch(in institution: any Institution) -> String? { verify(institution) }

    public var description: String { "\(fileID):\(line) \(aspect)" }

    /// Whether `quote` stands in `notice`, ignoring white space, which office exports scatter freely.
    public func isQuoted(in notice: String) -> Bool {
        let strip: (String) -> String = { String($0.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init)) }
        return strip(notice).contains(strip(quote))
    }
}

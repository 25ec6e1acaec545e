/// A citizen identity number (公民身份号码) as GB 11643-1999 defines it: a six-digit address code, the
/// eight-digit birth date, a three-digit sequence code (odd for men, even for women) and one check character
/// computed with ISO 7064 MOD 11-2 ("X" stands for ten).
///
/// Rosters are typed by hand or pasted from other systems, and 学信网 matches photos by this number: a wrong
/// digit means a photo that never reaches the student's record. So every roster row is checked here before
/// it is stored. `description` is masked: the whole number is personal data.
public struct ResidentIDNumber: Hashable, Sendable, CustomStringConvertible {
    /// The eighteen characters, with a lower-case "x" normalised to "X".
    public let text: String
    public let parts: Parts

    /// What the eighteen characters encode, read without allocating.
    public struct Parts: Hashable, Sendable {
        /// The address code (行政区划代码) of the place the number was first issued.
        public var regionCode: Int
        public var birthDate: CivilDate
        public var sequenceCode: Int
        /// The first seventeen digits as one integer: the check character follows from them, so this key
        /// identifies a valid number in duplicate checks without keeping a string.
        public var key: UInt64
        public var isMale: Bool { sequenceCode % 2 == 1 }
    }

    /// Why a text is not a valid identity number, in words a registrar can act on.
    public enum Invalid: Error, Hashable, Sendable, CustomStringConvertible {
        case length(Int)
        /// A character that is not a digit (1-based position), or an "X" anywhere but the end.
        case character(position: Int)
        /// The first two digits name no province-level division.
        case region(Int)
        case birthDate(String)
        case checkCharacter(expected: Character, found: Character)
        case bornInFuture(CivilDate)
        /// Born too early or too late to be graduating from a university on the reference date.
        case implausibleStudentAge(born: CivilDate, age: Int)
        /// Excel stored the number as a floating-point value ("5.30102E+17") and the digits are gone.
        case spreadsheetNumber

        public var description: String {
            switch self {
            case let .length(n): "has \(n) characters, not 18"
            case let .character(p): "character \(p) is not a digit\(p == 18 ? " or X" : "")"
            case let .region(code): "region code \(code) names no province"
            // The birth date is personal data like the rest of the number: messages name the problem, not the date.
            case .birthDate: "digits 7-14 are not a real birth date"
            case let .checkCharacter(expected, found): "check character is \(found), the first 17 digits give \(expected) (GB 11643)"
            case .bornInFuture: "its birth date is in the future"
            case let .implausibleStudentAge(_, age): "its birth date makes the student \(age), outside \(ResidentIDNumber.studentAges.lowerBound)–\(ResidentIDNumber.studentAges.upperBound)"
            case .spreadsheetNumber: "was saved as a number in scientific notation (format the column as text in Excel)"
            }
        }
    }

    /// ISO 7064 MOD 11-2 weights, 2^(17-i) mod 11 for the digit at 0-based position i.
    public static let weights: [Int] = (0..<17).map { i in
        var w = 1
        for _ in 0..<(17 - i) { w = w * 2 % 11 }
        return w
    }

    /// Ages (in years, on the reference date) at which someone can plausibly graduate: early entrants from
    /// 少年班 finish around 15, and in-service doctoral candidates can be near retirement.
    public static let studentAges = 15...70

    /// Province-level codes of GB/T 2260, plus 71 (Taiwan), 81/82 (Hong Kong, Macau residence permits),
    /// 83 (Taiwan residence permits) and 9x (the 2023 foreign permanent residence card, which keeps the format).
    public static func isProvinceCode(_ code: Int) -> Bool {
        switch code {
        case 11...15, 21...23, 31...37, 41...46, 50...54, 61...65, 71, 81...83, 91...99: true
        default: false
        }
    }

    public init(_ text: String) throws(Invalid) {
        var copy = text
        let result = copy.withUTF8 { ResidentIDNumber.parse(utf8: $0) }
        switch result {
        case let .success(parts):
            self.parts = parts
            self.text = text.count == 18 && text.last == "x" ? String(text.dropLast()) + "X" : text
        case let .failure(reason):
            throw reason
        }
    }

    /// Checks `text` and also that its birth date fits someone graduating around `reference`.
    public init(_ text: String, studentOn reference: CivilDate) throws(Invalid) {
        try self.init(text)
        if let problem = ResidentIDNumber.studentBirthProblem(parts.birthDate, on: reference) { throw problem }
    }

    public var birthDate: CivilDate { parts.birthDate }
    public var regionCode: Int { parts.regionCode }
    public var description: String { Masked.number(text) }

    /// The check character the first seventeen digits call for.
    public static func checkCharacter(forDigits digits: [Int]) -> Character {
        precondition(digits.count == 17)
        var sum = 0
        for i in 0..<17 { sum += digits[i] * weights[i] }
        return checkCharacter(forWeightedSum: sum)
    }

    static func checkCharacter(forWeightedSum sum: Int) -> Character {
        let value = (12 - sum % 11) % 11
        return value == 10 ? "X" : Character(String(value))
    }

    /// Reads an identity number from UTF-8 bytes without allocating, for roster imports of a million rows.
    /// Surrounding whitespace is the caller's business.
    /// The 1-based character position of the first non-ASCII character, if any.
    static func firstNonASCIIPosition(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var position = 0
        for byte in bytes where byte & 0xC0 != 0x80 {
            position += 1
            if byte >= 0x80 { return position }
        }
        return nil
    }

    public static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Result<Parts, Invalid> {
        guard bytes.count == 18 else {
            if bytes.contains(UInt8(ascii: "E")) || bytes.contains(UInt8(ascii: "e")),
               bytes.contains(UInt8(ascii: ".")) || bytes.contains(UInt8(ascii: "+")) {
                return .failure(.spreadsheetNumber)
            }
            let characters = utf8Count(bytes)
            // Eighteen characters in more than eighteen bytes: a full-width digit or Ｘ, typed in a Chinese
            // input method. Name where it is rather than a length that looks right.
            if characters == 18, let position = firstNonASCIIPosition(bytes) { return .failure(.character(position: position)) }
            return .failure(.length(characters))
        }
        // Sixteen bytes checked as digits at once: the high nibble must be 3, and adding 6 must not carry
        // out of the low nibble. Only a failure goes byte by byte, to name the position.
        let raw = UnsafeRawPointer(bytes.baseAddress!)
        let words = (raw.loadUnaligned(as: UInt64.self), raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        let high: UInt64 = 0xF0F0_F0F0_F0F0_F0F0, threes: UInt64 = 0x3030_3030_3030_3030, sixes: UInt64 = 0x0606_0606_0606_0606
        let allDigits = words.0 & high == threes && (words.0 &+ sixes) & high == threes
            && words.1 & high == threes && (words.1 &+ sixes) & high == threes
        if !allDigits || !(48...57).contains(bytes[16]) {
            for i in 0..<17 where !(48...57).contains(bytes[i]) { return .failure(.character(position: i + 1)) }
        }
        var key: UInt64 = 0
        var sum = 0
        // Horner's rule gives the sum of d·2^(17-i) with no weight table; mod 11 it equals the weighted sum.
        for i in 0..<17 {
            let d = Int(bytes[i] &- 48)
            key = key &* 10 &+ UInt64(d)
            sum = (sum &+ d) &<< 1
        }
        let last = bytes[17]
        let found: Int
        switch last {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): found = Int(last) - 48
        case UInt8(ascii: "X"), UInt8(ascii: "x"): found = 10
        default: return .failure(.character(position: 18))
        }
        func digits(_ from: Int, _ count: Int) -> Int {
            var v = 0
            for i in from..<(from + count) { v = v &* 10 &+ (Int(bytes[i]) &- 48) }
            return v
        }
        let region = digits(0, 6)
        guard isProvinceCode(region / 10_000) else { return .failure(.region(region / 10_000)) }
        let year = digits(6, 4), month = digits(10, 2), day = digits(12, 2)
        guard year >= 1800, (1...12).contains(month), day >= 1, day <= CivilDate.daysIn(month: month, year: year) else {
            return .failure(.birthDate(String(decoding: UnsafeBufferPointer(rebasing: bytes[6..<14]), as: UTF8.self)))
        }
        let expected = (12 - sum % 11) % 11
        guard expected == found else {
            return .failure(.checkCharacter(expected: expected == 10 ? "X" : Character(String(expected)),
                                            found: found == 10 ? "X" : Character(UnicodeScalar(last))))
        }
        return .success(Parts(regionCode: region, birthDate: CivilDate(year, month, day),
                              sequenceCode: digits(14, 3), key: key))
    }

    /// Nil when `birth` fits a student graduating around `reference`; otherwise the reason it does not.
    public static func studentBirthProblem(_ birth: CivilDate, on reference: CivilDate) -> Invalid? {
        // Tuples, not `dayNumber`: this runs once per roster row.
        if (birth.year, birth.month, birth.day) > (reference.year, reference.month, reference.day) { return .bornInFuture(birth) }
        var age = reference.year - birth.year
        if (reference.month, reference.day) < (birth.month, birth.day) { age -= 1 }
        return studentAges.contains(age) ? nil : .implausibleStudentAge(born: birth, age: age)
    }

    private static func utf8Count(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        // Characters, not bytes: "has 17 characters" is what a registrar can count.
        var n = 0
        for b in bytes where b & 0xC0 != 0x80 { n += 1 }
        return n
    }
}

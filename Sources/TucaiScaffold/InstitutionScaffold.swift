import Foundation

/// The files of a new institution module and the manifest edit that registers it. Kept apart from the
/// command plugin so that tests can check what a scaffold produces without running SwiftPM.
public struct InstitutionScaffold: Sendable {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
        init(_ description: String) { self.description = description }
    }

    /// Marks every value a new module's author must fill in. InstitutionTests fails for any module under
    /// `Institutions/` whose files still contain it, so a fresh scaffold cannot pass for a finished module.
    public static let marker = "TODO(scaffold)"

    /// The module and folder name, UpperCamelCase ("DemoCollege").
    public let module: String
    /// The identifier configs and the command line use ("democollege").
    public let identifier: String
    /// The five digits given with `--code`, or else a placeholder holding ``marker``.
    public let nationalCode: String
    /// The name given with `--chinese-name`, or else a placeholder holding ``marker``.
    public let chineseName: String

    public init(module: String, identifier: String? = nil, nationalCode: String? = nil, chineseName: String? = nil) throws(Failure) {
        guard let first = module.unicodeScalars.first, ("A"..."Z").contains(first),
              module.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) || ("a"..."z").contains($0) || ("0"..."9").contains($0) })
        else {
            throw Failure("'\(module)' is not a module name: use UpperCamelCase letters and digits, like DemoCollege")
        }
        if let nationalCode, !(nationalCode.count == 5 && nationalCode.allSatisfy(\.isNumber)) {
            throw Failure("national code '\(nationalCode)' must be five digits")
        }
        if let chineseName, chineseName.allSatisfy(\.isWhitespace) {
            throw Failure("the Chinese name must not be empty")
        }
        self.module = module
        self.identifier = identifier ?? module.lowercased()
        self.nationalCode = nationalCode ?? Self.placeholder("学校代码")
        self.chineseName = chineseName ?? Self.placeholder("中文校名")
    }

    /// A value the author must replace: the marker and what belongs there.
    static func placeholder(_ what: String) -> String { "\(marker): \(what)" }

    /// Paths relative to the package root, and their contents.
    public var files: [(path: String, contents: String)] {
        [
            ("Institutions/\(module)/School.swift", school),
            ("Institutions/\(module)/ExpectedFacts.swift", expectedFacts),
            ("Institutions/\(module)/Notice.txt", notice),
            ("Tests/InstitutionTests/\(module)Tests.swift", test),
        ]
    }

    /// `manifest` with this module appended to its `let institutions = [...]` list.
    public func registering(in manifest: String) throws(Failure) -> String {
        guard let start = manifest.range(of: "let institutions = ["),
              let end = manifest[start.upperBound...].firstIndex(of: "]") else {
            throw Failure("Package.swift has no 'let institutions = [ ... ]' list to add \(module) to")
        }
        let list = manifest[start.upperBound..<end]
        if list.contains("\"\(module)\"") { throw Failure("\(module) is already listed in Package.swift") }
        let body: String = list.hasSuffix("\n") ? String(list) : String(list) + "\n"
        let head = String(manifest[..<start.upperBound])
        let tail = String(manifest[end...])
        return head + body + "    \"" + module + "\",\n" + tail
    }

    var school: String {
        """
        import TucaiKernel

        /// The capture policy of \(module)'s notice (Notice.txt beside this file).
        /// Each value marked as a scaffold TODO is a placeholder, not a fact: InstitutionTests fails until every one
        /// is replaced with what the notice states. Override only what the notice states; everything else keeps
        /// the kernel's "not stated" default. Override with exactly the protocol's type (`public var fee: Fee?`),
        /// or the default wins. See Institutions/YunnanAgriculturalUniversity for a complete module.
        public struct School: Institution {
            public init() {}

            public var identifier: String { \(literal(identifier)) }
            public var chineseName: String { \(literal(chineseName)) }
            public var englishName: String { \(literal(Self.placeholder("English name"))) }
            public var nationalCode: String { \(literal(nationalCode)) }
            // \(Self.marker): the agency the notice names, and its network (.xinhua, .chinaPictureGroup or .other).
            public var agency: Agency { Agency(\(literal(Self.placeholder("采集机构"))), network: .other) }
            // \(Self.marker): the cohort's level and graduating year (届); 0 stands for "not filled in".
            public var cohorts: [Cohort] { [Cohort(.undergraduate, graduating: 0, \(literal(Self.placeholder("通知所称的毕业生"))))] }
            // \(Self.marker): the notice's date; 0-01-01 stands for "not filled in".
            public var notice: Notice {
                Notice(title: \(literal(Self.placeholder("通知标题"))), issuer: \(literal(Self.placeholder("发文单位"))), issued: CivilDate(0, 1, 1))
            }

            // Fill in the policies the notice states, e.g.:
            // public var fee: Fee? { .flat(.yuan(30)) }
            // public var sessionTable: SessionTable { SessionTable(sessions: [...]) }
        }

        """
    }

    var expectedFacts: String {
        """
        import TucaiKernel

        extension School {
            /// Facts the notice states, each with its words; the generic InstitutionTests harness checks them.
            public var expectedFacts: [ExpectedFact] {
                [
                    // \(Self.marker): one fact for each thing the notice states, quoting its words, e.g.
                    // ExpectedFact("fee", quote: "每人30元", { $0.fee?.total }, .yuan(30)),
                    ExpectedFact("name", quote: \(literal(chineseName)), { $0.chineseName }, \(literal(chineseName))),
                ]
            }
        }

        """
    }

    /// Holds nothing but the marker: the author replaces the whole file with the notice as published.
    var notice: String {
        Self.placeholder("replace this whole file with the notice's text, exactly as published") + "\n"
    }

    var test: String {
        """
        import Testing
        import TucaiRegistry
        import \(module)

        @Suite("\(module)")
        struct \(module)Tests {
            @Test("the module is registered under its identifier and code")
            func registered() throws {
                let school = School()
                #expect(try institutionRegistry.institution(named: \(literal(identifier))).nationalCode == school.nationalCode)
                #expect(try institutionRegistry.institution(named: school.nationalCode).identifier == \(literal(identifier)))
            }
        }

        """
    }

    /// `text` as a Swift string literal.
    func literal(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

extension InstitutionScaffold {
    /// A line of a module's file that still holds the scaffold's ``marker``.
    public struct Placeholder: Sendable, Equatable, CustomStringConvertible {
        public let path: String
        public let line: Int
        public let text: String
        public var description: String { "\(path):\(line): \(text)" }
    }

    /// Every line of `contents` (the file at `path`) that still holds ``marker``, numbered from 1.
    public static func placeholders(in contents: String, path: String) -> [Placeholder] {
        contents.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated().compactMap { index, line in
            line.contains(marker)
                ? Placeholder(path: path, line: index + 1, text: line.trimmingCharacters(in: .whitespaces))
                : nil
        }
    }
}

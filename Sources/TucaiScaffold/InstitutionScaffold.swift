import Foundation

/// The files of a new institution module and the manifest edit that registers it. Kept apart from the
/// command plugin so that tests can check what a scaffold produces without running SwiftPM.
public struct InstitutionScaffold: Sendable {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
        init(_ description: String) { self.description = description }
    }

    /// The module and folder name, UpperCamelCase ("DemoCollege").
    public let module: String
    /// The identifier configs and the command line use ("democollege").
    public let identifier: String
    public let nationalCode: String
    public let chineseName: String

    public init(module: String, identifier: String? = nil, nationalCode: String? = nil, chineseName: String? = nil) throws(Failure) {
        guard let first = module.unicodeScalars.first, ("A"..."Z").contains(first),
              module.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) || ("a"..."z").contains($0) || ("0"..."9").contains($0) })
        else {
            throw Failure("'\(module)' is not a module name: use UpperCamelCase letters and digits, like DemoCollege")
        }
        let code = nationalCode ?? "99999"
        guard code.count == 5, code.allSatisfy(\.isNumber) else {
            throw Failure("national code '\(code)' must be five digits")
        }
        self.module = module
        self.identifier = identifier ?? module.lowercased()
        self.nationalCode = code
        self.chineseName = chineseName ?? module
    }

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

        /// \(chineseName): the capture policy of its notice (Notice.txt beside this file).
        /// Override only what the notice states; everything else keeps the kernel's "not stated" default.
        /// See Institutions/YunnanAgriculturalUniversity for a complete module.
        public struct School: Institution {
            public init() {}

            public var identifier: String { "\(identifier)" }
            public var chineseName: String { "\(chineseName)" }
            public var englishName: String { "\(module)" }
            public var nationalCode: String { "\(nationalCode)" }
            public var agency: Agency { Agency("新华社", network: .xinhua) }
            public var cohorts: [Cohort] { [Cohort(.undergraduate, graduating: 2027)] }
            public var notice: Notice { Notice(title: "\(chineseName)毕业生图像信息采集通知", issuer: "教务处", issued: CivilDate(2026, 9, 1)) }

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
                    ExpectedFact("name", quote: "\(chineseName)", { $0.chineseName }, "\(chineseName)"),
                    // ExpectedFact("fee", quote: "每人30元", { $0.fee?.total }, .yuan(30)),
                ]
            }
        }

        """
    }

    var notice: String {
        "\(chineseName)毕业生图像信息采集通知\n\n(Replace this file with the notice's text, exactly as published.)\n"
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
                #expect(try institutionRegistry.institution(named: "\(identifier)").nationalCode == School().nationalCode)
                #expect(try institutionRegistry.institution(named: "\(nationalCode)").identifier == "\(identifier)")
            }
        }

        """
    }
}

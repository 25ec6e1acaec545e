import Foundation
import Testing

/// A module that declares a policy requirement's name with another type (`public var arrivalLeadMinutes: Int`
/// for `Int?`) compiles without a warning and is never called: the protocol's default wins. These tests read the
/// kernel's protocols and every module's sources and fail on each such declaration.
@Suite("Policy members have the protocols' types")
struct PolicyMemberTypesTests {
    /// The kernel files that declare `Institution` and the policy protocols it refines.
    static let protocolFiles = ["Institution.swift", "IdentityPolicy.swift", "PaymentPolicy.swift", "SchedulingPolicy.swift", "CapturePolicy.swift"]
    /// Protocols `Institution` may refine that declare no property a module overrides.
    static let standardProtocols: Set<String> = ["Sendable", "Hashable", "Equatable", "Codable", "Encodable", "Decodable", "CustomStringConvertible"]

    @Test("every member of a module's School named like a policy requirement has the requirement's type")
    func modulesUseTheRequirementsTypes() {
        let requirements = Self.kernelRequirements()
        guard !requirements.isEmpty else { return }

        let folders: [String]
        do { folders = try PackageLayout.institutionFolders() } catch {
            Issue.record("cannot read the institutions folder \(PackageLayout.institutions.path): \(error)")
            return
        }
        #expect(!folders.isEmpty, "no module folders under \(PackageLayout.institutions.path)")

        for folder in folders {
            guard let files = Self.swiftFiles(inModule: folder) else { continue }
            let members = PolicyMemberTypes.policyMembers(in: files, requirements: requirements)
            #expect(members.contains { $0.member.name == "identifier" },
                    "Institutions/\(folder): found no declaration of School.identifier, so the check read nothing in this module")
            for mismatch in PolicyMemberTypes.mismatches(in: files, requirements: requirements) {
                Issue.record(Comment(rawValue: mismatch.description))
            }
        }
    }

    @Test("the check reports a member shadowing a requirement with another type, and nothing else")
    func theCheckHasTeeth() throws {
        let kernel = """
            /// A doc comment that mentions var ignored: String { get } is not a requirement.
            public protocol SchedulingPolicy: Sendable {
                /// Minutes before the slot a unit must be there.
                var arrivalLeadMinutes: Int? { get }
            }
            """
        let requirements = PolicyMemberTypes.protocols(in: kernel).flatMap(\.requirements)
        #expect(requirements == [PolicyMemberTypes.Requirement(protocolName: "SchedulingPolicy", name: "arrivalLeadMinutes", type: "Int?")])

        let wrong = """
            extension School {
                public var arrivalLeadMinutes: Int { 15 }
            }
            """
        let mismatches = PolicyMemberTypes.mismatches(in: [("Wrong.swift", wrong)], requirements: requirements)
        #expect(mismatches.count == 1)
        let mismatch = try #require(mismatches.first)
        #expect(mismatch.file == "Wrong.swift" && mismatch.line == 2 && mismatch.declaredType == "Int" && mismatch.requirement.type == "Int?")
        #expect(mismatch.description.contains("Wrong.swift:2") && mismatch.description.contains("Int?"))

        let right = """
            extension School {
                public var arrivalLeadMinutes: Int? { 15 }
            }
            """
        #expect(PolicyMemberTypes.mismatches(in: [("Right.swift", right)], requirements: requirements).isEmpty)
    }

    @Test("stored, inferred and other conforming types are checked; statics, locals, nested types, comments and strings are not")
    func whatTheCheckReads() {
        let requirements = [PolicyMemberTypes.Requirement(protocolName: "SchedulingPolicy", name: "arrivalLeadMinutes", type: "Int?")]
        let reported = """
            public struct School: Institution {
                public let arrivalLeadMinutes: Int = 15
            }
            extension School { var arrivalLeadMinutes = 15 }
            struct Other: TucaiKernel.SchedulingPolicy {
                var arrivalLeadMinutes: Optional<Int> { 15 }
            }
            """
        let lines = PolicyMemberTypes.mismatches(in: [("Reported.swift", reported)], requirements: requirements).map(\.line)
        #expect(lines == [2, 4, 6])

        let ignored = #"""
            extension School {
                static var arrivalLeadMinutes: Int { 15 }
                // public var arrivalLeadMinutes: Int { 15 }
                /* var arrivalLeadMinutes: Int { 15 } */
                static let note = "var arrivalLeadMinutes: Int { 15 } \("}")"
                static let text = """
                    var arrivalLeadMinutes: Int { 15 }
                    """
                var lead: Int? {
                    let arrivalLeadMinutes: Int = 15
                    return arrivalLeadMinutes
                }
                struct Row { var arrivalLeadMinutes: Int }
                public var arrivalLeadMinutes:   Int ? { 15 }
            }
            private struct Unrelated { var arrivalLeadMinutes: Int }
            """#
        #expect(PolicyMemberTypes.mismatches(in: [("Ignored.swift", ignored)], requirements: requirements).isEmpty)
    }

    // MARK: - Reading the package

    /// The property requirements of `Institution` and every protocol it refines, read from the kernel's sources.
    /// Records an issue, naming the file, for each file it cannot read and each refined protocol it cannot find.
    static func kernelRequirements() -> [PolicyMemberTypes.Requirement] {
        let kernel = PackageLayout.root.appending(path: "Sources/TucaiKernel")
        var declarations: [PolicyMemberTypes.ProtocolDeclaration] = []
        for name in protocolFiles {
            let url = kernel.appending(path: name)
            let source: String
            do { source = try String(contentsOf: url, encoding: .utf8) } catch {
                Issue.record("cannot read the protocol file \(url.path): \(error)")
                continue
            }
            let found = PolicyMemberTypes.protocols(in: source)
            #expect(!found.isEmpty, "\(url.path) declares no public protocol")
            declarations += found
        }
        guard let institution = declarations.first(where: { $0.name == "Institution" }) else {
            Issue.record("no `public protocol Institution` in \(protocolFiles.map { kernel.appending(path: $0).path })")
            return []
        }
        // Every protocol Institution refines, transitively, must be among the files read: a requirement in
        // a protocol this test does not read would go unchecked.
        var pending = institution.refines, seen: Set<String> = ["Institution"]
        while let name = pending.popLast() {
            guard seen.insert(name).inserted, !standardProtocols.contains(name) else { continue }
            guard let declaration = declarations.first(where: { $0.name == name }) else {
                Issue.record("Institution refines \(name), which none of \(protocolFiles) in \(kernel.path) declares; add its file to protocolFiles")
                continue
            }
            pending += declaration.refines
        }
        let requirements = declarations.filter { seen.contains($0.name) }.flatMap(\.requirements)
        #expect(!requirements.isEmpty, "found no `var NAME: TYPE { get }` requirement in \(protocolFiles)")
        return requirements
    }

    /// Every `.swift` file under `Institutions/<module>`, at any depth, with its path from the package root.
    /// Records an issue, naming the file or folder, for anything it cannot read; nil when the folder is unreadable.
    static func swiftFiles(inModule module: String) -> [(path: String, source: String)]? {
        let folder = PackageLayout.institutions.appending(path: module)
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else {
            Issue.record("cannot read the module folder \(folder.path)")
            return nil
        }
        let paths = enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.sorted()
        var files: [(path: String, source: String)] = []
        for path in paths {
            let url = folder.appending(path: path)
            do { files.append(("Institutions/\(module)/\(path)", try String(contentsOf: url, encoding: .utf8))) } catch {
                Issue.record("cannot read \(url.path): \(error)")
            }
        }
        #expect(!paths.isEmpty, "\(folder.path) holds no .swift file")
        return files
    }
}

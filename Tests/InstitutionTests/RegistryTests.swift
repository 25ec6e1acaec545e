import Foundation
import Testing
import TucaiRegistry

@Suite("Institution registry")
struct RegistryTests {
    @Test("the generated registry lists exactly the folders under Institutions/")
    func registryMatchesFolders() throws {
        let registered = institutionRegistry.entries.map(\.module).sorted()
        #expect(registered == (try PackageLayout.institutionFolders()))
    }

    @Test("Package.swift lists exactly the folders under Institutions/")
    func manifestMatchesFolders() throws {
        let manifest = try String(contentsOf: PackageLayout.root.appending(path: "Package.swift"), encoding: .utf8)
        let start = try #require(manifest.range(of: "let institutions = ["))
        let end = try #require(manifest[start.upperBound...].firstIndex(of: "]"))
        let listed = manifest[start.upperBound..<end]
            .split(whereSeparator: { $0 == "," || $0.isNewline })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix("\"") }
            .map { String($0.dropFirst().dropLast()) }
        #expect(listed.sorted() == (try PackageLayout.institutionFolders()))
    }

    @Test("identifiers and national codes are unique and well-formed")
    func identifiersUnique() {
        let institutions = institutionRegistry.institutions
        #expect(Set(institutions.map(\.identifier)).count == institutions.count)
        #expect(Set(institutions.map(\.nationalCode)).count == institutions.count)
        for institution in institutions {
            #expect(institution.nationalCode.count == 5 && institution.nationalCode.allSatisfy(\.isNumber),
                    "\(institution.identifier): national code \(institution.nationalCode)")
            #expect(institution.identifier == institution.identifier.lowercased())
        }
    }

    @Test("an institution is found by identifier or national code; an unknown name lists the known ones")
    func lookup() throws {
        for institution in institutionRegistry.institutions {
            #expect(try institutionRegistry.institution(named: institution.identifier.uppercased()).identifier == institution.identifier)
            #expect(try institutionRegistry.institution(named: institution.nationalCode).identifier == institution.identifier)
        }
        #expect(throws: InstitutionRegistry.UnknownInstitution.self) { try institutionRegistry.institution(named: "nowhere") }
        do {
            _ = try institutionRegistry.institution(named: "nowhere")
        } catch {
            for institution in institutionRegistry.institutions {
                #expect(error.description.contains(institution.identifier))
            }
        }
    }

    @Test("each module's Notice.txt is one of the shared notices it was built from, unchanged")
    func noticesMatchTheSharedNotices() throws {
        let shared = PackageLayout.root.deletingLastPathComponent().appending(path: "shared")
        var texts = Set<String>()
        for folder in ["seeds", "notices"] {
            let directory = shared.appending(path: folder)
            let files = try #require(try? FileManager.default.contentsOfDirectory(atPath: directory.path),
                                     "cannot read \(directory.path): the notices the modules quote must be beside the package")
            let notices = files.filter { $0.hasSuffix(".txt") }
            #expect(!notices.isEmpty, "\(directory.path) holds no notice")
            for name in notices { texts.insert(try String(contentsOf: directory.appending(path: name), encoding: .utf8)) }
        }
        let modules = try PackageLayout.institutionFolders()
        #expect(modules.count == institutionRegistry.entries.count)
        for module in modules {
            #expect(texts.contains(try PackageLayout.notice(ofModule: module)), "\(module)/Notice.txt differs from every shared notice")
        }
    }
}

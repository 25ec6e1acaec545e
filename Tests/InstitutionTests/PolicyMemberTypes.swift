import Foundation

/// Reads Swift source as text to find where a module declares a policy requirement's name with another type.
///
/// A protocol requirement `var arrivalLeadMinutes: Int? { get }` with a default in a protocol extension is not
/// overridden by `public var arrivalLeadMinutes: Int { 15 }`: that is a new member which the compiler accepts
/// without a word and the kernel never calls. Only reading the declarations finds it.
///
/// This is text parsing, not a Swift parser: comments and string literals are blanked first (keeping line
/// numbers), braces are matched to know which type body a declaration stands in, and types are compared as
/// written with white space normalised. A module that writes `Optional<Int>` for `Int?` is reported, too.
enum PolicyMemberTypes {
    /// A `var NAME: TYPE { get }` requirement of a protocol.
    struct Requirement: Equatable, Sendable, CustomStringConvertible {
        let protocolName: String
        let name: String
        let type: String
        var description: String { "\(protocolName).\(name): \(type)" }
    }

    /// A protocol declaration: its name, what it refines, and its property requirements.
    struct ProtocolDeclaration: Equatable, Sendable {
        let name: String
        let refines: [String]
        let requirements: [Requirement]
    }

    /// A non-static member whose name is a requirement's and whose type differs.
    struct Mismatch: Equatable, Sendable, CustomStringConvertible {
        let file: String
        let line: Int
        let name: String
        /// The type as the module declares it; nil when the declaration states none (`var fee = …`).
        let declaredType: String?
        let requirement: Requirement

        var description: String {
            let declared = declaredType.map { "declares it as \($0)" } ?? "leaves its type to inference"
            return "\(file):\(line): `\(name)` \(declared), but \(requirement.protocolName) requires \(requirement.type); "
                + "the kernel never calls this member and the protocol's default wins"
        }
    }

    // MARK: - Protocols

    /// The `public protocol` declarations in `source`, with their `var NAME: TYPE { get }` requirements.
    static func protocols(in source: String) -> [ProtocolDeclaration] {
        let code = Array(blankingCommentsAndStrings(source).unicodeScalars)
        let text = String(String.UnicodeScalarView(code))
        var found: [ProtocolDeclaration] = []
        for match in text.matches(of: #/\bpublic\s+protocol\s+(\w+)([^{]*)\{/#) {
            let name = String(match.output.1)
            let refines = inheritance(match.output.2)
            let open = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: match.range.upperBound)
            let close = matchingBrace(in: code, after: open)
            let body = String(String.UnicodeScalarView(code[open..<close]))
            let requirements = body.matches(of: #/\bvar\s+(\w+)\s*:\s*([^{]+?)\s*\{\s*get(?:\s+set)?\s*\}/#).map {
                Requirement(protocolName: name, name: String($0.output.1), type: normalisedType($0.output.2))
            }
            found.append(ProtocolDeclaration(name: name, refines: refines, requirements: requirements))
        }
        return found
    }

    // MARK: - Modules

    /// Every member of a policy-conforming type in `files` (a module's sources) that is not static, has a
    /// requirement's name and does not have its type.
    static func mismatches(in files: [(path: String, source: String)], requirements: [Requirement]) -> [Mismatch] {
        let byName = Dictionary(grouping: requirements, by: \.name)
        return policyMembers(in: files, requirements: requirements).compactMap { file, member in
            guard let wanted = byName[member.name], !wanted.contains(where: { $0.type == member.type }) else { return nil }
            return Mismatch(file: file, line: member.line, name: member.name, declaredType: member.type, requirement: wanted[0])
        }
    }

    /// The non-static members of policy-conforming types in `files` that have a requirement's name, whatever
    /// their type. A type is checked when it is `School` (every module's entry type) or when any of the files
    /// declares it conforming to one of the `requirements`' protocols.
    static func policyMembers(in files: [(path: String, source: String)], requirements: [Requirement]) -> [(file: String, member: Member)] {
        let names = Set(requirements.map(\.name))
        let protocolNames = Set(requirements.map(\.protocolName))
        let scanned = files.map { (path: $0.path, scopes: typeScopes(in: $0.source)) }
        var checkedTypes: Set<String> = ["School"]
        for file in scanned {
            for scope in file.scopes where !protocolNames.isDisjoint(with: scope.conformances) {
                checkedTypes.insert(scope.typeName)
            }
        }
        var found: [(file: String, member: Member)] = []
        for file in scanned {
            for scope in file.scopes where checkedTypes.contains(scope.typeName) {
                for member in scope.members where !member.isStatic && names.contains(member.name) {
                    found.append((file.path, member))
                }
            }
        }
        return found.sorted { ($0.file, $0.member.line) < ($1.file, $1.member.line) }
    }

    /// A type or extension body and the stored or computed properties declared directly in it.
    struct TypeScope {
        var typeName: String
        var conformances: [String]
        var members: [Member] = []
    }

    struct Member {
        let name: String
        let type: String?
        let isStatic: Bool
        let line: Int
    }

    /// The bodies of `struct`, `class`, `enum`, `actor` and `extension` declarations in `source`, each with
    /// the properties declared directly in it (not in nested types, functions, closures or accessors).
    static func typeScopes(in source: String) -> [TypeScope] {
        let code = Array(blankingCommentsAndStrings(source).unicodeScalars)
        var scopes: [TypeScope] = []
        // For each open brace: the index in `scopes` of the type body it opens, or nil for any other brace.
        var stack: [Int?] = []
        var segmentStart = 0
        var line = 1
        var segmentLine = 1

        func closeSegment(at end: Int, terminator: Unicode.Scalar?) {
            let segment = String(String.UnicodeScalarView(code[segmentStart..<end]))
            if let innermost = stack.last, let typeIndex = innermost {
                scopes[typeIndex].members += members(in: segment, firstLine: segmentLine, endsWithBrace: terminator == "{")
            }
            if terminator == "{" {
                if let header = typeHeader(segment) {
                    scopes.append(TypeScope(typeName: header.name, conformances: header.conformances))
                    stack.append(scopes.count - 1)
                } else {
                    stack.append(nil)
                }
            } else if terminator == "}" {
                _ = stack.popLast()
            }
            segmentStart = end + 1
            segmentLine = line
        }

        for (index, scalar) in code.enumerated() {
            switch scalar {
            case "{", "}", ";": closeSegment(at: index, terminator: scalar)
            case "\n": line += 1
            default: break
            }
        }
        closeSegment(at: code.count, terminator: nil)
        return scopes
    }

    /// The type a brace's header opens the body of, when it is a type or extension declaration.
    private static func typeHeader(_ segment: String) -> (name: String, conformances: [String])? {
        guard ["struct", "class", "enum", "actor", "extension"].contains(where: { segment.contains($0) }),
              let match = segment.matches(of: #/\b(?:struct|class|enum|actor|extension)\s+([A-Za-z_][\w.]*)([^("]*)$/#).last
        else { return nil }
        let name = String(match.output.1.split(separator: ".").last ?? match.output.1)
        let rest = match.output.2
        guard !["var", "let", "func", "init", "subscript", "case"].contains(name),
              rest.firstMatch(of: #/\b(?:var|let|func|init|subscript|case)\b/#) == nil else { return nil }
        return (name, inheritance(rest))
    }

    /// The protocols in a declaration's `: A, B & C where …` clause, without module prefixes.
    private static func inheritance(_ header: Substring) -> [String] {
        let clause = header.firstMatch(of: #/\bwhere\b/#).map { header[..<$0.range.lowerBound] } ?? header
        guard let colon = clause.firstIndex(of: ":") else { return [] }
        return clause[clause.index(after: colon)...]
            .split(whereSeparator: { $0 == "," || $0 == "&" })
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
            .map { String($0.split(separator: ".").last ?? Substring($0)) }
    }

    /// The `var`/`let` declarations that start a line of `segment`, a stretch of a type body between braces
    /// or semicolons. When the segment ends at `{`, its last declaration is computed or observed.
    private static func members(in segment: String, firstLine: Int, endsWithBrace: Bool) -> [Member] {
        let lines = segment.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" })
        var members: [Member] = []
        for (offset, text) in lines.enumerated() {
            let isLast = offset == lines.count - 1
            guard text.contains("var") || text.contains("let"), let match = text.wholeMatch(
                of: #/\s*((?:@\w+(?:\([^)]*\))?\s+|\w+(?:\(\w+\))?\s+)*)(?:var|let)\s+(\w+)\s*(?::\s*([^={]*?))?\s*(=.*)?/#
            ) else { continue }
            let modifiers = match.output.1.split(whereSeparator: \.isWhitespace)
            // A declaration with neither type nor initialiser ends in the brace of its accessor or is not one.
            let type = match.output.3.map { normalisedType($0) }
            guard type != nil || match.output.4 != nil || (isLast && endsWithBrace) else { continue }
            members.append(Member(
                name: String(match.output.2),
                type: type.flatMap { $0.isEmpty ? nil : $0 },
                isStatic: modifiers.contains("static") || modifiers.contains("class"),
                line: firstLine + offset
            ))
        }
        return members
    }

    // MARK: - Text

    /// `type` with white space removed except a single space between two words (`some View`, `any P`).
    static func normalisedType(_ type: some StringProtocol) -> String {
        var result = ""
        var pendingSpace = false
        for character in type {
            if character.isWhitespace { pendingSpace = true; continue }
            if pendingSpace, let last = result.last, isWordCharacter(last), isWordCharacter(character) { result.append(" ") }
            pendingSpace = false
            result.append(character)
        }
        return result
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }

    /// The index of the brace that closes the one just before `start` (or the end of `code`).
    private static func matchingBrace(in code: [Unicode.Scalar], after start: Int) -> Int {
        var depth = 1
        var index = start
        while index < code.count {
            if code[index] == "{" { depth += 1 }
            if code[index] == "}" { depth -= 1; if depth == 0 { return index } }
            index += 1
        }
        return code.count
    }

    /// `source` with every comment and the contents of every string literal replaced by spaces, newlines kept,
    /// so that braces, `var`s and `{ get }`s in prose or text are not read as code. Interpolations stay code.
    static func blankingCommentsAndStrings(_ source: String) -> String {
        var scalars = Array(source.unicodeScalars)
        var index = 0

        func blank(_ position: Int) {
            if position < scalars.count, scalars[position] != "\n" { scalars[position] = " " }
        }
        func at(_ position: Int) -> Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }
        func hashes(from position: Int) -> Int {
            var count = 0
            while at(position + count) == "#" { count += 1 }
            return count
        }

        /// Code until the end, or until the `)` that closes an interpolation (left at `index`).
        func scanCode(inInterpolation: Bool) {
            var parentheses = 0
            while index < scalars.count {
                let scalar = scalars[index]
                if scalar == "/", at(index + 1) == "/" {
                    while index < scalars.count, scalars[index] != "\n" { blank(index); index += 1 }
                    continue
                }
                if scalar == "/", at(index + 1) == "*" {
                    var depth = 0
                    repeat {
                        if at(index) == "/", at(index + 1) == "*" { depth += 1; blank(index); blank(index + 1); index += 2 }
                        else if at(index) == "*", at(index + 1) == "/" { depth -= 1; blank(index); blank(index + 1); index += 2 }
                        else { blank(index); index += 1 }
                    } while depth > 0 && index < scalars.count
                    continue
                }
                if scalar == "#" || scalar == "\"" {
                    let count = hashes(from: index)
                    if at(index + count) == "\"" {
                        let multiline = at(index + count + 1) == "\"" && at(index + count + 2) == "\""
                        index += count + (multiline ? 3 : 1)
                        scanString(hashes: count, multiline: multiline)
                        continue
                    }
                    index += max(count, 1)
                    continue
                }
                if inInterpolation {
                    if scalar == "(" { parentheses += 1 }
                    if scalar == ")" {
                        if parentheses == 0 { return }
                        parentheses -= 1
                    }
                }
                index += 1
            }
        }

        /// A string literal's contents, `index` just past its opening delimiter; leaves `index` past its end.
        func scanString(hashes count: Int, multiline: Bool) {
            while index < scalars.count {
                let scalar = scalars[index]
                if scalar == "\\", hashes(from: index + 1) >= count {
                    let escaped = index + 1 + count
                    if at(escaped) == "(" {
                        for position in index...escaped { blank(position) }
                        index = escaped + 1
                        scanCode(inInterpolation: true)
                        blank(index)
                        index += 1
                        continue
                    }
                    for position in index...min(escaped, scalars.count - 1) { blank(position) }
                    index = escaped + 1
                    continue
                }
                if scalar == "\"" {
                    let quotes = multiline ? 3 : 1
                    if (0..<quotes).allSatisfy({ at(index + $0) == "\"" }), hashes(from: index + quotes) >= count {
                        index += quotes + count
                        return
                    }
                }
                if !multiline, scalar == "\n" { return }
                blank(index)
                index += 1
            }
        }

        scanCode(inInterpolation: false)
        return String(String.UnicodeScalarView(scalars))
    }
}

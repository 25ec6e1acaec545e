import Foundation
import TucaiKernel

/// Where a campaign lives on a PostgreSQL server: a libpq connection URI, the schema that holds this one
/// campaign (an agency's season is many campaigns in one database, a schema each), and the ID number key file.
///
/// Written as one URI: `postgresql://station3@db.example.cn/tucai?sslmode=verify-full&campaign=ynau_2023&key=/etc/tucai/ynau.key`.
/// `campaign` and `key` are Tucai's own and are taken out before libpq sees the rest; every other parameter
/// (host, port, user, sslmode, sslrootcert, application_name…) is libpq's.
public struct PostgresLocation: Sendable, Hashable, CustomStringConvertible {
    /// The URI libpq connects with.
    public var conninfo: String
    /// The campaign's schema: lower-case letters, digits and `_`, starting with a letter.
    public var campaign: String
    /// The ID number key file; never on the server, where the campaign's data is.
    public var keyPath: String

    public static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgresql://") || text.hasPrefix("postgres://")
    }

    /// Reads a URI. A campaign or key the URI does not name is taken from `campaign` and `keyPath`; a
    /// location without either is refused, saying which.
    public init(url: String, campaign defaultCampaign: String? = nil, keyPath defaultKeyPath: String? = nil) throws(StoreError) {
        guard Self.isURL(url), var parts = URLComponents(string: url) else {
            throw .unavailable("\(Self.masked(url)): not a postgresql:// URL")
        }
        var items = parts.queryItems ?? []
        let named = items.first { $0.name == "campaign" }?.value
        let key = items.first { $0.name == "key" }?.value
        items.removeAll { $0.name == "campaign" || $0.name == "key" }
        parts.queryItems = items.isEmpty ? nil : items
        conninfo = parts.string ?? url
        guard let name = named ?? defaultCampaign.map(Self.schemaName) else {
            throw .unavailable("\(Self.masked(url)): names no campaign; add ?campaign=NAME (one schema per campaign)")
        }
        guard Self.isSchemaName(name) else {
            throw .unavailable("\(Self.masked(url)): campaign '\(name)' must be lower-case letters, digits and _, starting with a letter but not pg_, at most 63")
        }
        campaign = name
        guard let keyPath = key ?? defaultKeyPath else {
            throw .unavailable("\(Self.masked(url)): names no ID number key file; add &key=PATH or set TUCAI_KEY_FILE")
        }
        self.keyPath = keyPath
    }

    /// A schema name from a config's name: `ynau-2023` → `ynau_2023`.
    public static func schemaName(_ text: String) -> String {
        var name = String(text.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" }.prefix(63))
        // PostgreSQL keeps names starting pg_ for itself.
        if !(name.first?.isLetter ?? false) || name.hasPrefix("pg_") { name = "c_" + name.prefix(61) }
        return name
    }

    static func isSchemaName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first), name.utf8.count <= 63, !name.hasPrefix("pg_") else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    /// The URI with any password replaced by `***`, for messages and logs. Done on the text, so a URI that
    /// `URLComponents` cannot read (several hosts, an unescaped character) is masked all the same.
    public static func masked(_ url: String) -> String {
        var text = url
        // user:password@ in the authority, up to the last @ before the path.
        if let scheme = text.range(of: "://") {
            let authorityEnd = text[scheme.upperBound...].firstIndex { $0 == "/" || $0 == "?" } ?? text.endIndex
            if let at = text[scheme.upperBound..<authorityEnd].lastIndex(of: "@"),
               let colon = text[scheme.upperBound..<at].firstIndex(of: ":") {
                text.replaceSubrange(text.index(after: colon)..<at, with: "***")
            }
        }
        for name in ["password", "sslpassword"] {
            text = text.replacingOccurrences(of: "([?&]\(name)=)[^&]*", with: "$1***", options: .regularExpression)
        }
        return text
    }

    public var description: String {
        let separator = conninfo.contains("?") ? "&" : "?"
        return Self.masked(conninfo) + separator + "campaign=" + campaign
    }
}

/// How a roster file's bytes were written. Excel on Chinese Windows saves "CSV" in the ANSI code page (GBK,
/// which GB18030 contains) and "CSV UTF-8" with a byte-order mark; other tools write plain UTF-8.
public enum RosterEncoding: String, Sendable, CustomStringConvertible {
    case utf8
    case utf8WithBOM
    case gb18030

    public var description: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf8WithBOM: "UTF-8 with BOM"
        case .gb18030: "GB18030/GBK"
        }
    }
}

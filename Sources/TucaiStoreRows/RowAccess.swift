/// Parameters of a statement being bound, numbered from 1 as both SQLite and PostgreSQL number them. The
/// campaign's rows are laid out once (`StudentRows`) and bound through this, so that every store writes a
/// student the same way.
public protocol RowBinding {
    func bind(_ index: Int32, _ value: String?)
    func bind(_ index: Int32, _ value: Int?)
    func bind(_ index: Int32, _ value: Bool)
}

/// The columns of one result row, numbered from 0; a NULL reads as nil (false for `bool`).
public protocol RowValues {
    func text(_ column: Int32) -> String?
    func int(_ column: Int32) -> Int?
    func bool(_ column: Int32) -> Bool
}

/// A stored row that does not read back as what was written, named as one line.
public struct UnreadableRow: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// A text table with too many rows to hold at once (a reconciliation's list at the national scale): the rows are
/// handed over twice, once to measure the columns and once to print them, and the text goes out a page at a time.
/// The layout is `Table`'s text format, with no total width.
struct LongTable {
    var headers: [String]
    var maximumCellWidth = Table(headers: [], rows: []).maximumCellWidth

    /// `rows` hands every row to its argument, in order, each time it is called.
    func write(rows: (([String]) throws -> Void) throws -> Void, to out: (String) -> Void) throws {
        var widths = headers.map { Table.wrap($0, width: maximumCellWidth).map(Table.displayWidth).max() ?? 0 }
        try rows { row in
            for (column, cell) in zip(widths.indices, row) {
                let width = Table.displayWidth(cell)
                // Most cells are one short line: measuring them needs no wrapping.
                let widest = width <= maximumCellWidth && !cell.utf8.contains(10) ? width
                    : Table.wrap(cell, width: maximumCellWidth).map(Table.displayWidth).max() ?? 0
                widths[column] = max(widths[column], widest)
            }
        }
        var page = ""
        Table.layOut(headers.map { Table.wrap($0, width: maximumCellWidth) }, widths: widths, into: &page)
        page += Table.rule(widths)
        try withoutActuallyEscaping(out) { out in
            try rows { row in
                Table.layOut(row.map { Table.wrap($0, width: maximumCellWidth) }, widths: widths, into: &page)
                if page.utf8.count >= 1 << 20 {
                    out(page)
                    page = ""
                }
            }
        }
        if !page.isEmpty { out(page) }
    }
}

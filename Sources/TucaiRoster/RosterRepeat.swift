import Dispatch

/// A row whose student number or identity number an earlier row of the same file already has: the row is
/// refused with a problem naming the earlier line, and the earlier row stands.
struct RosterRepeat {
    var line: Int
    var firstLine: Int
    var column: RosterColumn
    /// The student number as the row has it, for the message; an identity number is never shown.
    var studentNumber: String?

    /// The keys of every row of one reading, gathered stretch by stretch in file order, and the repeats among
    /// them once the reading is done.
    final class Log {
        private let numbers: KeySpill
        private let ids: KeySpill?

        init(file: String, hasIDs: Bool, memoryLimit: Int) {
            numbers = KeySpill(file: file, memoryLimit: memoryLimit)
            ids = hasIDs ? KeySpill(file: file, memoryLimit: memoryLimit) : nil
        }

        /// The keys of one stretch's rows; stretches, and the halves of one, come in file order.
        func add(_ reader: RosterChunkReader) {
            var unkeyed = reader.unkeyedNumbers[...]
            for (index, row) in reader.rows.enumerated() {
                if row.numberKey != 0 {
                    numbers.append(key: row.numberKey, line: Int(row.line))
                } else if let next = unkeyed.first, next.row == index {
                    numbers.append(text: next.number, line: Int(row.line))
                    unkeyed = unkeyed.dropFirst()
                }
                if row.idKey != 0 { ids?.append(key: row.idKey, line: Int(row.line)) }
            }
        }

        /// Every repeat, in line order; a row's student number before its identity number, as the problems of
        /// one row are listed. The two columns are searched on two threads.
        func repeats() throws(RosterError) -> [RosterRepeat] {
            var results: [Result<[KeySpill.Repeat], RosterError>] = [.success([]), .success([])]
            results.withUnsafeMutableBufferPointer { results in
                nonisolated(unsafe) let results = results
                nonisolated(unsafe) let spills = [numbers, ids]
                DispatchQueue.concurrentPerform(iterations: ids == nil ? 1 : 2) { k in
                    do throws(RosterError) { results[k] = .success(try spills[k]!.repeats()) } catch { results[k] = .failure(error) }
                }
            }
            let numberRepeats = try results[0].get(), idRepeats = try results[1].get()
            var merged: [RosterRepeat] = []
            merged.reserveCapacity(numberRepeats.count + idRepeats.count)
            var i = 0, j = 0
            while i < numberRepeats.count || j < idRepeats.count {
                if j == idRepeats.count || (i < numberRepeats.count && numberRepeats[i].line <= idRepeats[j].line) {
                    let r = numberRepeats[i]
                    let number = r.text ?? StudentNumberKey.text(of: r.key) ?? "?"
                    merged.append(RosterRepeat(line: r.line, firstLine: r.firstLine, column: .studentNumber, studentNumber: number))
                    i += 1
                } else {
                    let r = idRepeats[j]
                    merged.append(RosterRepeat(line: r.line, firstLine: r.firstLine, column: .idNumber, studentNumber: nil))
                    j += 1
                }
            }
            return merged
        }
    }
}

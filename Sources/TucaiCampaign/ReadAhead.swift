import Foundation

/// Makes the next of a sequence of results on a thread of its own while the caller uses the last one: an import
/// stores one batch of a roster while the next is read, checked and given its eligibility on the other core, so
/// the file's reading hides behind the database's work instead of adding to it. It is one result ahead, no more,
/// so it holds one result beyond the caller's.
///
/// Results come out of `next()` in the order `produce` made them; a thrown error comes out in its place and
/// ends the sequence, as nil does. `produce` runs only on the reading thread until `finish()` has returned:
/// whatever it reads or changes (the roster stream) is the caller's again only after `finish()`.
final class ReadAhead<Element: Sendable>: @unchecked Sendable {
    // `condition` guards the three below; the reading thread and the caller meet only through them.
    private let condition = NSCondition()
    private var made: Result<Element?, any Error>?
    private var stopping = false
    private var reading = true

    init(_ produce: @escaping () throws -> Element?) {
        // The closure and what it captures are used by the reading thread alone, until `finish()`.
        nonisolated(unsafe) let produce = produce
        Thread.detachNewThread { [self] in read(produce) }
    }

    private func read(_ produce: () throws -> Element?) {
        while true {
            // The next result is made only once the last has been taken: one ahead of the caller, no more.
            condition.lock()
            while made != nil, !stopping { condition.wait() }
            if stopping {
                reading = false
                condition.broadcast()
                condition.unlock()
                return
            }
            condition.unlock()
            let result = Result { try produce() }
            let ends: Bool
            switch result {
            case .success(let element): ends = element == nil
            case .failure: ends = true
            }
            condition.lock()
            if !stopping { made = result }
            if ends || stopping { reading = false }
            condition.broadcast()
            let stops = !reading
            condition.unlock()
            if stops { return }
        }
    }

    /// The next result, waiting for it if it is still being made; nil after the last.
    func next() throws -> Element? {
        condition.lock()
        while made == nil, reading { condition.wait() }
        let result = made
        made = nil
        condition.broadcast()
        condition.unlock()
        return try result?.get() ?? nil
    }

    /// Stops reading ahead and waits until the reading thread is done with what `produce` uses. Call it before
    /// leaving, whether the sequence ended or not.
    func finish() {
        condition.lock()
        stopping = true
        condition.broadcast()
        while reading { condition.wait() }
        made = nil
        condition.unlock()
    }
}

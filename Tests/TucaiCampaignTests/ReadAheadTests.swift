import Foundation
import Synchronization
import Testing
@testable import TucaiCampaign

/// The import reads the next stretch of a roster on another thread while it stores the last one: what comes
/// out must be what reading in turn gives, an error in its place, and nothing may still be reading once the
/// import has returned.
@Suite struct ReadAheadTests {
    struct Stop: Error, Equatable { let after: Int }

    @Test func resultsComeInOrderThenNilForEver() throws {
        let made = Mutex(0)
        let ahead = ReadAhead { () -> Int? in
            made.withLock { count in
                guard count < 1_000 else { return nil }
                count += 1
                return count
            }
        }
        defer { ahead.finish() }
        var taken: [Int] = []
        while let value = try ahead.next() { taken.append(value) }
        #expect(taken == Array(1...1_000))
        #expect(try ahead.next() == nil && ahead.next() == nil)
    }

    @Test func anErrorComesInItsPlaceAndEndsTheReading() throws {
        let calls = Mutex(0)
        let ahead = ReadAhead { () throws -> Int? in
            let call = calls.withLock { count in count += 1; return count }
            if call == 4 { throw Stop(after: 3) }
            return call
        }
        defer { ahead.finish() }
        #expect(try ahead.next() == 1 && ahead.next() == 2 && ahead.next() == 3)
        #expect(throws: Stop(after: 3)) { try ahead.next() }
        #expect(try ahead.next() == nil)
        #expect(calls.withLock { $0 } == 4, "nothing is read after the error")
    }

    /// A caller that stops early (its store failed) gets the reading thread back: once `finish` returns, the
    /// producer is not running and never runs again, and it had made no more than one result past the caller's.
    @Test func finishingEarlyStopsTheReadingBeforeItReturns() throws {
        for taken in [0, 1, 5] {
            let calls = Mutex(0), inside = Mutex(false)
            let ahead = ReadAhead { () -> Int? in
                inside.withLock { $0 = true }
                defer { inside.withLock { $0 = false } }
                Thread.sleep(forTimeInterval: 0.002)
                return calls.withLock { count in count += 1; return count }
            }
            for expected in 0..<taken { #expect(try ahead.next() == expected + 1) }
            ahead.finish()
            let atFinish = calls.withLock { $0 }
            #expect(!inside.withLock { $0 }, "the producer is not running once finish returns")
            Thread.sleep(forTimeInterval: 0.05)
            #expect(calls.withLock { $0 } == atFinish, "nothing is read after finish")
            #expect(atFinish <= taken + 1, "\(atFinish) made for \(taken) taken: one ahead at most")
        }
    }
}

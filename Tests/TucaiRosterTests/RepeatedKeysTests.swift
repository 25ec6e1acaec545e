import TucaiKernel
import Testing
@testable import TucaiRoster

@Suite struct RepeatedKeysTests {
    /// Against a dictionary, on enough keys to spread over many buckets, with repeats near and far apart.
    @Test func findsEveryRepeatWithItsFirstRow() {
        var generator = SplitMix64(seed: 11)
        let keys: [UInt64] = (0..<60_000).map { _ in
            let r = generator.below(100)
            return r < 5 ? 0 : UInt64(1 + generator.below(50_000))
        }
        var firstRow: [UInt64: Int] = [:]
        var expected: [Int: Int] = [:]
        for (row, key) in keys.enumerated() where key != 0 {
            if let first = firstRow[key] { expected[row] = first } else { firstRow[key] = row }
        }
        let found = RepeatedKeys.find(count: keys.count) { keys[$0] }
        #expect(expected.count > 1000)
        #expect(found.count == expected.count)
        #expect(Dictionary(uniqueKeysWithValues: found.map { ($0.row, $0.first) }) == expected)
    }

    @Test func studentNumberKeysRoundTrip() {
        for number in ["2019010001", "0001", "1", "S2019-001", "abcXYZ09", "00000000000000001"] {
            let key = Array(number.utf8).withUnsafeBufferPointer { StudentNumberKey.key($0) }
            #expect(key.flatMap(StudentNumberKey.text(of:)) == number)
        }
        // Too long for a key: compared as text instead.
        #expect(Array("S20190100011".utf8).withUnsafeBufferPointer { StudentNumberKey.key($0) } == nil)
        let a = Array("01".utf8).withUnsafeBufferPointer { StudentNumberKey.key($0) }
        let b = Array("1".utf8).withUnsafeBufferPointer { StudentNumberKey.key($0) }
        #expect(a != b)
    }
}

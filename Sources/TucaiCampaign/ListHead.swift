/// The first lines of a list too long to hold, in the order they are shown, and how many lines the whole list
/// has: a page shows a few hundred of a list that grows with the campaign.
public struct ListHead<Element: Sendable>: Sendable {
    /// Every line of the list, shown or not.
    public private(set) var count: Int
    /// The first `limit` lines by the list's order.
    public private(set) var first: [Element]

    /// The first `limit` of the lines `each` hands over, by `order`, holding at most about twice that many at
    /// any time.
    public init(limit: Int, order: @escaping (Element, Element) -> Bool, _ each: ((Element) throws -> Void) throws -> Void) rethrows {
        let limit = max(0, limit)
        // Cut back to `limit` when twice that many are held: sorting costs the list's length times log `limit`.
        let cutAt = limit > Int.max / 4 ? Int.max : 2 * limit + 64
        var count = 0, held: [Element] = []
        try each { line in
            count += 1
            held.append(line)
            if held.count >= cutAt {
                held.sort(by: order)
                held.removeLast(held.count - limit)
            }
        }
        held.sort(by: order)
        self.count = count
        first = Array(held.prefix(limit))
    }

    /// The first `limit` lines in the order `each` hands them over.
    public init(limit: Int, _ each: ((Element) throws -> Void) throws -> Void) rethrows {
        var count = 0, held: [Element] = []
        try each { line in
            count += 1
            if held.count < limit { held.append(line) }
        }
        self.count = count
        first = held
    }
}

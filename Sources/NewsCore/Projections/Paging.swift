/// Pages of the list answers (agreements, trade figures, investments), by position in their order.
///
/// A page starts after the sort key of the last entry of the page before it, never at a count:
/// an entry that appears or goes away before that point, as the ledger moves or under another
/// as-of point, moves no entry from one page to another, and none is shown twice.

/// An entry's place in its list's order: the list is sorted by these parts, compared as strings in turn.
public struct PageKey: Hashable, Sendable, Comparable {
    public var parts: [String]
    public init(_ parts: [String]) { self.parts = parts }
    public static func < (a: PageKey, b: PageKey) -> Bool { a.parts.lexicographicallyPrecedes(b.parts) }
}

/// An entry of a list answer, with its place in the list's order.
public protocol Paged {
    var pageKey: PageKey { get }
}

/// One page of a list answer.
public struct Page<Entry> {
    public var entries: [Entry]
    /// The key of the last entry, when more entries follow it.
    public var next: PageKey?
    /// How many entries the whole list has.
    public var total: Int
}

extension Array where Element: Paged {
    /// Up to `limit` entries after `after` (from the start if nil); the array is in `pageKey` order.
    public func page(after: PageKey?, limit: Int) -> Page<Element> {
        precondition(limit > 0)
        var start = 0
        if let after {
            var hi = count
            while start < hi {
                let mid = (start + hi) / 2
                if self[mid].pageKey <= after { start = mid + 1 } else { hi = mid }
            }
        }
        let end = Swift.min(count, start + limit)
        return Page(entries: Array(self[start..<end]), next: end < count ? self[end - 1].pageKey : nil, total: count)
    }
}

extension PageKey {
    /// A sequence number as a part: 20 digits, so that the strings sort as the numbers.
    static func part(_ sequence: UInt64) -> String {
        let digits = String(sequence)
        return String(repeating: "0", count: 20 - digits.count) + digits
    }
}

extension AgreementEntry: Paged {
    /// In the order first reported: the first report's sequence number, then the id.
    public var pageKey: PageKey { PageKey([PageKey.part(timeline.first?.sequence ?? 0), id]) }
}

extension ArticleInfo: Paged {
    /// In the order ingested.
    public var pageKey: PageKey { PageKey([PageKey.part(sequence)]) }
}

extension TradeEntry: Paged {
    public var pageKey: PageKey { PageKey([key]) }
}

extension TradeSummary: Paged {
    public var pageKey: PageKey { entry.pageKey }
}

extension InvestmentEntry: Paged {
    public var pageKey: PageKey { PageKey([investor.description, recipient.description]) }
}

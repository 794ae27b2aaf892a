import Foundation

/// One source's report of a trade figure.
public struct TradeReport: Hashable, Sendable, Codable {
    public var fact: FactID
    public var value: Money?
    public var share: Share?
    public var change: Change?
    public var article: ArticleID?
    /// The article's source or URL, where known.
    public var source: String?
    public var reported: String
    public var sequence: UInt64
}

/// Every report of one trade figure (a pair, direction, period and commodity), side by side.
public struct TradeEntry: Hashable, Sendable, Codable {
    public var key: String
    public var parties: [Party]
    public var direction: TradeFigure.Direction
    public var period: String?
    public var commodity: String?
    /// In the order they were reported.
    public var reports: [TradeReport]
    /// The last report with a value, by report date.
    public var latest: TradeReport?
    /// Highest minus lowest value, where two or more reports give values in one currency.
    public var spread: Money?
}

/// The trade projection: trade figures grouped by pair, direction, period and commodity.
struct TradeProjection: Hashable, Sendable, Codable {
    private(set) var entries: [String: TradeEntry] = [:]
    private var groups = FactGroups()

    static func key(_ t: TradeFigure) -> (key: String, parties: [Party]) {
        let parties = t.direction == .total ? t.parties.sorted() : t.parties
        let key = [parties.map(\.description).joined(separator: ","), t.direction.rawValue, t.period ?? "", t.commodity ?? ""]
            .joined(separator: "|")
        return (key, parties)
    }

    mutating func remove(_ id: FactID, facts: [String: FactRecord], articles: [String: ArticleInfo]) {
        guard let group = groups.remove(id) else { return }
        refresh(group, facts: facts, articles: articles)
    }

    mutating func add(_ record: FactRecord, facts: [String: FactRecord], articles: [String: ArticleInfo]) {
        guard case .trade(let t) = record.fact else { return }
        groups.add(record.id, to: Self.key(t).key)
        refresh(Self.key(t).key, facts: facts, articles: articles)
    }

    private mutating func refresh(_ group: String, facts: [String: FactRecord], articles: [String: ArticleInfo]) {
        let records = (groups.members[group] ?? []).compactMap { facts[$0.rawValue] }.sorted(by: FactRecord.reportedBefore)
        guard let first = records.first, case .trade(let t) = first.fact else {
            entries[group] = nil
            return
        }
        let reports = records.compactMap { record -> TradeReport? in
            guard case .trade(let t) = record.fact else { return nil }
            let article = record.article.flatMap { articles[$0.rawValue] }
            return TradeReport(
                fact: record.id, value: t.value, share: t.share, change: t.change, article: record.article,
                source: article?.source ?? article?.url, reported: record.reported, sequence: record.firstSequence)
        }
        let latest = reports.last { $0.value != nil }
        var spread: Money?
        if let currency = latest?.value?.currency {
            let amounts = reports.compactMap { $0.value }.filter { $0.currency == currency }.map(\.amount)
            if amounts.count >= 2, let low = amounts.min(), let high = amounts.max() {
                spread = Money(high - low, currency)
            }
        }
        entries[group] = TradeEntry(
            key: group, parties: Self.key(t).parties, direction: t.direction, period: t.period, commodity: t.commodity,
            reports: reports, latest: latest, spread: spread)
    }
}

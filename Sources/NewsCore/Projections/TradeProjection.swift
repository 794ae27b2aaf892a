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
    public var reported: CivilDate
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

extension TradeReport: GroupMember {
    var order: ReportOrder { ReportOrder(reported: reported, sequence: sequence) }
}

/// The trade projection: trade figures grouped by pair, direction, period and commodity.
///
/// Each change costs O(1) (apart from removing the latest report, which looks at its group
/// again); the reports are put in order when a query asks for them.
struct TradeProjection: Hashable, Sendable {
    /// What is kept of a group besides its reports.
    struct Head: Hashable, Sendable {
        var parties: [Party]
        var direction: TradeFigure.Direction
        var period: String?
        var commodity: String?
        /// The last report with a value, in report order.
        var latest: TradeReport?
        /// The last report, in report order.
        var newest: ReportOrder
    }

    var heads: [String: Head] = [:]
    var groups = FactGroups<TradeReport>()
    /// The groups of each party and pair of parties.
    var index = PartyIndex()

    init() {}

    /// Builds the party index from the heads, after reading a snapshot.
    mutating func rebuildIndex() {
        index = PartyIndex()
        for (key, head) in heads { index.update(key, from: [], to: head.parties) }
    }

    /// The groups that may have every one of these parties.
    func keys(withParties parties: [Party]) -> [String] {
        index.groups(withParties: parties) ?? Array(heads.keys)
    }

    static func key(_ t: TradeFigure) -> (key: String, parties: [Party]) {
        let parties = t.direction == .total ? t.parties.sorted() : t.parties
        let key = [
            parties.map(\.description).joined(separator: ","), t.direction.rawValue, t.period ?? "", t.commodity ?? "",
        ]
        .joined(separator: "|")
        return (key, parties)
    }

    mutating func remove(_ id: FactID) {
        guard let removed = groups.remove(id) else { return }
        let group = removed.group
        let report = removed.member
        let rest = groups.members(of: group)
        guard let head = heads[group], !rest.isEmpty else {
            if let head = heads.removeValue(forKey: group) { index.update(group, from: head.parties, to: []) }
            return
        }
        if head.latest?.fact == report.fact || head.newest == report.order {
            heads[group]!.latest = rest.filter { $0.value != nil }.max { $0.order < $1.order }
            heads[group]!.newest = rest.map(\.order).max()!
        }
    }

    mutating func add(_ record: StoredFact, source: String?) {
        guard case .trade(let t) = record.fact else { return }
        let (key, parties) = Self.key(t)
        let report = TradeReport(
            fact: record.id, value: t.value, share: t.share, change: t.change, article: record.article,
            source: source, reported: record.reported, sequence: record.firstSequence)
        groups.add(report, to: key)
        if var head = heads[key] {
            if report.value != nil, head.latest.map({ $0.order < report.order }) ?? true { head.latest = report }
            if head.newest < report.order { head.newest = report.order }
            heads[key] = head
        } else {
            index.update(key, from: [], to: parties)
            heads[key] = Head(
                parties: parties, direction: t.direction, period: t.period, commodity: t.commodity,
                latest: report.value == nil ? nil : report, newest: report.order)
        }
    }

    /// A group as queries show it: every report in order, the latest, and the spread.
    func entry(_ key: String) -> TradeEntry? {
        guard let head = heads[key] else { return nil }
        let reports = groups.members(of: key).sorted { $0.order < $1.order }
        var spread: Money?
        if let currency = head.latest?.value?.currency {
            let amounts = reports.compactMap { $0.value }.filter { $0.currency == currency }.map(\.amount)
            if amounts.count >= 2, let low = amounts.min(), let high = amounts.max() {
                spread = Money(high - low, currency)
            }
        }
        return TradeEntry(
            key: key, parties: head.parties, direction: head.direction, period: head.period, commodity: head.commodity,
            reports: reports, latest: head.latest, spread: spread)
    }
}

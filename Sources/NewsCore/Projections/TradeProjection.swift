import Foundation

/// A trade figure as the lean list shows it: its entry without the reports (`reports` empty),
/// and how many reports it has.
public struct TradeSummary: Hashable, Sendable {
    public var entry: TradeEntry
    public var reportCount: Int

    public init(entry: TradeEntry, reportCount: Int) {
        self.entry = entry
        self.reportCount = reportCount
    }

    /// The summary of a full entry.
    public init(_ full: TradeEntry) {
        var entry = full
        entry.reports = []
        self.init(entry: entry, reportCount: full.reports.count)
    }
}

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

extension TradeReport {
    var order: ReportOrder { ReportOrder(reported: reported, sequence: sequence) }
}

/// The trade projection: trade figures grouped by pair, direction, period and commodity.
///
/// A group holds its facts' rows in the fact table, with what ordering them needs; the reports
/// are read from the rows when a query asks for them. Each change costs O(1) (apart from removing
/// the latest report, which looks at its group again).
struct TradeProjection: Hashable, Sendable {
    /// A fact in a group: its row, where it stands among the reports, and whether it gives a value.
    struct Member: GroupMember {
        var row: Int32
        var order: ReportOrder
        var hasValue: Bool
    }

    /// What is kept of a group besides its reports.
    struct Head: Hashable, Sendable {
        var parties: [Party]
        var direction: TradeFigure.Direction
        var period: String?
        var commodity: String?
        /// The last report with a value, in report order.
        var latest: Member?
        /// The last report, in report order.
        var newest: ReportOrder
        /// The lowest and highest value in each currency its reports give, so that the spread
        /// is read without reading every report.
        var extents: [Extent] = []

        mutating func include(_ value: Money) {
            guard let i = extents.firstIndex(where: { $0.currency == value.currency }) else {
                extents.append(Extent(currency: value.currency, low: value.amount, high: value.amount, count: 1))
                return
            }
            extents[i].low = Swift.min(extents[i].low, value.amount)
            extents[i].high = Swift.max(extents[i].high, value.amount)
            extents[i].count += 1
        }

        /// Takes a value out; `others` gives the values of the reports that stay, read only when
        /// the value was its currency's lowest or highest.
        mutating func exclude(_ value: Money, others: () -> [Money]) {
            guard let i = extents.firstIndex(where: { $0.currency == value.currency }) else { return }
            extents[i].count -= 1
            if extents[i].count == 0 {
                extents.remove(at: i)
            } else if value.amount == extents[i].low || value.amount == extents[i].high {
                let amounts = others().lazy.filter { $0.currency == value.currency }.map(\.amount)
                extents[i].low = amounts.min() ?? value.amount
                extents[i].high = amounts.max() ?? value.amount
            }
        }

        /// Highest minus lowest in `currency`, where two or more reports give a value in it.
        func spread(in currency: Currency) -> Money? {
            guard let e = extents.first(where: { $0.currency == currency }), e.count >= 2 else { return nil }
            return Money(e.high - e.low, currency)
        }
    }

    /// The range of a group's values in one currency, and how many of its reports give one.
    struct Extent: Hashable, Sendable {
        var currency: Currency
        var low: Decimal
        var high: Decimal
        var count: Int
    }

    /// Each group's head, by its slot in `groups`; nil for a group that emptied.
    var heads: [Head?] = []
    var groups = FactGroups<Member>()
    /// The groups of each party and pair of parties.
    var index = PartyIndex<Int32>()

    init() {}

    /// Builds the party index from the heads, after reading a snapshot.
    mutating func rebuildIndex() {
        index = PartyIndex<Int32>()
        for (slot, head) in heads.enumerated() {
            if let head { index.update(Int32(slot), from: [], to: head.parties) }
        }
    }

    /// The groups (slots) that may have every one of these parties.
    func groups(withParties parties: [Party]) -> [Int32] {
        index.groups(withParties: parties) ?? heads.indices.compactMap { heads[$0] == nil ? nil : Int32($0) }
    }

    static func key(_ t: TradeFigure) -> (key: String, parties: [Party]) {
        let parties = t.direction == .total ? t.parties.sorted() : t.parties
        let key = [
            parties.map(\.description).joined(separator: ","), t.direction.rawValue, t.period ?? "", t.commodity ?? "",
        ]
        .joined(separator: "|")
        return (key, parties)
    }

    /// Takes a fact out; its row must still hold the fact as it was added.
    mutating func remove(_ row: Int32, facts: FactTable) {
        guard let removed = groups.remove(row) else { return }
        let group = removed.group
        let report = removed.member
        let rest = groups.members(of: group)
        guard let head = heads[Int(group)] else { return }
        if rest.isEmpty {
            index.update(group, from: head.parties, to: [])
            heads[Int(group)] = nil
            return
        }
        if head.latest?.row == report.row || head.newest == report.order {
            heads[Int(group)]!.latest = rest.filter(\.hasValue).max { $0.order < $1.order }
            heads[Int(group)]!.newest = rest.map(\.order).max()!
        }
        if report.hasValue, let value = Self.value(facts.fact(row)) {
            heads[Int(group)]!.exclude(value) { rest.compactMap { $0.hasValue ? Self.value(facts.fact($0.row)) : nil } }
        }
    }

    static func value(_ fact: Fact) -> Money? { if case .trade(let t) = fact { t.value } else { nil } }

    mutating func add(_ record: StoredFact, row: Int32) {
        guard case .trade(let t) = record.fact else { return }
        let (key, parties) = Self.key(t)
        let report = Member(
            row: row, order: ReportOrder(reported: record.reported, sequence: record.firstSequence),
            hasValue: t.value != nil)
        let group = groups.slot(for: key)
        groups.add(report, to: group)
        let g = Int(group)
        if g == heads.count { heads.append(nil) }
        if heads[g] != nil {
            if report.hasValue, heads[g]!.latest.map({ $0.order < report.order }) ?? true { heads[g]!.latest = report }
            if heads[g]!.newest < report.order { heads[g]!.newest = report.order }
        } else {
            index.update(group, from: [], to: parties)
            heads[g] = Head(
                parties: parties, direction: t.direction, period: t.period, commodity: t.commodity,
                latest: report.hasValue ? report : nil, newest: report.order)
        }
        if let value = t.value { heads[g]!.include(value) }
    }

    /// A group as the lean list shows it: the latest report, the spread and the number of
    /// reports, without reading any report but the latest (the spread is the head's).
    func summary(_ group: Int32, report: (Int32) -> TradeReport) -> TradeSummary? {
        guard let head = heads[Int(group)] else { return nil }
        let key = groups.key(of: group)
        let latest = head.latest.map { report($0.row) }
        let entry = TradeEntry(
            key: key, parties: head.parties, direction: head.direction, period: head.period, commodity: head.commodity,
            reports: [], latest: latest, spread: latest?.value.flatMap { head.spread(in: $0.currency) })
        return TradeSummary(entry: entry, reportCount: groups.members(of: group).count)
    }

    /// A group as queries show it: every report in order, the latest, and the spread; `report`
    /// reads a report from its fact's row.
    func entry(_ group: Int32, report: (Int32) -> TradeReport) -> TradeEntry? {
        guard let head = heads[Int(group)] else { return nil }
        let key = groups.key(of: group)
        let reports = groups.members(of: group).sorted { $0.order < $1.order }.map { report($0.row) }
        let latest = head.latest.map { report($0.row) }
        return TradeEntry(
            key: key, parties: head.parties, direction: head.direction, period: head.period, commodity: head.commodity,
            reports: reports, latest: latest, spread: Self.spread(reports.lazy.compactMap(\.value), as: latest))
    }

    /// Highest minus lowest of the values in the latest report's currency, where two or more give one.
    static func spread(_ values: some Sequence<Money>, as latest: TradeReport?) -> Money? {
        guard let currency = latest?.value?.currency else { return nil }
        var low: Decimal?
        var high: Decimal?
        var count = 0
        for value in values where value.currency == currency {
            count += 1
            low = Swift.min(low ?? value.amount, value.amount)
            high = Swift.max(high ?? value.amount, value.amount)
        }
        guard count >= 2, let low, let high else { return nil }
        return Money(high - low, currency)
    }
}

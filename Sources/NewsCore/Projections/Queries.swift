import Foundation

/// A range of values in one currency; either end may be open.
public struct ValueRange: Hashable, Sendable {
    public var currency: Currency
    public var minimum: Decimal?
    public var maximum: Decimal?

    public init(currency: Currency = .usd, minimum: Decimal? = nil, maximum: Decimal? = nil) {
        self.currency = currency
        self.minimum = minimum
        self.maximum = maximum
    }

    /// Whether a value lies in the range; a missing value or another currency does not.
    public func contains(_ money: Money?) -> Bool {
        guard let money, money.currency == currency else { return false }
        if let minimum, (money.upper ?? money.amount) < minimum { return false }
        if let maximum, money.amount > maximum { return false }
        return true
    }
}

/// A range of `YYYY-MM-DD` dates, inclusive; either end may be open.
public struct DateRange: Hashable, Sendable {
    public var from: String?
    public var to: String?

    public init(from: String? = nil, to: String? = nil) {
        self.from = from
        self.to = to
    }

    public func contains(_ date: String?) -> Bool {
        guard let date else { return from == nil && to == nil }
        if let from, date < from { return false }
        if let to, date > to { return false }
        return true
    }
}

public struct AgreementFilter: Hashable, Sendable {
    /// Every one of these must be a party.
    public var parties: [Party] = []
    public var kind: Agreement.Kind?
    public var status: Agreement.Status?
    public var value: ValueRange?
    /// On the agreement's date, or the date of its first report.
    public var dates: DateRange?
    public init() {}
}

public struct TradeFilter: Hashable, Sendable {
    /// Every one of these must be one of the pair.
    public var parties: [Party] = []
    public var direction: TradeFigure.Direction?
    public var period: String?
    public var commodity: String?
    /// On the latest report's value.
    public var value: ValueRange?
    /// On the latest report's date.
    public var dates: DateRange?
    public init() {}
}

public struct InvestmentFilter: Hashable, Sendable {
    public var investor: Party?
    public var recipient: Party?
    /// Either side.
    public var party: Party?
    /// On the latest stock's value.
    public var value: ValueRange?
    public init() {}
}

extension Projections {
    /// Agreements that pass the filter, oldest first.
    public func agreements(_ filter: AgreementFilter = .init()) -> [AgreementEntry] {
        agreementView.entries.values
            .filter { entry in
                filter.parties.allSatisfy { entry.parties.contains($0) || entry.brokeredBy == $0 }
                    && (filter.kind.map { $0 == entry.kind } ?? true)
                    && (filter.status.map { $0 == entry.status } ?? true)
                    && (filter.value.map { $0.contains(entry.value) } ?? true)
                    && (filter.dates.map { $0.contains(entry.date ?? entry.timeline.first?.date) } ?? true)
            }
            .sorted { ($0.timeline.first?.sequence ?? 0, $0.id) < ($1.timeline.first?.sequence ?? 0, $1.id) }
    }

    /// Trade figures that pass the filter, by key.
    public func trade(_ filter: TradeFilter = .init()) -> [TradeEntry] {
        tradeView.entries.values
            .filter { entry in
                filter.parties.allSatisfy { entry.parties.contains($0) }
                    && (filter.direction.map { $0 == entry.direction } ?? true)
                    && (filter.period.map { $0 == entry.period } ?? true)
                    && (filter.commodity.map { $0.lowercased() == entry.commodity?.lowercased() } ?? true)
                    && (filter.value.map { $0.contains(entry.latest?.value) } ?? true)
                    && (filter.dates.map { $0.contains(entry.latest?.reported ?? entry.reports.last?.reported) } ?? true)
            }
            .sorted { $0.key < $1.key }
    }

    /// Investor–recipient entries that pass the filter, by investor then recipient.
    public func investments(_ filter: InvestmentFilter = .init()) -> [InvestmentEntry] {
        investmentView.entries.values
            .filter { entry in
                (filter.investor.map { $0 == entry.investor } ?? true)
                    && (filter.recipient.map { $0 == entry.recipient } ?? true)
                    && (filter.party.map { $0 == entry.investor || $0 == entry.recipient } ?? true)
                    && (filter.value.map { $0.contains(entry.latestStock?.value) } ?? true)
            }
            .sorted { ($0.investor, $0.recipient) < ($1.investor, $1.recipient) }
    }

    public enum RollupSide: Sendable { case investor, recipient }

    /// Totals per investor (across its recipients) or per recipient (across its investors).
    public func investmentRollups(by side: RollupSide, _ filter: InvestmentFilter = .init()) -> [InvestmentRollup] {
        let entries = investments(filter)
        let grouped = Dictionary(grouping: entries) { side == .investor ? $0.investor : $0.recipient }
        return grouped.keys.sorted().map { party in
            let group = grouped[party]!
            return InvestmentRollup(
                party: party,
                stockTotals: MoneySum.totals(group.compactMap { $0.latestStock?.value }),
                dealTotals: MoneySum.totals(group.flatMap { $0.deals.compactMap(\.value) }),
                entries: group.count)
        }
    }

    /// How many articles, facts, agreements, trade figures and investor–recipient pairs there are, cheaply.
    public var counts: (articles: Int, facts: Int, agreements: Int, trade: Int, investments: Int) {
        (articles.count, facts.count, agreementView.entries.count, tradeView.entries.count, investmentView.entries.count)
    }

    /// A fact with its history, whatever its state.
    public func fact(_ id: FactID) -> FactRecord? { facts[id.rawValue] }

    /// Every fact, in the order first recorded.
    public var allFacts: [FactRecord] { facts.values.sorted { ($0.firstSequence, $0.id) < ($1.firstSequence, $1.id) } }

    /// An article's record.
    public func article(_ id: ArticleID) -> ArticleInfo? { articles[id.rawValue] }

    /// Every article, in the order ingested.
    public var allArticles: [ArticleInfo] { articles.values.sorted { $0.sequence < $1.sequence } }

    /// The agreement a fact belongs to.
    public func agreement(containing fact: FactID) -> AgreementEntry? {
        agreementView.entries.values.first { $0.facts.contains(fact) }
    }
}

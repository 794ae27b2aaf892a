import Foundation

// The reference projections' queries (ReferenceProjections.swift).
@testable import NewsCore

extension ReferenceProjections {
    /// Agreements that pass the filter, oldest first.
    func agreements(_ filter: AgreementFilter = .init()) -> [AgreementEntry] {
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
    func trade(_ filter: TradeFilter = .init()) -> [TradeEntry] {
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
    func investments(_ filter: InvestmentFilter = .init()) -> [InvestmentEntry] {
        investmentView.entries.values
            .filter { entry in
                (filter.investor.map { $0 == entry.investor } ?? true)
                    && (filter.recipient.map { $0 == entry.recipient } ?? true)
                    && (filter.party.map { $0 == entry.investor || $0 == entry.recipient } ?? true)
                    && (filter.value.map { $0.contains(entry.latestStock?.value) } ?? true)
            }
            .sorted { ($0.investor, $0.recipient) < ($1.investor, $1.recipient) }
    }

    /// Totals per investor (across its recipients) or per recipient (across its investors).
    func investmentRollups(by side: Projections.RollupSide, _ filter: InvestmentFilter = .init()) -> [InvestmentRollup]
    {
        let entries = investments(filter)
        let grouped = Dictionary(grouping: entries) { side == .investor ? $0.investor : $0.recipient }
        return grouped.keys.sorted().map { party in
            let group = grouped[party]!
            return InvestmentRollup(
                party: party,
                stockTotals: RefMoneySum.totals(group.compactMap { $0.latestStock?.value }),
                dealTotals: RefMoneySum.totals(group.flatMap { $0.deals.compactMap(\.value) }),
                entries: group.count)
        }
    }

    /// How many articles, facts, agreements, trade figures and investor–recipient pairs there are, cheaply.
    var counts: (articles: Int, facts: Int, agreements: Int, trade: Int, investments: Int) {
        (
            articles.count, facts.count, agreementView.entries.count, tradeView.entries.count,
            investmentView.entries.count
        )
    }

    /// A fact with its history, whatever its state.
    func fact(_ id: FactID) -> FactRecord? { facts[id.rawValue] }

    /// Every fact, in the order first recorded.
    var allFacts: [FactRecord] { facts.values.sorted { ($0.firstSequence, $0.id) < ($1.firstSequence, $1.id) } }

    /// An article's record.
    func article(_ id: ArticleID) -> ArticleInfo? { articles[id.rawValue] }

    /// Every article, in the order ingested.
    var allArticles: [ArticleInfo] { articles.values.sorted { $0.sequence < $1.sequence } }

    /// The agreement a fact belongs to.
    func agreement(containing fact: FactID) -> AgreementEntry? {
        agreementView.entries.values.first { $0.facts.contains(fact) }
    }
}

/// The sums as first written: from the list of amounts each time (the projections now keep running sums).
enum RefMoneySum {
    /// Adds amounts of one currency; ranges add both ends.
    ///
    /// The qualifier of a sum: all the same → that one; exact mixed with more-than (or up-to,
    /// less-than) alone → the bound; anything else → about.
    static func totals(_ amounts: [Money]) -> [Money] {
        Dictionary(grouping: amounts, by: \.currency).keys.sorted().map { currency in
            let parts = amounts.filter { $0.currency == currency }
            var sum = Money(0, currency, MoneySum.combined(parts.map(\.qualifier)))
            sum.amount = parts.reduce(Decimal(0)) { $0 + $1.amount }
            if sum.qualifier == .range {
                sum.upper = parts.reduce(Decimal(0)) { $0 + ($1.upper ?? $1.amount) }
            }
            return sum
        }
    }
}

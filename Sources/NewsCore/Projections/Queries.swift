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

/// A range of dates, inclusive; either end may be open.
public struct DateRange: Hashable, Sendable {
    public var from: CivilDate?
    public var to: CivilDate?

    public init(from: CivilDate? = nil, to: CivilDate? = nil) {
        self.from = from
        self.to = to
    }

    public func contains(_ date: CivilDate?) -> Bool {
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
    /// Agreements that pass the filter, oldest first, without their evidence (`withEvidence` reads it).
    public func agreements(_ filter: AgreementFilter = .init()) -> [AgreementEntry] {
        agreementOrder(filter).map { agreementView.slots[Int($0.slot)]!.entry }
    }

    /// One page of `agreements(filter)`, the same as `agreements(filter).page(after:limit:)`: the
    /// list is filtered and sorted on the agreements' matches, by slot, and only the page's
    /// entries are copied out.
    public func agreementsPage(_ filter: AgreementFilter, after: PageKey?, limit: Int) -> Page<AgreementEntry> {
        precondition(limit > 0)
        let order = agreementOrder(filter)
        func key(_ i: Int) -> PageKey {
            PageKey([PageKey.part(order[i].first), agreementView.slots[Int(order[i].slot)]!.entry.id])
        }
        var start = 0
        if let after {
            var high = order.count
            while start < high {
                let mid = (start + high) / 2
                if key(mid) <= after { start = mid + 1 } else { high = mid }
            }
        }
        let end = Swift.min(order.count, start + limit)
        return Page(
            entries: order[start..<end].map { agreementView.slots[Int($0.slot)]!.entry },
            next: end < order.count ? key(end - 1) : nil, total: order.count)
    }

    /// The agreements that pass the filter, in the list's order: by first report, then id.
    private func agreementOrder(_ filter: AgreementFilter) -> [(first: UInt64, slot: Int32)] {
        let (parties, kind, status, value, dates) = (
            filter.parties, filter.kind, filter.status, filter.value, filter.dates
        )
        let slots = agreementView.slots
        var order: [(first: UInt64, slot: Int32)] = []
        for slot in agreementView.slots(withParties: parties) {
            guard let summary = slots[Int(slot)]?.match,
                parties.allSatisfy({ summary.parties.contains($0) || summary.brokeredBy == $0 }),
                kind.map({ $0 == summary.kind }) ?? true,
                status.map({ $0 == summary.status }) ?? true,
                value.map({ $0.contains(summary.value) }) ?? true,
                dates.map({ $0.contains(summary.date) }) ?? true
            else { continue }
            order.append((summary.first, slot))
        }
        // (No two agreements share a first report, as no two facts share a sequence number: the
        // ids settle no tie a replay makes.)
        order.sort { a, b in
            a.first != b.first ? a.first < b.first : slots[Int(a.slot)]!.entry.id < slots[Int(b.slot)]!.entry.id
        }
        return order
    }

    /// Trade figures that pass the filter, by key.
    public func trade(_ filter: TradeFilter = .init()) -> [TradeEntry] {
        tradeGroups(filter).compactMap { tradeView.entry($0, report: tradeReport) }
    }

    /// `trade(_:)` as the lean list shows it: no figure's reports are read but its latest, so a
    /// figure told a thousand times costs what a figure told once does.
    public func tradeSummaries(_ filter: TradeFilter = .init()) -> [TradeSummary] {
        tradeGroups(filter).compactMap { tradeView.summary($0, report: tradeReport) }
    }

    /// The trade figures (their groups' slots) that pass the filter, in the order of their keys.
    private func tradeGroups(_ filter: TradeFilter) -> [Int32] {
        let (parties, direction, period, value, dates) = (
            filter.parties, filter.direction, filter.period, filter.value, filter.dates
        )
        let commodity = filter.commodity?.lowercased()
        return tradeView.groups(withParties: parties)
            .filter { group in
                guard let head = tradeView.heads[Int(group)] else { return false }
                return parties.allSatisfy { head.parties.contains($0) }
                    && (direction.map { $0 == head.direction } ?? true)
                    && (period.map { $0 == head.period } ?? true)
                    && (commodity.map { $0 == head.commodity?.lowercased() } ?? true)
                    && (value.map { $0.contains(head.latest.flatMap { tradeReport($0.row).value }) } ?? true)
                    && (dates.map { $0.contains(head.latest?.order.reported ?? head.newest.reported) } ?? true)
            }
            .sorted { tradeView.groups.key(of: $0) < tradeView.groups.key(of: $1) }
    }

    /// A trade report, from its fact's row.
    private func tradeReport(_ row: Int32) -> TradeReport {
        let record = facts[row]
        guard case .trade(let t) = record.fact else {
            preconditionFailure("a trade group holds a fact of another kind")
        }
        let article = record.article.flatMap { articles[$0.rawValue] }
        return TradeReport(
            fact: record.id, value: t.value, share: t.share, change: t.change, article: record.article,
            source: article?.source ?? article?.url, reported: record.reported, sequence: record.firstSequence)
    }

    /// Investor–recipient entries that pass the filter, by investor then recipient.
    public func investments(_ filter: InvestmentFilter = .init()) -> [InvestmentEntry] {
        investmentGroups(filter)
            .sorted { ($0.investor, $0.recipient) < ($1.investor, $1.recipient) }
            .compactMap { investmentView.entry($0.group, facts: facts) }
    }

    /// The groups (slots) that pass the filter, with their parties, in slot order.
    private func investmentGroups(_ filter: InvestmentFilter) -> [(group: Int32, investor: Party, recipient: Party)] {
        let (investor, recipient, party, value) = (filter.investor, filter.recipient, filter.party, filter.value)
        var out: [(group: Int32, investor: Party, recipient: Party)] = []
        for (slot, head) in investmentView.heads.enumerated() {
            guard let head, investor.map({ $0 == head.investor }) ?? true,
                recipient.map({ $0 == head.recipient }) ?? true,
                party.map({ $0 == head.investor || $0 == head.recipient }) ?? true,
                value.map({ $0.contains(head.latestStockValue) }) ?? true
            else { continue }
            out.append((Int32(slot), head.investor, head.recipient))
        }
        return out
    }

    public enum RollupSide: Sendable { case investor, recipient }

    /// Totals per investor (across its recipients) or per recipient (across its investors).
    ///
    /// Built from the running sums the projection keeps, so it costs one step per
    /// investor–recipient pair, however many reports there are.
    public func investmentRollups(by side: RollupSide, _ filter: InvestmentFilter = .init()) -> [InvestmentRollup] {
        var rollups = side == .investor ? investmentView.byInvestor : investmentView.byRecipient
        if filter != InvestmentFilter() {
            // Only some pairs count: add up theirs the way the projection adds up all of them.
            rollups = [:]
            for (group, investor, recipient) in investmentGroups(filter) {
                guard let head = investmentView.heads[Int(group)] else { continue }
                let party = side == .investor ? investor : recipient
                rollups[party.description, default: InvestmentProjection.Rollup(party: party)].add(head)
            }
        }
        return rollups.keys.sorted().map { key in
            let rollup = rollups[key]!
            return InvestmentRollup(
                party: rollup.party, stockTotals: MoneySum.totals(rollup.stocks),
                dealTotals: MoneySum.totals(rollup.deals),
                entries: rollup.entries)
        }
    }

    /// How many articles, facts, agreements, trade figures and investor–recipient pairs there are, cheaply.
    public var counts: (articles: Int, facts: Int, agreements: Int, trade: Int, investments: Int) {
        (
            articles.count, facts.count, agreementView.count, tradeView.groups.count,
            investmentView.groups.count
        )
    }

    /// A fact with its history and evidence, whatever its state; the history and evidence are read from `events`.
    public func fact(_ id: FactID, events: some EventLookup) throws -> FactRecord? {
        try facts[id.rawValue].map { try Self.record($0, events) }
    }

    /// Every fact, in the order first recorded, with its history and evidence read from `events`.
    public func allFacts(events: some EventLookup) throws -> [FactRecord] {
        try facts.all.map {
            try Self.record($0, events)
        }
    }

    /// A fact's state, without reading anything: nil if no event named it.
    public func state(of id: FactID) -> FactRecord.State? { facts.row(of: id.rawValue).map { facts.info($0).state } }

    /// An article's record.
    public func article(_ id: ArticleID) -> ArticleInfo? { articles[id.rawValue] }

    /// Every article, in the order ingested.
    public var allArticles: [ArticleInfo] { articles.values.sorted { $0.sequence < $1.sequence } }

    /// The agreement a fact belongs to, without its evidence (`withEvidence` reads it).
    public func agreement(containing fact: FactID) -> AgreementEntry? {
        facts.row(of: fact.rawValue).flatMap { agreementView.agreement(containing: $0) }
    }
}

import Foundation

/// One report of an investment figure.
public struct InvestmentReport: Hashable, Sendable, Codable {
    public var fact: FactID
    public var value: Money?
    public var reported: String
    public var sequence: UInt64
}

/// What is known of one investor's investment in one recipient.
///
/// The cumulative stock and the deals are kept apart and never added together: a stock
/// already contains the deals made before it was measured.
public struct InvestmentEntry: Hashable, Sendable, Codable {
    public var investor: Party
    public var recipient: Party
    /// The last reported cumulative stock with a value.
    public var latestStock: InvestmentReport?
    /// Every stock report, in the order reported.
    public var stocks: [InvestmentReport]
    /// Every deal (flow) report, in the order reported.
    public var deals: [InvestmentReport]
    /// The sum of the deals' values, one per currency.
    public var dealTotals: [Money]
    public var companyCount: InvestmentFigure.Count?
    public var share: Share?
    public var rank: Int?
}

/// Investment totals of one investor across recipients, or one recipient across investors.
public struct InvestmentRollup: Hashable, Sendable, Codable {
    public var party: Party
    /// The sum of the latest stocks, one per currency.
    public var stockTotals: [Money]
    /// The sum of all deals, one per currency.
    public var dealTotals: [Money]
    public var entries: Int
}

/// The investment projection: figures grouped by investor and recipient.
struct InvestmentProjection: Hashable, Sendable, Codable {
    private(set) var entries: [String: InvestmentEntry] = [:]
    private var groups = FactGroups()

    static func key(_ i: InvestmentFigure) -> String { i.investor.description + ">" + i.recipient.description }

    mutating func remove(_ id: FactID, facts: [String: FactRecord]) {
        guard let group = groups.remove(id) else { return }
        refresh(group, facts: facts)
    }

    mutating func add(_ record: FactRecord, facts: [String: FactRecord]) {
        guard case .investment(let i) = record.fact else { return }
        groups.add(record.id, to: Self.key(i))
        refresh(Self.key(i), facts: facts)
    }

    private mutating func refresh(_ group: String, facts: [String: FactRecord]) {
        let records = (groups.members[group] ?? []).compactMap { facts[$0.rawValue] }.sorted(by: FactRecord.reportedBefore)
        guard let first = records.first, case .investment(let head) = first.fact else {
            entries[group] = nil
            return
        }
        var entry = InvestmentEntry(
            investor: head.investor, recipient: head.recipient, latestStock: nil, stocks: [], deals: [], dealTotals: [],
            companyCount: nil, share: nil, rank: nil)
        for record in records {
            guard case .investment(let i) = record.fact else { continue }
            let report = InvestmentReport(fact: record.id, value: i.value, reported: record.reported, sequence: record.firstSequence)
            if i.cumulative {
                entry.stocks.append(report)
                if i.value != nil { entry.latestStock = report }
            } else {
                entry.deals.append(report)
            }
            if let count = i.companyCount { entry.companyCount = count }
            if let share = i.share { entry.share = share }
            if let rank = i.rank { entry.rank = rank }
        }
        entry.dealTotals = MoneySum.totals(entry.deals.compactMap(\.value))
        entries[group] = entry
    }
}

/// Sums of reported amounts, one per currency, with a qualifier that stays honest.
enum MoneySum {
    /// Adds amounts of one currency; ranges add both ends.
    ///
    /// The qualifier of a sum: all the same → that one; exact mixed with more-than (or up-to,
    /// less-than) alone → the bound; anything else → about.
    static func totals(_ amounts: [Money]) -> [Money] {
        Dictionary(grouping: amounts, by: \.currency).keys.sorted().map { currency in
            let parts = amounts.filter { $0.currency == currency }
            var sum = Money(0, currency, combined(parts.map(\.qualifier)))
            sum.amount = parts.reduce(Decimal(0)) { $0 + $1.amount }
            if sum.qualifier == .range {
                sum.upper = parts.reduce(Decimal(0)) { $0 + ($1.upper ?? $1.amount) }
            }
            return sum
        }
    }

    static func combined(_ qualifiers: [Money.Qualifier]) -> Money.Qualifier {
        let kinds = Set(qualifiers)
        if kinds.count <= 1 { return kinds.first ?? .exact }
        let bounds = kinds.subtracting([.exact])
        if bounds.count == 1, let bound = bounds.first, bound != .about { return bound == .range ? .range : bound }
        return .about
    }
}

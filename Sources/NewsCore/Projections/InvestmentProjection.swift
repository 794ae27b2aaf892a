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
///
/// Each change costs O(1) (apart from removing the latest stock, which looks at its group
/// again): the latest stock and the running deal sums are kept as figures come and go, so
/// totals never walk the reports; the reports are put in order when a query asks for them.
struct InvestmentProjection: Hashable, Sendable, Codable {
    /// What one fact contributes to its group.
    struct Member: GroupMember {
        var report: InvestmentReport
        var cumulative: Bool
        var companyCount: InvestmentFigure.Count?
        var share: Share?
        var rank: Int?
        var fact: FactID { report.fact }
        var order: ReportOrder { ReportOrder(reported: report.reported, sequence: report.sequence) }
    }

    /// What is kept of a group besides its members.
    struct Head: Hashable, Sendable, Codable {
        var investor: Party
        var recipient: Party
        /// The last cumulative stock with a value, in report order.
        var latestStock: Member?
        /// The deals' values, summed per currency code.
        var deals: [String: MoneySum.Running] = [:]
    }

    private(set) var heads: [String: Head] = [:]
    private var groups = FactGroups<Member>()

    static func key(_ i: InvestmentFigure) -> String { i.investor.description + ">" + i.recipient.description }

    mutating func remove(_ id: FactID) {
        guard let removed = groups.remove(id), var head = heads.removeValue(forKey: removed.group) else { return }
        let group = removed.group, member = removed.member
        let rest = groups.members(of: group)
        guard !rest.isEmpty else { return }
        if !member.cumulative, let value = member.report.value {
            head.deals[value.currency.code]?.remove(value)
            if head.deals[value.currency.code]?.isEmpty == true { head.deals[value.currency.code] = nil }
        }
        if head.latestStock?.fact == member.fact {
            head.latestStock = rest.filter { $0.cumulative && $0.report.value != nil }.max { $0.order < $1.order }
        }
        heads[group] = head
    }

    mutating func add(_ record: FactRecord) {
        guard case .investment(let i) = record.fact else { return }
        let key = Self.key(i)
        let member = Member(
            report: InvestmentReport(fact: record.id, value: i.value, reported: record.reported, sequence: record.firstSequence),
            cumulative: i.cumulative, companyCount: i.companyCount, share: i.share, rank: i.rank)
        groups.add(member, to: key)
        var head = heads.removeValue(forKey: key) ?? Head(investor: i.investor, recipient: i.recipient)
        if let value = i.value {
            if i.cumulative {
                if head.latestStock.map({ $0.order < member.order }) ?? true { head.latestStock = member }
            } else {
                head.deals[value.currency.code, default: MoneySum.Running()].add(value)
            }
        }
        heads[key] = head
    }

    /// A group as queries show it: stocks and deals in report order, and the last company count, share and rank reported.
    func entry(_ key: String) -> InvestmentEntry? {
        guard let head = heads[key] else { return nil }
        var entry = InvestmentEntry(
            investor: head.investor, recipient: head.recipient, latestStock: head.latestStock?.report, stocks: [], deals: [],
            dealTotals: head.deals.keys.sorted().compactMap { head.deals[$0]!.total(in: Currency($0)!) },
            companyCount: nil, share: nil, rank: nil)
        for member in groups.members(of: key).sorted(by: { $0.order < $1.order }) {
            if member.cumulative { entry.stocks.append(member.report) } else { entry.deals.append(member.report) }
            if let count = member.companyCount { entry.companyCount = count }
            if let share = member.share { entry.share = share }
            if let rank = member.rank { entry.rank = rank }
        }
        return entry
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

    /// A sum kept up to date as amounts of one currency come and go.
    struct Running: Hashable, Sendable, Codable {
        var amount: Decimal = 0
        /// The sum of the upper ends, taking an amount without one as its own upper end.
        var upper: Decimal = 0
        /// How many amounts carry each qualifier (by raw value).
        var qualifiers: [String: Int] = [:]

        var isEmpty: Bool { qualifiers.isEmpty }

        mutating func add(_ money: Money) {
            amount += money.amount
            upper += money.upper ?? money.amount
            qualifiers[money.qualifier.rawValue, default: 0] += 1
        }

        mutating func remove(_ money: Money) {
            amount -= money.amount
            upper -= money.upper ?? money.amount
            qualifiers[money.qualifier.rawValue, default: 0] -= 1
            if qualifiers[money.qualifier.rawValue] == 0 { qualifiers[money.qualifier.rawValue] = nil }
        }

        /// Another running sum of the same currency, added in.
        mutating func add(_ other: Running) {
            amount += other.amount
            upper += other.upper
            qualifiers.merge(other.qualifiers, uniquingKeysWith: +)
        }

        /// The sum as `totals` gives it; nil when nothing is counted.
        func total(in currency: Currency) -> Money? {
            guard !isEmpty else { return nil }
            var sum = Money(0, currency, MoneySum.combined(qualifiers.keys.compactMap(Money.Qualifier.init(rawValue:))))
            sum.amount = amount
            if sum.qualifier == .range { sum.upper = upper }
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

import Foundation

/// One report of an investment figure.
public struct InvestmentReport: Hashable, Sendable, Codable {
    public var fact: FactID
    public var value: Money?
    public var reported: CivilDate
    public var sequence: UInt64
}

/// What is known of one investor's investment in one recipient.
///
/// The cumulative stock and the deals are kept apart and never added together: a stock
/// already contains the deals made before it was measured.
public struct InvestmentEntry: Hashable, Sendable, Codable {
    enum CodingKeys: String, CodingKey {
        case investor, recipient
        case latestStock = "latest_stock"
        case stocks, deals
        case dealTotals = "deal_totals"
        case companyCount = "company_count"
        case share, rank
    }

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
    enum CodingKeys: String, CodingKey {
        case party
        case stockTotals = "stock_totals"
        case dealTotals = "deal_totals"
        case entries
    }

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
struct InvestmentProjection: Hashable, Sendable {
    /// A fact in a group: its row in the fact table, where it stands among the reports, and
    /// what the sums need to know without reading the row. The rest (value, count, share, rank)
    /// is read from the row: a row changes only after its fact has left the views.
    struct Member: GroupMember {
        var row: Int32
        var order: ReportOrder
        var cumulative: Bool
        var hasValue: Bool
    }

    /// What is kept of a group besides its members.
    struct Head: Hashable, Sendable {
        var investor: Party
        var recipient: Party
        /// The last cumulative stock with a value, in report order, and that value.
        var latestStock: Member?
        var latestStockValue: Money?
        /// The deals' values, summed per currency code.
        var deals: [String: MoneySum.Running] = [:]
    }

    /// What every group of one investor (or of one recipient) adds up to, kept as figures come and go,
    /// so that unfiltered totals cost one step per party.
    struct Rollup: Hashable, Sendable {
        var party: Party
        /// The latest stocks' values, summed per currency code.
        var stocks: [String: MoneySum.Running] = [:]
        /// The deals' values, summed per currency code.
        var deals: [String: MoneySum.Running] = [:]
        var entries = 0

        /// Counts one more group in.
        mutating func add(_ head: Head) {
            if let stock = head.latestStockValue { MoneySum.add(stock, to: &stocks) }
            for (currency, sum) in head.deals { deals[currency, default: MoneySum.Running()].add(sum) }
            entries += 1
        }
    }

    /// Each group's head, by its slot in `groups`; nil for a group that emptied.
    var heads: [Head?] = []
    var groups = FactGroups<Member>()

    /// Rollups by investor and by recipient, under the party's `description`.
    var byInvestor: [String: Rollup] = [:]
    var byRecipient: [String: Rollup] = [:]

    /// Applies a change to the rollups of a group's investor and recipient.
    private mutating func rollups(_ head: Head, _ change: (inout Rollup) -> Void) {
        Self.change(&byInvestor, of: head.investor, change)
        Self.change(&byRecipient, of: head.recipient, change)
    }

    /// Applies a change to a party's rollup in place, found by one lookup of its key; a rollup
    /// left with no entries goes.
    private static func change(_ rollups: inout [String: Rollup], of party: Party, _ change: (inout Rollup) -> Void) {
        let key = party.description
        let place: [String: Rollup].Index
        if let found = rollups.index(forKey: key) {
            place = found
        } else {
            rollups[key] = Rollup(party: party)
            place = rollups.index(forKey: key)!
        }
        change(&rollups.values[place])
        if rollups.values[place].entries == 0 { rollups.remove(at: place) }
    }

    /// Replaces a group's latest stock, in the group and in its rollups; `value` is the new stock's.
    private mutating func setLatestStock(_ stock: Member?, value new: Money?, of head: inout Head) {
        let old = head.latestStockValue
        head.latestStock = stock
        head.latestStockValue = new
        guard old != new else { return }
        rollups(head) { rollup in
            if let old { MoneySum.remove(old, from: &rollup.stocks) }
            if let new { MoneySum.add(new, to: &rollup.stocks) }
        }
    }

    static func key(_ i: InvestmentFigure) -> String { i.investor.description + ">" + i.recipient.description }

    /// Takes a fact out; its row must still hold the fact as it was added.
    mutating func remove(_ row: Int32, facts: FactTable) {
        guard let removed = groups.remove(row) else { return }
        let group = removed.group
        // (The head is taken out while it changes, so that its sums are not copied.)
        guard var head = heads[Int(group)] else { return }
        heads[Int(group)] = nil
        let member = removed.member
        let rest = groups.members(of: group)
        if !member.cumulative, let value = Self.figure(facts.fact(row))?.value {
            MoneySum.remove(value, from: &head.deals)
            rollups(head) { MoneySum.remove(value, from: &$0.deals) }
        }
        if head.latestStock?.row == member.row {
            let stock = rest.filter { $0.cumulative && $0.hasValue }.max { $0.order < $1.order }
            setLatestStock(stock, value: stock.flatMap { Self.figure(facts.fact($0.row))?.value }, of: &head)
        }
        if rest.isEmpty {
            rollups(head) { $0.entries -= 1 }
        } else {
            heads[Int(group)] = head
        }
    }

    static func figure(_ fact: Fact) -> InvestmentFigure? {
        if case .investment(let i) = fact { i } else { nil }
    }

    mutating func add(_ record: StoredFact, row: Int32) {
        guard case .investment(let i) = record.fact else { return }
        let key = Self.key(i)
        let member = Member(
            row: row, order: ReportOrder(reported: record.reported, sequence: record.firstSequence),
            cumulative: i.cumulative, hasValue: i.value != nil)
        let group = groups.slot(for: key)
        groups.add(member, to: group)
        let g = Int(group)
        if g == heads.count { heads.append(nil) }
        var head: Head
        if let existing = heads[g] {
            heads[g] = nil
            head = existing
        } else {
            head = Head(investor: i.investor, recipient: i.recipient)
            rollups(head) { $0.entries += 1 }
        }
        if let value = i.value {
            if i.cumulative {
                if head.latestStock.map({ $0.order < member.order }) ?? true {
                    setLatestStock(member, value: value, of: &head)
                }
            } else {
                MoneySum.add(value, to: &head.deals)
                rollups(head) { MoneySum.add(value, to: &$0.deals) }
            }
        }
        heads[g] = head
    }

    /// A group as queries show it: stocks and deals in report order, and the last company count,
    /// share and rank reported, read from the facts' rows.
    func entry(_ group: Int32, facts: FactTable) -> InvestmentEntry? {
        guard let head = heads[Int(group)] else { return nil }
        func report(_ row: Int32) -> InvestmentReport {
            let record = facts[row]
            return InvestmentReport(
                fact: record.id, value: Self.figure(record.fact)?.value, reported: record.reported,
                sequence: record.firstSequence)
        }
        var entry = InvestmentEntry(
            investor: head.investor, recipient: head.recipient, latestStock: head.latestStock.map { report($0.row) },
            stocks: [], deals: [], dealTotals: MoneySum.totals(head.deals), companyCount: nil, share: nil, rank: nil)
        for member in groups.members(of: group).sorted(by: { $0.order < $1.order }) {
            if member.cumulative {
                entry.stocks.append(report(member.row))
            } else {
                entry.deals.append(report(member.row))
            }
            guard let figure = Self.figure(facts.fact(member.row)) else { continue }
            if let count = figure.companyCount { entry.companyCount = count }
            if let share = figure.share { entry.share = share }
            if let rank = figure.rank { entry.rank = rank }
        }
        return entry
    }
}

/// Sums of reported amounts, one per currency, with a qualifier that stays honest.
enum MoneySum {
    /// Adds an amount to running sums kept per currency code.
    static func add(_ money: Money, to sums: inout [String: Running]) {
        sums[money.currency.code, default: Running()].add(money)
    }

    /// Takes an amount out of running sums kept per currency code (a currency left with nothing goes).
    static func remove(_ money: Money, from sums: inout [String: Running]) {
        sums[money.currency.code]?.remove(money)
        if sums[money.currency.code]?.isEmpty == true { sums[money.currency.code] = nil }
    }

    /// Running sums per currency code, as `totals` gives them, by currency.
    static func totals(_ sums: [String: Running]) -> [Money] {
        sums.keys.sorted().compactMap { sums[$0]!.total(in: Currency($0)!) }
    }

    /// A sum kept up to date as amounts of one currency come and go.
    struct Running: Hashable, Sendable {
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

    /// The qualifier of a sum: all the same → that one; exact mixed with more-than (or up-to,
    /// less-than) alone → the bound; anything else → about.
    static func combined(_ qualifiers: [Money.Qualifier]) -> Money.Qualifier {
        let kinds = Set(qualifiers)
        if kinds.count <= 1 { return kinds.first ?? .exact }
        let bounds = kinds.subtracting([.exact])
        if bounds.count == 1, let bound = bounds.first, bound != .about { return bound == .range ? .range : bound }
        return .about
    }
}

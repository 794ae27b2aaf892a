import Foundation

/// A share of a whole: "25% of US uranium needs", "about 80% of all foreign investment in Central Asia".
public struct Share: Hashable, Sendable, Codable {
    public var percent: Decimal
    public var qualifier: Money.Qualifier
    /// What it is a share of, as the source says it.
    public var of: String?

    public init(percent: Decimal, qualifier: Money.Qualifier = .exact, of: String? = nil) {
        self.percent = percent
        self.qualifier = qualifier
        self.of = of
    }
}

/// A change as reported: the words, and the number where one is stated.
public struct Change: Hashable, Sendable, Codable {
    /// The change in the source's words, e.g. "nearly doubled".
    public var text: String
    /// A multiplier, e.g. 2 for "doubled".
    public var factor: Decimal?
    /// A percentage change, e.g. 10 for "+10%".
    public var percent: Decimal?

    public init(text: String, factor: Decimal? = nil, percent: Decimal? = nil) {
        self.text = text
        self.factor = factor
        self.percent = percent
    }
}

/// A reported trade figure between two parties.
public struct TradeFigure: Hashable, Sendable, Codable {
    public enum Direction: String, Sendable, Codable, CaseIterable {
        /// Trade both ways; the order of the parties does not matter.
        case total
        /// What the first party sells to the second.
        case exports
        /// What the first party buys from the second.
        case imports
    }

    /// Two parties; for exports and imports the first is the reporter.
    public var parties: [Party]
    public var value: Money?
    /// The period, e.g. `2024`, `2024-Q3`, `2025-01`; nil when the source gives none.
    public var period: String?
    public var direction: Direction
    public var commodity: String?
    public var share: Share?
    public var change: Change?

    public init(
        parties: [Party], value: Money?, period: String? = nil, direction: Direction = .total,
        commodity: String? = nil, share: Share? = nil, change: Change? = nil
    ) {
        self.parties = parties
        self.value = value
        self.period = period
        self.direction = direction
        self.commodity = commodity
        self.share = share
        self.change = change
    }
}

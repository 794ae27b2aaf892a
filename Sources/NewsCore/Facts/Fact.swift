/// One fact of the three kinds newsd tracks.
public enum Fact: Hashable, Sendable, Codable {
    case agreement(Agreement)
    case trade(TradeFigure)
    case investment(InvestmentFigure)

    public enum Kind: String, Sendable, Codable, CaseIterable {
        case agreement, trade, investment
    }

    public var kind: Kind {
        switch self {
        case .agreement: .agreement
        case .trade: .trade
        case .investment: .investment
        }
    }

    /// Every party the fact names.
    public var parties: [Party] {
        switch self {
        case .agreement(let a): a.parties + (a.brokeredBy.map { [$0] } ?? [])
        case .trade(let t): t.parties
        case .investment(let i): [i.investor, i.recipient]
        }
    }

    public var value: Money? {
        switch self {
        case .agreement(let a): a.value
        case .trade(let t): t.value
        case .investment(let i): i.value
        }
    }
}

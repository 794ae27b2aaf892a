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

extension Fact {
    private enum CodingKeys: String, CodingKey { case agreement, trade, investment }

    /// `{"agreement": {…}}`, `{"trade": {…}}` or `{"investment": {…}}`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if let a = try c.decodeIfPresent(Agreement.self, forKey: .agreement) {
            self = .agreement(a)
        } else if let t = try c.decodeIfPresent(TradeFigure.self, forKey: .trade) {
            self = .trade(t)
        } else if let i = try c.decodeIfPresent(InvestmentFigure.self, forKey: .investment) {
            self = .investment(i)
        } else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "a fact needs one of agreement, trade or investment"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .agreement(let a): try c.encode(a, forKey: .agreement)
        case .trade(let t): try c.encode(t, forKey: .trade)
        case .investment(let i): try c.encode(i, forKey: .investment)
        }
    }
}

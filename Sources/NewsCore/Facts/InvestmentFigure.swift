/// A reported investment by one party in another: a cumulative stock, or a flow (one deal).
public struct InvestmentFigure: Hashable, Sendable, Codable {
    enum CodingKeys: String, CodingKey {
        case investor, recipient, value, cumulative, share
        case companyCount = "company_count"
        case rank, period
    }

    /// A count as reported, e.g. "more than 600 companies".
    public struct Count: Hashable, Sendable, Codable {
        public var value: Int
        public var qualifier: Money.Qualifier
        public init(_ value: Int, _ qualifier: Money.Qualifier = .exact) {
            self.value = value
            self.qualifier = qualifier
        }
    }

    public var investor: Party
    public var recipient: Party
    public var value: Money?
    /// True for a stock (all investment to date), false for a flow (one deal or one period).
    public var cumulative: Bool
    public var share: Share?
    /// How many of the investor's companies work in the recipient.
    public var companyCount: Count?
    /// The investor's rank among the recipient's investors (1 = largest).
    public var rank: Int?
    public var period: String?

    public init(
        investor: Party, recipient: Party, value: Money?, cumulative: Bool, share: Share? = nil,
        companyCount: Count? = nil, rank: Int? = nil, period: String? = nil
    ) {
        self.investor = investor
        self.recipient = recipient
        self.value = value
        self.cumulative = cumulative
        self.share = share
        self.companyCount = companyCount
        self.rank = rank
        self.period = period
    }
}

/// An agreement between parties: an accord, a deal, a memorandum, a purchase.
public struct Agreement: Hashable, Sendable, Codable {
    enum CodingKeys: String, CodingKey {
        case parties, kind, title, value, status, sectors, date
        case brokeredBy = "brokered_by"
    }

    public enum Kind: String, Sendable, Codable, CaseIterable {
        case accordAccession = "accord-accession"
        case investmentDeal = "investment-deal"
        case tradeAgreement = "trade-agreement"
        case mou
        case purchase
        case commercialAgreements = "commercial-agreements"
        case other
    }

    /// How far an agreement has come; later cases are more advanced.
    public enum Status: String, Sendable, Codable, CaseIterable, Comparable {
        case announced, pledged, signed, completed, cancelled

        var rank: Int { Self.allCases.firstIndex(of: self)! }
        public static func < (a: Status, b: Status) -> Bool { a.rank < b.rank }
    }

    public var parties: [Party]
    public var kind: Kind
    public var title: String
    public var value: Money?
    public var status: Status
    public var sectors: [String]
    /// The date the agreement was reached or reported, if the source gives one.
    public var date: CivilDate?
    /// A party that brokered it without being a party to it.
    public var brokeredBy: Party?

    public init(
        parties: [Party], kind: Kind, title: String, value: Money? = nil, status: Status,
        sectors: [String] = [], date: CivilDate? = nil, brokeredBy: Party? = nil
    ) {
        self.parties = parties
        self.kind = kind
        self.title = title
        self.value = value
        self.status = status
        self.sectors = sectors
        self.date = date
        self.brokeredBy = brokeredBy
    }
}

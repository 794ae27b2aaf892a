import Foundation
import NewsCore

/// The extraction in the shape of the gold files (`../shared/seed/*.gold.json`), with evidence,
/// confidence and the full amount beside `valueUSD`.
public struct ExtractionReport: Encodable, Sendable {
    public struct EvidenceItem: Encodable, Sendable {
        public var sentence: String
        public var start: Int
        public var end: Int
    }

    public struct AmountItem: Encodable, Sendable {
        public var amount: String
        public var currency: String
        public var qualifier: String
        public var upper: String?
    }

    public struct AgreementItem: Encodable, Sendable {
        enum CodingKeys: String, CodingKey {
            case id, parties, companies, kind, title
            case valueUSD = "value_usd"
            case valueRangeUSD = "value_range_usd"
            case value, status, sectors
            case brokeredBy = "brokered_by"
            case date, evidence, confidence, basis
        }

        public var id: String
        /// The countries (and organisations) party to it, as the gold files give them.
        public var parties: [String]
        /// Companies party to it, by name (in the ledger they are parties like the countries).
        public var companies: [String]
        public var kind: String
        public var title: String
        public var valueUSD: Nullable<Int64>
        public var valueRangeUSD: [Int64]?
        public var value: AmountItem?
        public var status: String
        public var sectors: [String]
        public var brokeredBy: String?
        /// `YYYY-MM-DD`: the date the text gives, else the article's publication date.
        public var date: String?
        public var evidence: [EvidenceItem]
        public var confidence: Decimal
        public var basis: [String]
    }

    public struct TradeItem: Encodable, Sendable {
        enum CodingKeys: String, CodingKey {
            case id, parties
            case valueUSD = "value_usd"
            case valueRangeUSD = "value_range_usd"
            case value, period, direction, commodity
            case sharePercent = "share_pct"
            case shareOf = "share_of"
            case change, evidence, confidence, basis
        }

        public var id: String
        public var parties: [String]
        public var valueUSD: Nullable<Int64>
        public var valueRangeUSD: [Int64]?
        public var value: AmountItem?
        public var period: String?
        public var direction: String
        public var commodity: String?
        public var sharePercent: Decimal?
        /// What the share is of, in English ("Egypt's total trade").
        public var shareOf: String?
        public var change: String?
        public var evidence: [EvidenceItem]
        public var confidence: Decimal
        public var basis: [String]
    }

    public struct InvestmentItem: Encodable, Sendable {
        enum CodingKeys: String, CodingKey {
            case id, investor
            case investorGroup = "investor_group"
            case recipient
            case valueUSD = "value_usd"
            case valueRangeUSD = "value_range_usd"
            case value, qualifier, cumulative
            case sharePercent = "share_pct"
            case shareOf = "share_of"
            case companyCount = "company_count"
            case rank, evidence, confidence, basis
        }

        public var id: String
        /// The investor country; null for investors named as a group (`investorGroup`), as the gold has it.
        public var investor: Nullable<String>
        public var investorGroup: String?
        public var recipient: String
        public var valueUSD: Nullable<Int64>
        public var valueRangeUSD: [Int64]?
        public var value: AmountItem?
        public var qualifier: String?
        public var cumulative: Bool
        public var sharePercent: Decimal?
        public var shareOf: String?
        public var companyCount: Int?
        public var rank: Int?
        public var evidence: [EvidenceItem]
        public var confidence: Decimal
        public var basis: [String]
    }

    public var lang: String
    public var extractor: String
    public var agreements: [AgreementItem] = []
    public var trade: [TradeItem] = []
    public var investments: [InvestmentItem] = []

    public init(_ extraction: Extraction) {
        lang = extraction.language.rawValue
        extractor = extraction.extractorVersion
        for f in extraction.facts {
            let evidence = f.evidence.map { EvidenceItem(sentence: $0.sentence, start: $0.start, end: $0.end) }
            let (usd, range, amount) = Self.amounts(f.fact.value)
            switch f.fact {
            case .agreement(let a):
                agreements.append(
                    AgreementItem(
                        id: f.id.rawValue, parties: a.parties.filter { !$0.isCompany }.map(\.description),
                        companies: a.parties.compactMap { if case .company(let name) = $0 { name } else { nil } },
                        kind: a.kind.rawValue, title: a.title, valueUSD: Nullable(usd),
                        valueRangeUSD: range, value: amount, status: a.status.rawValue, sectors: a.sectors,
                        brokeredBy: a.brokeredBy?.description, date: a.date?.description, evidence: evidence,
                        confidence: f.confidence, basis: f.basis.descriptions))
            case .trade(let t):
                trade.append(
                    TradeItem(
                        id: f.id.rawValue, parties: t.parties.map(\.description), valueUSD: Nullable(usd),
                        valueRangeUSD: range, value: amount,
                        period: t.period, direction: t.direction.rawValue, commodity: t.commodity,
                        sharePercent: t.share?.percent,
                        shareOf: t.share?.of, change: t.change?.text, evidence: evidence, confidence: f.confidence,
                        basis: f.basis.descriptions))
            case .investment(let i):
                investments.append(
                    InvestmentItem(
                        id: f.id.rawValue, investor: Nullable(i.investor.country?.rawValue),
                        investorGroup: Self.groupName(i.investor), recipient: i.recipient.description,
                        valueUSD: Nullable(usd),
                        valueRangeUSD: range, value: amount, qualifier: i.value?.qualifier.rawValue,
                        cumulative: i.cumulative,
                        sharePercent: i.share?.percent, shareOf: i.share?.of, companyCount: i.companyCount?.value,
                        rank: i.rank,
                        evidence: evidence, confidence: f.confidence, basis: f.basis.descriptions))
            }
        }
    }

    /// The name of an investor that is not a country ("Arab countries", "foreign investors").
    static func groupName(_ party: Party) -> String? {
        switch party {
        case .country: nil
        case .organization(let name), .company(let name): name
        }
    }

    /// `valueUSD` (a whole number of dollars, only for dollars), `valueRangeUSD`, and the amount as stated.
    static func amounts(_ money: Money?) -> (Int64?, [Int64]?, AmountItem?) {
        guard let money else { return (nil, nil, nil) }
        let item = AmountItem(
            amount: money.amount.description, currency: money.currency.code, qualifier: money.qualifier.rawValue,
            upper: money.upper?.description)
        guard money.currency == .usd else { return (nil, nil, item) }
        func whole(_ d: Decimal) -> Int64 { NSDecimalNumber(decimal: d).int64Value }
        if money.qualifier == .range, let upper = money.upper {
            return (nil, [whole(money.amount), whole(upper)], item)
        }
        return (whole(money.amount), nil, item)
    }

    /// Pretty, sorted-key JSON.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(self)) ?? Data("{}".utf8), as: UTF8.self)
    }
}

extension Party {
    var isCompany: Bool { if case .company = self { true } else { false } }
}

/// An optional that is written as `null` when absent, for fields the gold shape always has.
public struct Nullable<Wrapped: Encodable & Sendable>: Encodable, Sendable {
    public var value: Wrapped?
    public init(_ value: Wrapped?) { self.value = value }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        if let value { try c.encode(value) } else { try c.encodeNil() }
    }
}

import Foundation
import NewsCore

/// The extraction in the shape of the gold files (`../shared/seed/*.gold.json`), with evidence,
/// confidence and the full amount beside `value_usd`.
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
        public var id: String
        /// The countries (and organisations) party to it, as the gold files give them.
        public var parties: [String]
        /// Companies party to it, by name (in the ledger they are parties like the countries).
        public var companies: [String]
        public var kind: String
        public var title: String
        public var value_usd: Nullable<Int64>
        public var value_range_usd: [Int64]?
        public var value: AmountItem?
        public var status: String
        public var sectors: [String]
        public var brokered_by: String?
        /// `YYYY-MM-DD`: the date the text gives, else the article's publication date.
        public var date: String?
        public var evidence: [EvidenceItem]
        public var confidence: Decimal
        public var basis: [String]
    }

    public struct TradeItem: Encodable, Sendable {
        public var id: String
        public var parties: [String]
        public var value_usd: Nullable<Int64>
        public var value_range_usd: [Int64]?
        public var value: AmountItem?
        public var period: String?
        public var direction: String
        public var commodity: String?
        public var share_pct: Decimal?
        /// What the share is of, in English ("Egypt's total trade").
        public var share_of: String?
        public var change: String?
        public var evidence: [EvidenceItem]
        public var confidence: Decimal
        public var basis: [String]
    }

    public struct InvestmentItem: Encodable, Sendable {
        public var id: String
        /// The investor country; null for investors named as a group (`investor_group`), as the gold has it.
        public var investor: Nullable<String>
        public var investor_group: String?
        public var recipient: String
        public var value_usd: Nullable<Int64>
        public var value_range_usd: [Int64]?
        public var value: AmountItem?
        public var qualifier: String?
        public var cumulative: Bool
        public var share_pct: Decimal?
        public var share_of: String?
        public var company_count: Int?
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
                        kind: a.kind.rawValue, title: a.title, value_usd: Nullable(usd),
                        value_range_usd: range, value: amount, status: a.status.rawValue, sectors: a.sectors,
                        brokered_by: a.brokeredBy?.description, date: a.date, evidence: evidence,
                        confidence: f.confidence, basis: f.basis.descriptions))
            case .trade(let t):
                trade.append(
                    TradeItem(
                        id: f.id.rawValue, parties: t.parties.map(\.description), value_usd: Nullable(usd),
                        value_range_usd: range, value: amount,
                        period: t.period, direction: t.direction.rawValue, commodity: t.commodity,
                        share_pct: t.share?.percent,
                        share_of: t.share?.of, change: t.change?.text, evidence: evidence, confidence: f.confidence,
                        basis: f.basis.descriptions))
            case .investment(let i):
                investments.append(
                    InvestmentItem(
                        id: f.id.rawValue, investor: Nullable(i.investor.country?.rawValue),
                        investor_group: Self.groupName(i.investor), recipient: i.recipient.description,
                        value_usd: Nullable(usd),
                        value_range_usd: range, value: amount, qualifier: i.value?.qualifier.rawValue,
                        cumulative: i.cumulative,
                        share_pct: i.share?.percent, share_of: i.share?.of, company_count: i.companyCount?.value,
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

    /// `value_usd` (a whole number of dollars, only for dollars), `value_range_usd`, and the amount as stated.
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

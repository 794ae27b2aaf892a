import NewsCore

/// The parameters and replies of newsd's Varlink methods, shared by the daemon and its clients.
public enum NewsAPI {
    public struct Range: Codable, Sendable, Hashable {
        public var currency: String?
        public var min: String?
        public var max: String?
        public init(currency: String? = nil, min: String? = nil, max: String? = nil) {
            self.currency = currency
            self.min = min
            self.max = max
        }
    }

    /// The as-of point of a query, shared by every query method.
    public struct ArticlesQuery: Codable, Sendable, Hashable {
        enum CodingKeys: String, CodingKey {
            case asOfSeq = "as_of_seq"
            case asOfDate = "as_of_date"
            case limit, after
        }

        public var asOfSeq: UInt64?
        public var asOfDate: String?
        /// At most this many articles (1 to 10,000; 100 if not given).
        public var limit: Int?
        /// The `next` of the page before, to go on from there.
        public var after: String?
        public init(asOfSeq: UInt64? = nil, asOfDate: String? = nil) {
            self.asOfSeq = asOfSeq
            self.asOfDate = asOfDate
        }
    }

    public struct Status: Codable, Sendable {
        enum CodingKeys: String, CodingKey {
            case version, sequence
            case chainHash = "chain_hash"
            case articles, facts, agreements, trade, investments,
                connections, started
        }

        public var version: String
        public var sequence: UInt64
        public var chainHash: String
        public var articles: Int
        public var facts: Int
        public var agreements: Int
        public var trade: Int
        public var investments: Int
        public var connections: Int
        public var started: String
        public init(
            version: String, sequence: UInt64, chainHash: String, articles: Int, facts: Int, agreements: Int,
            trade: Int, investments: Int, connections: Int, started: String
        ) {
            self.version = version
            self.sequence = sequence
            self.chainHash = chainHash
            self.articles = articles
            self.facts = facts
            self.agreements = agreements
            self.trade = trade
            self.investments = investments
            self.connections = connections
            self.started = started
        }
    }

    public struct AgreementsQuery: Codable, Sendable {
        enum CodingKeys: String, CodingKey {
            case parties, kind, status, value, from, to, evidence, limit, after
            case asOfSeq = "as_of_seq"
            case asOfDate = "as_of_date"
        }

        public var parties: [String]?
        public var kind: String?
        public var status: String?
        public var value: Range?
        public var from: String?
        public var to: String?
        public var asOfSeq: UInt64?
        public var asOfDate: String?
        /// Each entry in full: with its evidence, reports or timeline.
        public var evidence: Bool?
        /// At most this many entries (1 to 10,000; 100 if not given).
        public var limit: Int?
        /// The `next` of the page before, to go on from there.
        public var after: String?
        public init() {}
    }

    public struct AgreementsReply: Codable, Sendable {
        enum CodingKeys: String, CodingKey {
            case asOf = "as_of"
            case agreements, next, total
        }

        public var asOf: UInt64
        public var agreements: [AgreementItem]
        /// The cursor of the next page, when more entries follow.
        public var next: String?
        /// How many entries the whole list has.
        public var total: Int
        public init(asOf: UInt64, agreements: [AgreementItem], next: String?, total: Int) {
            self.asOf = asOf
            self.agreements = agreements
            self.next = next
            self.total = total
        }
    }

    public struct TradeQuery: Codable, Sendable {
        enum CodingKeys: String, CodingKey {
            case parties, direction, period, commodity, value, from, to, evidence, limit, after
            case asOfSeq = "as_of_seq"
            case asOfDate = "as_of_date"
        }

        public var parties: [String]?
        public var direction: String?
        public var period: String?
        public var commodity: String?
        public var value: Range?
        public var from: String?
        public var to: String?
        public var asOfSeq: UInt64?
        public var asOfDate: String?
        /// Each entry in full: with its evidence, reports or timeline.
        public var evidence: Bool?
        /// At most this many entries (1 to 10,000; 100 if not given).
        public var limit: Int?
        /// The `next` of the page before, to go on from there.
        public var after: String?
        public init() {}
    }

    public struct TradeReply: Codable, Sendable {
        enum CodingKeys: String, CodingKey {
            case asOf = "as_of"
            case trade, next, total
        }

        public var asOf: UInt64
        public var trade: [TradeItem]
        /// The cursor of the next page, when more entries follow.
        public var next: String?
        /// How many entries the whole list has.
        public var total: Int
        public init(asOf: UInt64, trade: [TradeItem], next: String?, total: Int) {
            self.asOf = asOf
            self.trade = trade
            self.next = next
            self.total = total
        }
    }

    public struct InvestmentsQuery: Codable, Sendable {
        enum CodingKeys: String, CodingKey {
            case investor, recipient, party, value, evidence, limit, after
            case asOfSeq = "as_of_seq"
            case asOfDate = "as_of_date"
        }

        public var investor: String?
        public var recipient: String?
        public var party: String?
        public var value: Range?
        public var asOfSeq: UInt64?
        public var asOfDate: String?
        /// Each entry in full: with its evidence, reports or timeline.
        public var evidence: Bool?
        /// At most this many entries (1 to 10,000; 100 if not given).
        public var limit: Int?
        /// The `next` of the page before, to go on from there.
        public var after: String?
        public init() {}
    }

    public struct InvestmentsReply: Codable, Sendable {
        enum CodingKeys: String, CodingKey {
            case asOf = "as_of"
            case investments, next, total
        }

        public var asOf: UInt64
        public var investments: [InvestmentItem]
        /// The cursor of the next page, when more entries follow.
        public var next: String?
        /// How many entries the whole list has.
        public var total: Int
        public init(asOf: UInt64, investments: [InvestmentItem], next: String?, total: Int) {
            self.asOf = asOf
            self.investments = investments
            self.next = next
            self.total = total
        }
    }

    public struct TotalsQuery: Codable, Sendable {
        enum CodingKeys: String, CodingKey {
            case by, investor, recipient, party
            case asOfSeq = "as_of_seq"
            case asOfDate = "as_of_date"
        }

        public var by: String
        public var investor: String?
        public var recipient: String?
        public var party: String?
        public var asOfSeq: UInt64?
        public var asOfDate: String?
        public init(by: String) { self.by = by }
    }

    public struct TotalsReply: Codable, Sendable {
        enum CodingKeys: String, CodingKey {
            case asOf = "as_of"
            case totals
        }

        public var asOf: UInt64
        public var totals: [InvestmentRollup]
        public init(asOf: UInt64, totals: [InvestmentRollup]) {
            self.asOf = asOf
            self.totals = totals
        }
    }

    public struct FactQuery: Codable, Sendable {
        enum CodingKeys: String, CodingKey {
            case id
            case asOfSeq = "as_of_seq"
            case asOfDate = "as_of_date"
        }

        public var id: String
        public var asOfSeq: UInt64?
        public var asOfDate: String?
        public init(id: String) { self.id = id }
    }

    public struct FactReply: Codable, Sendable {
        enum CodingKeys: String, CodingKey {
            case asOf = "as_of"
            case fact, agreement
        }

        public var asOf: UInt64
        public var fact: FactRecord
        /// In full.
        public var agreement: AgreementItem?
        public init(asOf: UInt64, fact: FactRecord, agreement: AgreementItem?) {
            self.asOf = asOf
            self.fact = fact
            self.agreement = agreement
        }
    }

    public struct ArticlesReply: Codable, Sendable {
        enum CodingKeys: String, CodingKey {
            case asOf = "as_of"
            case articles, next, total
        }

        public var asOf: UInt64
        public var articles: [ArticleInfo]
        /// The cursor of the next page, when more articles follow.
        public var next: String?
        /// How many articles there are.
        public var total: Int
        public init(asOf: UInt64, articles: [ArticleInfo], next: String?, total: Int) {
            self.asOf = asOf
            self.articles = articles
            self.next = next
            self.total = total
        }
    }

    public struct LogHead: Codable, Sendable {
        enum CodingKeys: String, CodingKey {
            case sequence
            case chainHash = "chain_hash"
            case segments
        }

        public var sequence: UInt64
        public var chainHash: String
        public var segments: Int
        public init(sequence: UInt64, chainHash: String, segments: Int) {
            self.sequence = sequence
            self.chainHash = chainHash
            self.segments = segments
        }
    }

    public struct EventsCall: Codable, Sendable {
        public var from: UInt64?
        public var count: UInt64?
        public var follow: Bool?
        public init(from: UInt64? = nil, count: UInt64? = nil, follow: Bool? = nil) {
            self.from = from
            self.count = count
            self.follow = follow
        }
    }

    /// One event of a stream; the last reply of a finite stream has none.
    public struct EventReply: Codable, Sendable {
        public var event: EventEnvelope?
        public init(event: EventEnvelope?) { self.event = event }
    }
}

// The large query answers write their JSON directly (QueryJSON.swift), in sorted-key order.

extension NewsAPI.AgreementsReply: JSONWritable {
    public func write(to out: inout JSONOut) {
        out.open()
        out.field("agreements", agreements)
        out.field("as_of", asOf)
        out.field("next", next)
        out.field("total", total)
        out.close()
    }
}

extension NewsAPI.TradeReply: JSONWritable {
    public func write(to out: inout JSONOut) {
        out.open()
        out.field("as_of", asOf)
        out.field("next", next)
        out.field("total", total)
        out.field("trade", trade)
        out.close()
    }
}

extension NewsAPI.TotalsReply: JSONWritable {
    public func write(to out: inout JSONOut) {
        out.open()
        out.field("as_of", asOf)
        out.field("totals", totals)
        out.close()
    }
}

import Foundation
import NewsCore

// The list answers' entries. By default an entry is lean: what a table shows, with counts in
// place of the evidence, the reports and the timeline. Asked with `evidence: true`, an entry
// also carries those, in full; the counts are there either way, so one type reads both.

extension NewsAPI {
    /// The most entries one page may hold, and how many a page holds unless asked otherwise.
    public static let pageLimits = (default: 100, maximum: 10_000)

    /// An agreement in a list.
    public struct AgreementItem: Codable, Sendable, Hashable {
        enum CodingKeys: String, CodingKey {
            case id, parties, kind, title, value, status
            case brokeredBy = "brokered_by"
            case sectors, date, reported, updated
            case evidenceCount = "evidence_count"
            case factCount = "fact_count"
            case timeline, evidence, facts
        }

        public var id: String
        public var parties: [Party]
        public var kind: Agreement.Kind
        public var title: String
        public var value: Money?
        public var status: Agreement.Status
        public var brokeredBy: Party?
        public var sectors: [String]
        /// The agreement's own date, when a report gave one.
        public var date: CivilDate?
        /// The date of its first report, and of its latest.
        public var reported: CivilDate?
        public var updated: CivilDate?
        public var evidenceCount: Int
        public var factCount: Int
        /// In full only.
        public var timeline: [AgreementEntry.Step]?
        public var evidence: [Evidence]?
        public var facts: [FactID]?

        public init(_ entry: AgreementEntry, full: Bool) {
            id = entry.id
            parties = entry.parties
            kind = entry.kind
            title = entry.title
            value = entry.value
            status = entry.status
            brokeredBy = entry.brokeredBy
            sectors = entry.sectors
            date = entry.date
            reported = entry.timeline.first?.date
            updated = entry.timeline.last?.date
            evidenceCount = entry.evidenceCount
            factCount = entry.facts.count
            if full {
                timeline = entry.timeline
                evidence = entry.evidence
                facts = entry.facts
            }
        }
    }

    /// A trade figure in a list.
    public struct TradeItem: Codable, Sendable, Hashable {
        enum CodingKeys: String, CodingKey {
            case key, parties, direction, period, commodity, latest, spread
            case reportCount = "report_count"
            case reports
        }

        public var key: String
        public var parties: [Party]
        public var direction: TradeFigure.Direction
        public var period: String?
        public var commodity: String?
        public var latest: TradeReport?
        public var spread: Money?
        public var reportCount: Int
        /// In full only.
        public var reports: [TradeReport]?

        public init(_ entry: TradeEntry, full: Bool) {
            key = entry.key
            parties = entry.parties
            direction = entry.direction
            period = entry.period
            commodity = entry.commodity
            latest = entry.latest
            spread = entry.spread
            reportCount = entry.reports.count
            if full { reports = entry.reports }
        }

        /// The lean item of a figure, from its summary.
        public init(_ summary: TradeSummary) {
            self.init(summary.entry, full: false)
            reportCount = summary.reportCount
        }
    }

    /// An investor–recipient pair in a list.
    public struct InvestmentItem: Codable, Sendable, Hashable {
        enum CodingKeys: String, CodingKey {
            case investor, recipient
            case latestStock = "latest_stock"
            case dealTotals = "deal_totals"
            case companyCount = "company_count"
            case share, rank
            case stockCount = "stock_count"
            case dealCount = "deal_count"
            case stocks, deals
        }

        public var investor: Party
        public var recipient: Party
        public var latestStock: InvestmentReport?
        public var dealTotals: [Money]
        public var companyCount: InvestmentFigure.Count?
        public var share: Share?
        public var rank: Int?
        public var stockCount: Int
        public var dealCount: Int
        /// In full only.
        public var stocks: [InvestmentReport]?
        public var deals: [InvestmentReport]?

        public init(_ entry: InvestmentEntry, full: Bool) {
            investor = entry.investor
            recipient = entry.recipient
            latestStock = entry.latestStock
            dealTotals = entry.dealTotals
            companyCount = entry.companyCount
            share = entry.share
            rank = entry.rank
            stockCount = entry.stocks.count
            dealCount = entry.deals.count
            if full {
                stocks = entry.stocks
                deals = entry.deals
            }
        }
    }

    /// The opaque `after` of a list answer: which list, and the sort key of the last entry
    /// given, as base64url of a JSON array of strings.
    public enum PageCursor {
        public static func encode(_ key: PageKey, list: NewsMethod) -> String {
            let data = try! JSONEncoder().encode([list.name] + key.parts)
            return data.base64EncodedString().replacingOccurrences(of: "+", with: "-")
                .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        }

        /// The key in a cursor made for `list`; nil for anything else.
        public static func decode(_ cursor: String, list: NewsMethod) -> PageKey? {
            var text = cursor.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
            text += String(repeating: "=", count: (4 - text.count % 4) % 4)
            guard let data = Data(base64Encoded: text),
                let parts = try? JSONDecoder().decode([String].self, from: data),
                parts.first == list.name, parts.count > 1
            else { return nil }
            return PageKey(Array(parts.dropFirst()))
        }
    }
}

// The lists write their JSON directly, in sorted-key order (QueryJSON.swift).

extension NewsAPI.AgreementItem: JSONWritable {
    public func write(to out: inout JSONOut) {
        out.open()
        out.field("brokered_by", brokeredBy)
        out.field("date", date)
        out.field("evidence", evidence)
        out.field("evidence_count", evidenceCount)
        out.field("fact_count", factCount)
        out.field("facts", facts)
        out.field("id", id)
        out.field("kind", kind.rawValue)
        out.field("parties", parties)
        out.field("reported", reported)
        out.field("sectors", sectors)
        out.field("status", status.rawValue)
        out.field("timeline", timeline)
        out.field("title", title)
        out.field("updated", updated)
        out.field("value", value)
        out.close()
    }
}

extension NewsAPI.TradeItem: JSONWritable {
    public func write(to out: inout JSONOut) {
        out.open()
        out.field("commodity", commodity)
        out.field("direction", direction.rawValue)
        out.field("key", key)
        out.field("latest", latest)
        out.field("parties", parties)
        out.field("period", period)
        out.field("report_count", reportCount)
        out.field("reports", reports)
        out.field("spread", spread)
        out.close()
    }
}

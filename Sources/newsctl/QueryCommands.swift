import ArgumentParser
import Foundation
import NewsCore
import NewsIPC

struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show newsd's state: log head, counts, clients.")
    @OptionGroup var connection: ConnectionOptions

    func run() throws {
        try guarded {
            let s = try connection.call(.status, Empty(), returning: NewsAPI.Status.self)
            if connection.json { return try printJSON(s) }
            print(
                """
                newsd \(s.version), running since \(s.started)
                log:          seq \(s.sequence), head \(s.chainHash)
                articles:     \(s.articles)
                facts:        \(s.facts)
                agreements:   \(s.agreements)
                trade:        \(s.trade) figures
                investments:  \(s.investments) investor-recipient pairs
                clients:      \(s.connections)
                """)
        }
    }
}

struct Agreements: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List agreements, one per real agreement.")
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var asOf: AsOfOption
    @Option(name: .customLong("party"), help: "A party that must be in it (code, name, company:NAME); repeatable.")
    var parties: [String] = []
    @Option(help: "accord-accession, investment-deal, trade-agreement, mou, purchase, commercial-agreements or other.")
    var kind: String?
    @Option(help: "announced, pledged, signed, completed or cancelled.") var status: String?
    @Option(help: "Smallest value (e.g. 1e9, 500m).") var min: String?
    @Option(help: "Largest value.") var max: String?
    @Option(help: "Currency of --min and --max.") var currency: String?
    @Option(help: "First date, YYYY-MM-DD.") var from: String?
    @Option(help: "Last date, YYYY-MM-DD.") var to: String?
    @OptionGroup var list: ListOptions
    @OptionGroup var full: EvidenceOption

    func run() throws {
        try guarded {
            var q = NewsAPI.AgreementsQuery()
            q.parties = parties.isEmpty ? nil : parties
            q.kind = kind
            q.status = status
            if min != nil || max != nil || currency != nil { q.value = .init(currency: currency, min: min, max: max) }
            q.from = from
            q.to = to
            q.asOfSeq = asOf.sequence
            q.asOfDate = asOf.date
            q.evidence = full.evidence ? true : nil
            let reply = try connection.list(.agreements, q, list.paging, returning: NewsAPI.AgreementsReply.self)
            if connection.json {
                return try printJSON(
                    NewsAPI.AgreementsReply(asOf: reply.asOf, agreements: reply.items, next: nil, total: reply.total))
            }
            var table = TextTable(headers: ["ID", "PARTIES", "KIND", "STATUS", "VALUE", "DATE", "SOURCES", "TITLE"])
            for a in reply.items {
                table.rows.append([
                    a.id, Show.parties(a.parties), a.kind.rawValue, a.status.rawValue, Show.money(a.value),
                    (a.date ?? a.reported)?.description ?? "-", "\(a.factCount)", a.title,
                ])
            }
            print(table.render())
            for a in reply.items where !(a.evidence ?? []).isEmpty {
                print("\n\(a.id):")
                for e in a.evidence ?? [] { print("  [\(e.start), \(e.end)) \(e.sentence)") }
            }
            print(reply.footer("agreements"))
        }
    }
}

struct Trade: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List trade figures, every source side by side.")
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var asOf: AsOfOption
    @Option(help: "The pair, e.g. US,KZ.") var pair: String?
    @Option(help: "total, exports or imports.") var direction: String?
    @Option(help: "A period, e.g. 2024.") var period: String?
    @Option(help: "A commodity, e.g. uranium.") var commodity: String?
    @OptionGroup var list: ListOptions
    @OptionGroup var full: EvidenceOption

    func run() throws {
        try guarded {
            var q = NewsAPI.TradeQuery()
            q.parties = pair.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
            q.direction = direction
            q.period = period
            q.commodity = commodity
            q.asOfSeq = asOf.sequence
            q.asOfDate = asOf.date
            q.evidence = full.evidence ? true : nil
            let reply = try connection.list(.trade, q, list.paging, returning: NewsAPI.TradeReply.self)
            if connection.json {
                return try printJSON(
                    NewsAPI.TradeReply(asOf: reply.asOf, trade: reply.items, next: nil, total: reply.total))
            }
            var table = TextTable(headers: [
                "PAIR", "DIRECTION", "PERIOD", "COMMODITY", "LATEST", "SHARE", "CHANGE", "SPREAD", "REPORTS",
            ])
            for t in reply.items {
                let last = t.latest ?? t.reports?.last
                table.rows.append([
                    Show.parties(t.parties), t.direction.rawValue, t.period ?? "-", t.commodity ?? "-",
                    Show.money(t.latest?.value),
                    Show.share(last?.share), last?.change?.text ?? "-", Show.money(t.spread), "\(t.reportCount)",
                ])
            }
            print(table.render())
            for t in reply.items where !(t.reports ?? []).isEmpty {
                print("\n\(Show.parties(t.parties)) \(t.direction.rawValue) \(t.period ?? "-"):")
                for r in t.reports ?? [] {
                    print(
                        "  \(r.reported)  \(Show.money(r.value))  fact \(r.fact)  \(r.source ?? r.article?.rawValue ?? "-")"
                    )
                }
            }
            print(reply.footer("trade figures"))
        }
    }
}

struct Investments: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List investment figures per investor and recipient.")
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var asOf: AsOfOption
    @Option(help: "The investor.") var investor: String?
    @Option(help: "The recipient.") var recipient: String?
    @Option(help: "Either side.") var party: String?
    @OptionGroup var list: ListOptions
    @OptionGroup var full: EvidenceOption

    func run() throws {
        try guarded {
            var q = NewsAPI.InvestmentsQuery()
            q.investor = investor
            q.recipient = recipient
            q.party = party
            q.asOfSeq = asOf.sequence
            q.asOfDate = asOf.date
            q.evidence = full.evidence ? true : nil
            let reply = try connection.list(.investments, q, list.paging, returning: NewsAPI.InvestmentsReply.self)
            if connection.json {
                return try printJSON(
                    NewsAPI.InvestmentsReply(asOf: reply.asOf, investments: reply.items, next: nil, total: reply.total))
            }
            var table = TextTable(headers: [
                "INVESTOR", "RECIPIENT", "STOCK", "DEALS", "DEAL TOTAL", "SHARE", "COMPANIES", "RANK",
            ])
            for e in reply.items {
                let companies = e.companyCount.map { ($0.qualifier == .moreThan ? ">" : "") + "\($0.value)" } ?? "-"
                table.rows.append([
                    e.investor.description, e.recipient.description, Show.money(e.latestStock?.value),
                    "\(e.dealCount)",
                    e.dealTotals.map { Show.money($0) }.joined(separator: " + ").ifEmpty("-"), Show.share(e.share),
                    companies,
                    e.rank.map(String.init) ?? "-",
                ])
            }
            print(table.render())
            for e in reply.items where !(e.stocks ?? []).isEmpty || !(e.deals ?? []).isEmpty {
                print("\n\(e.investor)→\(e.recipient):")
                for (what, reports) in [("stock", e.stocks ?? []), ("deal", e.deals ?? [])] {
                    for r in reports { print("  \(what)  \(r.reported)  \(Show.money(r.value))  fact \(r.fact)") }
                }
            }
            print(reply.footer("investor-recipient pairs"))
        }
    }
}

struct Totals: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Investment totals per investor or per recipient (stocks and deals apart).")
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var asOf: AsOfOption
    @Option(help: "investor or recipient.") var by: String = "investor"

    func run() throws {
        try guarded {
            var q = NewsAPI.TotalsQuery(by: by)
            q.asOfSeq = asOf.sequence
            q.asOfDate = asOf.date
            let reply = try connection.call(.totals, q, returning: NewsAPI.TotalsReply.self)
            if connection.json { return try printJSON(reply) }
            var table = TextTable(headers: [by.uppercased(), "LATEST STOCKS", "DEALS", "PAIRS"])
            for r in reply.totals {
                table.rows.append([
                    r.party.description, r.stockTotals.map { Show.money($0) }.joined(separator: " + ").ifEmpty("-"),
                    r.dealTotals.map { Show.money($0) }.joined(separator: " + ").ifEmpty("-"), "\(r.entries)",
                ])
            }
            print(table.render())
        }
    }
}

struct FactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fact", abstract: "Show one fact with its history and evidence.")
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var asOf: AsOfOption
    @Argument(help: "The fact's id.") var id: String

    func run() throws {
        try guarded {
            var q = NewsAPI.FactQuery(id: id)
            q.asOfSeq = asOf.sequence
            q.asOfDate = asOf.date
            let reply = try connection.call(.fact, q, returning: NewsAPI.FactReply.self)
            if connection.json { return try printJSON(reply) }
            let f = reply.fact
            print("fact \(f.id.rawValue) (\(f.fact.kind.rawValue), \(f.state.rawValue))")
            print("  parties:  \(Show.parties(f.fact.parties))")
            print("  value:    \(Show.money(f.fact.value))")
            print("  reported: \(f.reported)" + (f.article.map { ", article \($0.rawValue)" } ?? ""))
            if let agreement = reply.agreement {
                print("  agreement: \(agreement.id) (\(agreement.factCount) reports)")
            }
            print("  history:")
            for step in f.history {
                print(
                    "    seq \(step.sequence)  \(CivilDate.timestamp(ofMicros: step.timestamp))  \(step.action.rawValue) by \(step.actor)"
                        + (step.reason.map { ": \($0)" } ?? ""))
            }
            for e in f.evidence { print("  evidence [\(e.start), \(e.end)): \(e.sentence)") }
        }
    }
}

struct Articles: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the articles ingested.")
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var list: ListOptions

    func run() throws {
        try guarded {
            let q = NewsAPI.ArticlesQuery(asOfSeq: asOf.sequence, asOfDate: asOf.date)
            let reply = try connection.list(.articles, q, list.paging, returning: NewsAPI.ArticlesReply.self)
            if connection.json {
                return try printJSON(
                    NewsAPI.ArticlesReply(asOf: reply.asOf, articles: reply.items, next: nil, total: reply.total))
            }
            var table = TextTable(headers: ["SEQ", "ARTICLE", "LANG", "PUBLISHED", "FACTS", "STATE", "SOURCE"])
            for a in reply.items {
                table.rows.append([
                    "\(a.sequence)", String(a.article.rawValue.prefix(23)) + "…", a.language.rawValue,
                    a.published?.description ?? "-", "\(a.facts.count)",
                    a.retracted ? "retracted" : "active", a.source ?? a.url ?? "-",
                ])
            }
            print(table.render())
            print(reply.footer("articles"))
        }
    }
}

extension String {
    func ifEmpty(_ replacement: String) -> String { isEmpty ? replacement : self }
}
